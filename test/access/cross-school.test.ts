import { describe, expect, it } from "vitest";
import { auditEventPageSchema } from "../../src/contract/audit.ts";
import { syncBatchSchema } from "../../src/contract/sync.ts";
import { assignmentSchema } from "../../src/contract/teachers/assignments.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher, nationalIdFor, uniqueCode } from "../support/factories.ts";
import { client, type Client } from "../support/http.ts";

/**
 * Security: a school's clerk or system sees a teacher of another district through a secondary post
 * at its school, and must not reach the teacher's home assignment there: no end, no PATCH, no move
 * to its own school, no new primary assignment that would end it (a transfer: the county makes it,
 * domain.md §3.1). The same through a sync batch is a per-row problem; the rest of the batch applies.
 */
const ctx = useTestApp();
const root = () => client(ctx);

async function world() {
  const city = await makeJurisdiction(root());
  const x = await makeJurisdiction(root(), { level: "district", parentId: city.id });
  const y = await makeJurisdiction(root(), { level: "district", parentId: city.id });
  const a = await makeSchool(root(), x.id);
  const sy = await makeSchool(root(), y.id);
  const nationalId = nationalIdFor("1985-06-15", "female");
  const t = await makeTeacher(root(), { schoolId: sy.id, hireDate: "2015-09-01", nationalId });
  const base = `/v1/teachers/${t.id}/assignments`;
  const home = assignmentSchema.parse((await root().get(base)).body.items[0]);
  const secondary = await root().post(base, { schoolId: a.id, kind: "secondary", validFrom: "2023-09-01" });
  expect(secondary.status, JSON.stringify(secondary.body)).toBe(201);
  const clerkA = client(ctx, await ctx.tokenFor("hr_clerk", { schoolId: a.id }));
  return { city, x, y, a, sy, t, nationalId, base, home, secondaryId: secondary.body.id as string, clerkA };
}

async function assignments(base: string) {
  return ((await root().get(base)).body.items as unknown[]).map((x) => assignmentSchema.parse(x));
}

async function auditOf(entityId: string) {
  return auditEventPageSchema.parse((await root().get(`/v1/audit-events?entityId=${entityId}&limit=200`)).body).items;
}

function expectTransferRefusal(res: { status: number; body: { type: string; detail: string } }) {
  expect(res.status, JSON.stringify(res.body)).toBe(403);
  expect(res.body.type).toBe("/problems/forbidden");
  expect(res.body.detail).toContain("县管校聘");
  expect(res.body.detail).toContain("county bureau");
}

describe("cross-school writes by a school clerk", () => {
  it("cannot end, correct, move or supersede the home assignment at another district's school", async () => {
    const w = await world();
    const one = `${w.base}/${w.home.id}`;
    expectTransferRefusal(await w.clerkA.post(`${one}/end`, { endedOn: "2024-08-31", reason: "调出" }));
    expectTransferRefusal(await w.clerkA.patch(one, { validTo: "2024-08-31" }));
    expectTransferRefusal(await w.clerkA.patch(one, { schoolId: w.a.id })); // moved to A retroactively
    const primaryAtA = await w.clerkA.post(w.base, { schoolId: w.a.id, validFrom: "2024-09-01" });
    expectTransferRefusal(primaryAtA);
    expect(primaryAtA.body.detail).toContain(w.home.id);
    expect((primaryAtA.body as unknown as { errors: { pointer: string }[] }).errors[0]!.pointer).toBe("/kind");
    // Nor end the teacher's service, which would end the home assignment with it.
    expectTransferRefusal(await w.clerkA.post(`/v1/teachers/${w.t.id}/end`, { status: "left", endedOn: "2024-08-31" }));
    // Nothing moved: the home assignment is as it was, and no primary at A exists.
    const after = await assignments(w.base);
    expect(after.map((x) => [x.schoolId, x.kind, x.validFrom, x.validTo, x.version])).toEqual([
      [w.sy.id, "primary", "2015-09-01", null, 1],
      [w.a.id, "secondary", "2023-09-01", null, 1],
    ]);
    // What is A's stays A's: its clerk ends the secondary post at A.
    const ended = await w.clerkA.post(`${w.base}/${w.secondaryId}/end`, { endedOn: "2024-07-15" });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body.validTo).toBe("2024-07-15");
  });

  it("the county above both schools makes the transfer; the predecessor's end is audited with the reason", async () => {
    const w = await world();
    const county = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: w.city.id }));
    const moved = await county.post(w.base, { schoolId: w.a.id, validFrom: "2024-09-01" });
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    const after = await assignments(w.base);
    expect(after.find((x) => x.id === w.home.id)).toMatchObject({ validTo: "2024-08-31", endReason: "superseded", version: 2 });
    const events = await auditOf(w.home.id);
    expect(events.map((e) => e.action)).toEqual(["create", "end"]);
    // The home assignment POST /v1/teachers created, audited with why it exists.
    expect(events[0]!.after).toMatchObject({ schoolId: w.sy.id, kind: "primary", validFrom: "2015-09-01" });
    expect(String(events[0]!.after!.reason)).toContain("POST /v1/teachers");
    expect(events[1]).toMatchObject({
      entity: "TeacherAssignment",
      teacherId: w.t.id,
      before: { validTo: null },
      after: { validTo: "2024-08-31", endReason: "superseded", supersededBy: moved.body.id },
    });
  });
});

