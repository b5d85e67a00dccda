import { describe, expect, it } from "vitest";
import { auditEventPageSchema } from "../../../src/contract/audit.ts";
import { syncBatchSchema } from "../../../src/contract/sync.ts";
import { eligibilitySchema } from "../../../src/contract/teachers/eligibility.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher, nationalIdFor, uniqueCode } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

/**
 * The ethics veto (师德一票否决, domain.md §3.3) acts: inside the veto window every write it blocks is
 * refused (409) naming the ethics record and its window; outside it, or for what it does not block,
 * the same write is accepted; a bureau_admin overrides with a reason, audited.
 * The veto: 2024-03-01 – 2025-02-28.
 */
const ctx = useTestApp();
const api = () => client(ctx);

async function setup() {
  const city = await makeJurisdiction(api());
  const school = await makeSchool(api(), city.id);
  const nationalId = nationalIdFor("1985-06-15", "female");
  const t = await makeTeacher(api(), { schoolId: school.id, hireDate: "2010-09-01", nationalId });
  const ethics = await api().post(`/v1/teachers/${t.id}/ethics-records`, {
    periodStart: "2024-01-01",
    periodEnd: "2024-12-31",
    result: "unqualified",
    violations: [{ type: "paid_tutoring", occurredOn: "2024-02-10" }],
    veto: true,
    vetoFrom: "2024-03-01",
    vetoTo: "2025-02-28",
  });
  expect(ethics.status, JSON.stringify(ethics.body)).toBe(201);
  return { city, school, t, nationalId, vetoId: ethics.body.id as string, base: `/v1/teachers/${t.id}` };
}

type Res = { status: number; body: { type?: string; detail?: string; errors?: { pointer: string; detail: string }[] } };
function expectVetoed(res: Res, vetoId: string, pointer: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(409);
  expect(res.body.type).toBe("/problems/conflict");
  expect(res.body.detail).toContain(vetoId);
  expect(res.body.detail).toContain("2024-03-01 – 2025-02-28");
  expect(res.body.detail).toContain("§3.3");
  expect(res.body.errors![0]!.pointer).toBe(pointer);
}
const created = (res: Res) => expect(res.status, JSON.stringify(res.body)).toBe(201);

