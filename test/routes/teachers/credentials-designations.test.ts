import { describe, expect, it } from "vitest";
import { appraisalSchema } from "../../../src/contract/teachers/annual-appraisals.ts";
import { credentialSchema } from "../../../src/contract/teachers/credentials.ts";
import { designationSchema } from "../../../src/contract/teachers/designations.ts";
import { ethicsSchema } from "../../../src/contract/teachers/ethics-records.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

async function setup() {
  const city = await makeJurisdiction(api());
  const school = await makeSchool(api(), city.id, { stages: ["vocational"] });
  const t = await makeTeacher(api(), { schoolId: school.id, hireDate: "2010-09-01" });
  return { city, school, t, base: `/v1/teachers/${t.id}` };
}

describe("credentials and dual qualification", () => {
  it("derives dualQualified as of a date from both credentials and their status events", async () => {
    const { t, base } = await setup();
    await api().post(`${base}/credentials`, { kind: "teacher_certificate", stage: "vocational", subject: "电工", issuedOn: "2010-07-01" });
    const oq = credentialSchema.parse(
      (
        await api().post(`${base}/credentials`, {
          kind: "occupational_qualification",
          occupation: "电工 高级工",
          issuedOn: "2019-05-01",
          expiresOn: "2029-04-30",
        })
      ).body,
    );
    expect(oq).toMatchObject({ status: "active", issuedOn: "2019-05-01", expiresOn: "2029-04-30" });
    const on = async (d: string) => (await api().get(`/v1/teachers/${t.id}?asOf=${d}`)).body.dualQualified;
    expect(await on("2019-04-30")).toBe(false);
    expect(await on("2019-05-01")).toBe(true);

    const suspended = await api().post(`${base}/credentials/${oq.id}/events`, {
      status: "suspended",
      effectiveOn: "2022-03-01",
      reason: "年检未过",
    });
    expect(suspended.status).toBe(201);
    expect((await api().get(`${base}/credentials/${oq.id}`)).body).toMatchObject({ status: "suspended", version: 2 });
    expect(await on("2022-02-28")).toBe(true);
    expect(await on("2022-03-01")).toBe(false);
    await api().post(`${base}/credentials/${oq.id}/events`, { status: "active", effectiveOn: "2022-09-01" });
    expect(await on("2022-09-01")).toBe(true);
    expect((await api().get(`${base}/credentials/${oq.id}`)).body.status).toBe("active");
    const events = (await api().get(`${base}/credentials/${oq.id}/events`)).body.items;
    expect(events.map((e: { status: string }) => e.status)).toEqual(["suspended", "active"]);
    expect(await on("2029-05-01")).toBe(false); // expired
    const early = await api().post(`${base}/credentials/${oq.id}/events`, { status: "revoked", effectiveOn: "2018-01-01" });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].pointer).toBe("/effectiveOn");
    const listed = await api().get(
      `/v1/teachers?schoolId=${(await api().get(`/v1/teachers/${t.id}`)).body.currentSchoolId}&asOf=2023-01-01&dualQualified=true`,
    );
    expect(listed.body.items.map((x: { id: string }) => x.id)).toEqual([t.id]);
  });
});