function expectHomeSchoolRefusal(res: { status: number; body: { type: string; detail: string } }, homeSchoolId: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(403);
  expect(res.body.type).toBe("/problems/forbidden");
  expect(res.body.detail).toContain(`home school is ${homeSchoolId}`);
  expect(res.body.detail).toContain("domain.md §1.3, §3.1");
}

describe("records without a school of their own belong to the teacher's home school", () => {
  it("a host school's clerk may not write them; the home school's clerk and the county may", async () => {
    const w = await world();
    const t = `/v1/teachers/${w.t.id}`;
    const education = await root().post(`${t}/education`, { level: "bachelor", institution: "沈阳师范大学", completedOn: "2008-07-01" });
    expect(education.status, JSON.stringify(education.body)).toBe(201);
    const periodsBefore = (await root().get(`${t}/employment`)).body.items;
    const teacherBefore = (await root().get(t)).body;

    expectHomeSchoolRefusal(await w.clerkA.patch(t, { name: "改名" }), w.sy.id);
    expectHomeSchoolRefusal(await w.clerkA.post(`${t}/titles`, { level: "second_grade", obtainedOn: "2016-09-01" }), w.sy.id);
    expectHomeSchoolRefusal(await w.clerkA.patch(`${t}/education/${education.body.id}`, { institution: "改写" }), w.sy.id);
    expectHomeSchoolRefusal(await w.clerkA.post(`${t}/annual-appraisals`, { year: 2024, grade: "excellent" }), w.sy.id);
    expectHomeSchoolRefusal(
      await w.clerkA.post(`${t}/employment`, { validFrom: "2025-03-01", validTo: "2025-08-31", status: "on_leave", reason: "病假" }),
      w.sy.id,
    );
    expectHomeSchoolRefusal(await w.clerkA.post(`${t}/reinstate`, { on: "2025-09-01" }), w.sy.id);

    // Nothing written, as the county reads it; no audit event by the host clerk.
    const county = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: w.city.id }));
    const teacherAfter = (await county.get(t)).body;
    expect(teacherAfter.name).toBe(teacherBefore.name);
    expect(teacherAfter.version).toBe(teacherBefore.version);
    expect((await county.get(`${t}/titles`)).body.items).toEqual([]);
    expect((await county.get(`${t}/education`)).body.items).toMatchObject([
      { id: education.body.id, institution: "沈阳师范大学", version: 1 },
    ]);
    expect((await county.get(`${t}/annual-appraisals`)).body.items).toEqual([]);
    expect((await county.get(`${t}/employment`)).body.items).toEqual(periodsBefore);
    expect((await auditOf(w.t.id)).map((e) => e.action)).not.toContain("reinstate");

    // The home school's clerk and the county above both schools write them.
    const clerkY = client(ctx, await ctx.tokenFor("hr_clerk", { schoolId: w.sy.id }));
    const renamed = await clerkY.patch(t, { name: "王丽华" });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body.name).toBe("王丽华");
    const title = await clerkY.post(`${t}/titles`, { level: "second_grade", obtainedOn: "2016-09-01" });
    expect(title.status, JSON.stringify(title.body)).toBe(201);
    const corrected = await county.patch(`${t}/education/${education.body.id}`, { institution: "辽宁师范大学" });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);
    expect(corrected.body).toMatchObject({ institution: "辽宁师范大学", version: 2 });
    const appraisal = await county.post(`${t}/annual-appraisals`, { year: 2024, grade: "excellent" });
    expect(appraisal.status, JSON.stringify(appraisal.body)).toBe(201);
    const leave = await county.post(`${t}/employment`, {
      validFrom: "2025-03-01",
      validTo: "2025-08-31",
      status: "on_leave",
      reason: "病假",
    });
    expect(leave.status, JSON.stringify(leave.body)).toBe(200);
    expect(
      (await county.get(`${t}/employment`)).body.items.map((p: { validFrom: string | null; validTo: string | null; status: string }) => [
        p.validFrom,
        p.validTo,
        p.status,
      ]),
    ).toEqual([
      [null, "2025-02-28", "active"],
      ["2025-03-01", "2025-08-31", "on_leave"],
      ["2025-09-01", null, "active"],
    ]);
    // The host school still writes its own post.
    const ended = await w.clerkA.post(`${w.base}/${w.secondaryId}/end`, { endedOn: "2025-07-15" });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
  });
});