describe("the ethics veto", () => {
  it("refuses a title by appraisal in the window, not a recognised one, nor one after it", async () => {
    const { base, vetoId } = await setup();
    created(await api().post(`${base}/titles`, { level: "second_grade", obtainedOn: "2024-05-01", obtainedBy: "recognition" }));
    expectVetoed(await api().post(`${base}/titles`, { level: "first_grade", obtainedOn: "2024-06-01" }), vetoId, "/obtainedOn");
    expectVetoed(await api().post(`${base}/titles`, { level: "first_grade", obtainedOn: "2025-02-28" }), vetoId, "/obtainedOn");
    created(await api().post(`${base}/titles`, { level: "first_grade", obtainedOn: "2025-03-01" }));
    const titles = (await api().get(`${base}/titles`)).body.items.map((x: { level: string; validTo: string | null }) => [
      x.level,
      x.validTo,
    ]);
    expect(titles).toEqual([
      ["second_grade", "2025-02-28"],
      ["first_grade", null],
    ]);
  });

  it("refuses a post promotion in the window; a re-appointment at the same level is no promotion", async () => {
    const { base, vetoId } = await setup();
    created(await api().post(`${base}/post-appointments`, { postLevel: "first_grade", appointedOn: "2020-01-01" }));
    created(await api().post(`${base}/post-appointments`, { postLevel: "first_grade", grade: 8, appointedOn: "2024-09-01" }));
    expectVetoed(await api().post(`${base}/post-appointments`, { postLevel: "senior", appointedOn: "2024-10-01" }), vetoId, "/postLevel");
    created(await api().post(`${base}/post-appointments`, { postLevel: "senior", appointedOn: "2025-03-01" }));
  });

  it("refuses designations and honours, teacher certificates and appraisals above 不合格 in a year the veto meets", async () => {
    const { base, vetoId } = await setup();
    expectVetoed(
      await api().post(`${base}/designations`, { type: "backbone", level: "county", awardedOn: "2024-09-10" }),
      vetoId,
      "/awardedOn",
    );
    const honour = { type: "other", typeName: "师德标兵", level: "city", awardedOn: "2024-09-10" };
    expectVetoed(await api().post(`${base}/designations`, honour), vetoId, "/awardedOn");
    created(await api().post(`${base}/designations`, { ...honour, awardedOn: "2024-02-29" }));

    expectVetoed(await api().post(`${base}/credentials`, { kind: "teacher_certificate", issuedOn: "2024-07-01" }), vetoId, "/issuedOn");
    created(await api().post(`${base}/credentials`, { kind: "occupational_qualification", issuedOn: "2024-07-01" }));

    expectVetoed(await api().post(`${base}/annual-appraisals`, { year: 2024, grade: "excellent" }), vetoId, "/grade");
    expectVetoed(await api().post(`${base}/annual-appraisals`, { year: 2025, grade: "competent" }), vetoId, "/grade");
    created(await api().post(`${base}/annual-appraisals`, { year: 2023, grade: "excellent" }));
    const y2024 = await api().post(`${base}/annual-appraisals`, { year: 2024, grade: "incompetent" });
    created(y2024);
    // A correction that raises the grade is refused; one that leaves it is not a new award.
    expectVetoed(await api().patch(`${base}/annual-appraisals/${y2024.body.id}`, { grade: "basically_competent" }), vetoId, "/grade");
    expect((await api().patch(`${base}/annual-appraisals/${y2024.body.id}`, { notes: "师德一票否决" })).status).toBe(200);
  });

  it("a bureau_admin overrides with a reason, audited as an override; a clerk may not", async () => {
    const { base, vetoId, city } = await setup();
    const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: city.id }));
    const body = { level: "first_grade", obtainedOn: "2024-06-01", ethicsOverride: { reason: "经复核，举报不实" } };
    const refused = await clerk.post(`${base}/titles`, body);
    expect(refused.status, JSON.stringify(refused.body)).toBe(403);
    expect(refused.body.detail).toContain(vetoId);
    expect(refused.body.errors[0].pointer).toBe("/ethicsOverride");
    const admin = client(ctx, await ctx.tokenFor("bureau_admin", { jurisdictionId: city.id }));
    const overridden = await admin.post(`${base}/titles`, body);
    created(overridden);
    expect(overridden.body).toMatchObject({ level: "first_grade", obtainedOn: "2024-06-01", obtainedBy: "appraisal" });
    expect(overridden.body).not.toHaveProperty("ethicsOverride");
    const events = auditEventPageSchema.parse((await api().get(`/v1/audit-events?entityId=${overridden.body.id}`)).body).items;
    expect(events.map((e) => [e.action, e.entity, e.actorRole])).toEqual([
      ["ethics_override", "TeacherTitle", "bureau_admin"],
      ["create", "TeacherTitle", "bureau_admin"],
    ]);
    expect(events[0]!.after).toEqual({
      reason: "经复核，举报不实",
      blocked: "title_appraisal",
      ethicsRecordId: vetoId,
      vetoFrom: "2024-03-01",
      vetoTo: "2025-02-28",
      rule: "domain.md §1.10, §3.3 师德一票否决",
    });
    // Outside a veto the override is ignored: no override event.
    const plain = await admin.post(`${base}/designations`, {
      type: "backbone",
      level: "county",
      awardedOn: "2025-09-10",
      ethicsOverride: { reason: "x" },
    });
    created(plain);
    const plainEvents = auditEventPageSchema.parse((await api().get(`/v1/audit-events?entityId=${plain.body.id}`)).body).items;
    expect(plainEvents.map((e) => e.action)).toEqual(["create"]);
  });

  it("eligibility explains, per kind, whether the veto bars the teacher on the date", async () => {
    const { t, base, vetoId } = await setup();
    const on = async (q: string) => {
      const res = await api().get(`${base}/eligibility?${q}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return eligibilitySchema.parse(res.body);
    };
    const inside = await on("asOf=2024-06-01");
    expect(inside.teacherId).toBe(t.id);
    expect(inside.items.map((i) => [i.for, i.eligible, i.veto?.ethicsRecordId])).toEqual([
      ["title_appraisal", false, vetoId],
      ["post_promotion", false, vetoId],
      ["designation", false, vetoId],
      ["annual_appraisal", false, vetoId],
      ["teacher_certificate", false, vetoId],
    ]);
    expect(inside.items[0]!.veto).toEqual({ ethicsRecordId: vetoId, vetoFrom: "2024-03-01", vetoTo: "2025-02-28" });
    expect(inside.items[0]!.reason).toContain("职称评聘");
    // The day after the window: only the 2025 appraisal is still barred (the window meets 2025).
    const after = await on("asOf=2025-03-01");
    expect(after.items.filter((i) => !i.eligible).map((i) => i.for)).toEqual(["annual_appraisal"]);
    const before = await on("asOf=2024-02-29&for=designation");
    expect(before.items).toEqual([{ for: "designation", eligible: true, veto: null, reason: expect.stringContaining("2024-02-29") }]);
    expect((await api().get(`${base}/eligibility?for=salary`)).status).toBe(422);
  });

  it("a sync batch gets a per-row problem for what the veto blocks; the rest of the batch applies", async () => {
    const { school, t, nationalId, vetoId } = await setup();
    const system = client(ctx, await ctx.tokenFor("school_sync", { schoolId: school.id }));
    const res = await system.post(
      "/v1/sync/batches",
      {
        schoolId: school.id,
        mode: "apply",
        scope: "delta",
        records: {
          teachers: [
            {
              sourceKey: "T1",
              name: "张老师",
              gender: "female",
              birthDate: "1985-06-15",
              employmentCategory: "on_establishment",
              hireDate: "2010-09-01",
              nationalId,
            },
          ],
          titles: [{ sourceKey: "TI1", teacherSourceKey: "T1", level: "first_grade", obtainedOn: "2024-06-01" }],
          designations: [{ sourceKey: "D1", teacherSourceKey: "T1", type: "backbone", level: "county", awardedOn: "2024-09-10" }],
          credentials: [{ sourceKey: "C1", teacherSourceKey: "T1", kind: "teacher_certificate", issuedOn: "2024-07-01" }],
          education: [{ sourceKey: "E1", teacherSourceKey: "T1", level: "master", institution: "师范大学", completedOn: "2024-07-01" }],
        },
      },
      { "idempotency-key": uniqueCode("K") },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const batch = syncBatchSchema.parse(res.body);
    expect(batch.outcome).toBe("applied");
    expect(batch.results.map((r) => [r.pointer, r.outcome])).toEqual([
      ["/records/teachers/0", "unchanged"],
      ["/records/titles/0", "rejected"],
      ["/records/education/0", "created"],
      ["/records/credentials/0", "rejected"],
      ["/records/designations/0", "rejected"],
    ]);
    for (const r of batch.results.filter((x) => x.outcome === "rejected")) {
      expect(r.problem).toMatchObject({ status: 409, type: "/problems/conflict" });
      expect(r.problem!.detail).toContain(vetoId);
      expect(r.problem!.detail).toContain("2024-03-01 – 2025-02-28");
    }
    expect(batch.results[1]!.problem!.errors![0]!.pointer).toBe("/records/titles/0/obtainedOn");
    expect((await api().get(`/v1/teachers/${t.id}/titles`)).body.items).toEqual([]);
  });
});