describe("designations", () => {
  it("lists active designations highest level first, and past dates still see revoked ones", async () => {
    const { t, base, school } = await setup();
    await api().post(`${base}/designations`, { type: "backbone", level: "county", awardedOn: "2018-09-10", validUntil: "2021-09-09" });
    const city = designationSchema.parse(
      (await api().post(`${base}/designations`, { type: "subject_leader", level: "city", subject: "mathematics", awardedOn: "2020-09-10" }))
        .body,
    );
    const on = async (d: string) => (await api().get(`/v1/teachers/${t.id}?asOf=${d}`)).body;
    expect((await on("2020-12-01")).designations.map((x: { level: string }) => x.level)).toEqual(["city", "county"]);
    expect((await on("2020-12-01")).highestDesignationLevel).toBe("city");
    expect((await on("2021-09-10")).designations.map((x: { type: string }) => x.type)).toEqual(["subject_leader"]);
    const noDate = await api().patch(`${base}/designations/${city.id}`, { status: "revoked" });
    expect(noDate.status).toBe(422);
    expect(noDate.body.errors[0].pointer).toBe("/validUntil");
    expect((await api().patch(`${base}/designations/${city.id}`, { status: "revoked", validUntil: "2023-05-31" })).status).toBe(200);
    expect((await on("2023-05-31")).designations).toHaveLength(1);
    expect((await on("2023-06-01")).designations).toEqual([]);
    const q = async (query: string) =>
      (await api().get(`/v1/teachers?schoolId=${school.id}&asOf=2022-01-01&${query}`)).body.items.map((x: { id: string }) => x.id);
    expect(await q("designationLevelAtLeast=city")).toEqual([t.id]);
    expect(await q("designationType=backbone")).toEqual([]);
    expect(await q("designationType=subject_leader&designationLevelAtLeast=provincial")).toEqual([]);
    const other = await api().post(`${base}/designations`, { type: "other", level: "city", awardedOn: "2024-01-01" });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].pointer).toBe("/typeName");
    expect(
      (await api().post(`${base}/designations`, { type: "other", typeName: "智慧教育名师", level: "city", awardedOn: "2024-01-01" }))
        .status,
    ).toBe(201);
  });
});

describe("restricted records", () => {
  it("keeps ethics records and appraisals to admins and clerks, with the veto window required", async () => {
    const { t, base, city, school } = await setup();
    const noWindow = await api().post(`${base}/ethics-records`, {
      periodStart: "2024-01-01",
      periodEnd: "2024-12-31",
      result: "unqualified",
      veto: true,
    });
    expect(noWindow.status).toBe(422);
    expect(noWindow.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/vetoFrom", "/vetoTo"]);
    const rec = await api().post(`${base}/ethics-records`, {
      periodStart: "2024-01-01",
      periodEnd: "2024-12-31",
      result: "unqualified",
      score: 52.5,
      violations: [{ type: "paid_tutoring", occurredOn: "2024-07-15" }],
      veto: true,
      vetoFrom: "2025-01-01",
      vetoTo: "2025-12-31",
    });
    expect(rec.status).toBe(201);
    expect(ethicsSchema.parse(rec.body)).toMatchObject({ score: 52.5, veto: true, violations: [{ type: "paid_tutoring" }] });
    const a = await api().post(`${base}/annual-appraisals`, { year: 2024, grade: "basically_competent" });
    expect(appraisalSchema.parse(a.body)).toMatchObject({ year: 2024 });
    expect((await api().post(`${base}/annual-appraisals`, { year: 2024, grade: "excellent" })).status).toBe(409);
    expect((await api().get(`${base}/annual-appraisals?asOf=2024-06-30`)).body.items).toHaveLength(1);
    expect((await api().get(`${base}/annual-appraisals?asOf=2025-01-01`)).body.items).toHaveLength(0);

    const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: city.id }));
    expect((await clerk.get(`${base}/ethics-records`)).status).toBe(200);
    const sync = client(ctx, await ctx.tokenFor("school_sync", { schoolId: school.id }));
    expect((await sync.get(`${base}/ethics-records`)).status).toBe(403);
    expect((await sync.get(`/v1/teachers/${t.id}?include=ethics-records`)).status).toBe(403);
    expect((await sync.get(`/v1/teachers/${t.id}?include=credentials`)).status).toBe(200);
    const self = client(ctx, await ctx.tokenFor("teacher", { teacherId: t.id }));
    expect((await self.get(`${base}/annual-appraisals`)).status).toBe(403);
    expect((await self.get(`/v1/teachers/${t.id}`)).status).toBe(200);
  });
});