async function push(api: Client, body: Record<string, unknown>) {
  const res = await api.post("/v1/sync/batches", { mode: "apply", scope: "delta", ...body }, { "idempotency-key": uniqueCode("K") });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return syncBatchSchema.parse(res.body);
}

const teacherRow = (key: string, extra: Record<string, unknown> = {}) => ({
  sourceKey: key,
  name: "张老师",
  gender: "female",
  birthDate: "1985-06-15",
  employmentCategory: "on_establishment",
  hireDate: "2008-09-01",
  ...extra,
});

describe("cross-school writes through a sync batch", () => {
  it("a primary assignment that would end the home one elsewhere is a per-row 403; the rest of the batch applies", async () => {
    const w = await world();
    const system = client(ctx, await ctx.tokenFor("school_sync", { schoolId: w.a.id }));
    const batch = await push(system, {
      schoolId: w.a.id,
      records: {
        teachers: [teacherRow("TY", { nationalId: w.nationalId, hireDate: "2015-09-01" }), teacherRow("T2", { name: "李老师" })],
        assignments: [{ sourceKey: "AY", teacherSourceKey: "TY", kind: "primary", postType: "teaching", validFrom: "2024-09-01" }],
      },
    });
    expect(batch.outcome).toBe("applied");
    const row = batch.results.find((r) => r.pointer === "/records/assignments/0")!;
    expect(row).toMatchObject({ outcome: "rejected", teacherId: w.t.id });
    expect(row.problem).toMatchObject({ status: 403, type: "/problems/forbidden" });
    expect(row.problem!.detail).toContain(w.home.id);
    expect(row.problem!.detail).toContain("县管校聘");
    expect(row.problem!.errors![0]!.pointer).toBe("/records/assignments/0/kind");
    // The rest applied: T2 created with its home assignment at A; TY matched by national ID.
    expect(batch.results.filter((r) => r.entity === "teacher").map((r) => r.outcome)).toEqual(["unchanged", "created"]);
    const t2 = batch.results.find((r) => r.pointer === "/records/teachers/1" && r.entity === "assignment");
    expect(t2?.outcome).toBe("created");
    expect(batch.counts).toMatchObject({ rejected: 1, ended: 0 });
    const after = await assignments(w.base);
    expect(after.map((x) => [x.schoolId, x.kind, x.validTo])).toEqual([
      [w.sy.id, "primary", null],
      [w.a.id, "secondary", null],
    ]);
  });

  it("a title row for a teacher whose home school is elsewhere is a per-row 403; its own school's assignment row applies", async () => {
    const w = await world();
    const system = client(ctx, await ctx.tokenFor("school_sync", { schoolId: w.a.id }));
    const batch = await push(system, {
      schoolId: w.a.id,
      records: {
        teachers: [teacherRow("TY", { nationalId: w.nationalId, hireDate: "2015-09-01" })],
        titles: [{ sourceKey: "TI1", teacherSourceKey: "TY", level: "second_grade", obtainedOn: "2016-09-01" }],
        assignments: [{ sourceKey: "AS", teacherSourceKey: "TY", kind: "secondary", postType: "teaching", validFrom: "2024-09-01" }],
      },
    });
    expect(batch.outcome).toBe("applied");
    const title = batch.results.find((r) => r.pointer === "/records/titles/0")!;
    expect(title).toMatchObject({ outcome: "rejected", teacherId: w.t.id });
    expect(title.problem).toMatchObject({ status: 403, type: "/problems/forbidden" });
    expect(title.problem!.detail).toContain(`home school is ${w.sy.id}`);
    expect(batch.results.find((r) => r.pointer === "/records/assignments/0")).toMatchObject({ outcome: "created", teacherId: w.t.id });
    expect((await root().get(`/v1/teachers/${w.t.id}/titles`)).body.items).toEqual([]);
    expect((await assignments(w.base)).map((x) => [x.schoolId, x.kind, x.validFrom])).toEqual([
      [w.sy.id, "primary", "2015-09-01"],
      [w.a.id, "secondary", "2023-09-01"],
      [w.a.id, "secondary", "2024-09-01"],
    ]);
    // A teacher row that would change the core record is refused the same way.
    const renamed = await push(system, {
      schoolId: w.a.id,
      records: { teachers: [teacherRow("TY", { nationalId: w.nationalId, name: "改名" })] },
    });
    expect(renamed.results[0]).toMatchObject({ outcome: "rejected", problem: { status: 403 } });
    expect((await root().get(`/v1/teachers/${w.t.id}`)).body.name).not.toBe("改名");
  });

  it("a school's own primary supersedes its predecessor at the same school, audited with the reason", async () => {
    const county = await makeJurisdiction(root(), { level: "county" });
    const school = await makeSchool(root(), county.id);
    const system = client(ctx, await ctx.tokenFor("school_sync", { schoolId: school.id }));
    const first = await push(system, { schoolId: school.id, records: { teachers: [teacherRow("T1")] } });
    const teacherId = first.results[0]!.teacherId!;
    const homeId = first.results.find((r) => r.entity === "assignment")!.id!;
    const second = await push(system, {
      schoolId: school.id,
      records: {
        assignments: [{ sourceKey: "A2", teacherSourceKey: "T1", kind: "primary", postType: "management", validFrom: "2024-09-01" }],
      },
    });
    expect(
      second.results.map((r) => [r.entity, r.outcome, r.id]),
      JSON.stringify(second.results),
    ).toEqual([
      ["assignment", "created", expect.any(String)],
      ["assignment", "ended", homeId],
    ]);
    const after = await assignments(`/v1/teachers/${teacherId}/assignments`);
    expect(after.map((x) => [x.postType, x.validFrom, x.validTo, x.endReason])).toEqual([
      ["teaching", "2008-09-01", "2024-08-31", "superseded"],
      ["management", "2024-09-01", null, null],
    ]);
    const events = await auditOf(homeId);
    expect(events.map((e) => e.action)).toEqual(["create", "end"]);
    expect(events[1]!.after).toMatchObject({ validTo: "2024-08-31", endReason: "superseded", supersededBy: second.results[0]!.id });
  });

  it("a batch's own history: a second open primary for a new teacher ends the first the day before", async () => {
    const county = await makeJurisdiction(root(), { level: "county" });
    const school = await makeSchool(root(), county.id);
    const system = client(ctx, await ctx.tokenFor("school_sync", { schoolId: school.id }));
    const row = (key: string, validFrom: string) => ({
      sourceKey: key,
      teacherSourceKey: "T1",
      kind: "primary",
      postType: "teaching",
      validFrom,
    });
    const batch = await push(system, {
      schoolId: school.id,
      records: { teachers: [teacherRow("T1")], assignments: [row("A1", "2015-09-01"), row("A2", "2020-09-01")] },
    });
    expect(batch.results.map((r) => [r.entity, r.outcome])).toEqual([
      ["teacher", "created"],
      ["assignment", "created"],
      ["assignment", "created"],
      ["assignment", "ended"],
    ]);
    const after = await assignments(`/v1/teachers/${batch.results[0]!.teacherId}/assignments`);
    expect(after.map((x) => [x.validFrom, x.validTo, x.endReason])).toEqual([
      ["2015-09-01", "2020-08-31", "superseded"],
      ["2020-09-01", null, null],
    ]);
  });
});
