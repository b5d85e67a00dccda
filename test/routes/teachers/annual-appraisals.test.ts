import { describe, expect, it } from "vitest";
import { pageSchema } from "../../../src/lib/http.ts";
import { appraisalSchema } from "../../../src/contract/teachers/annual-appraisals.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);
const page = pageSchema(appraisalSchema, "AppraisalPageForTest");
const UNKNOWN = "01930000-0000-7000-8000-000000000000";

async function setup() {
  const city = await makeJurisdiction(api());
  const school = await makeSchool(api(), city.id);
  const t = await makeTeacher(api(), { schoolId: school.id, hireDate: "2010-09-01" });
  return { city, school, t, base: `/v1/teachers/${t.id}/annual-appraisals` };
}

async function appraise(base: string, year: number, grade = "competent") {
  const res = await api().post(base, { year, grade });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return appraisalSchema.parse(res.body);
}

describe("annual appraisals", () => {
  it("creates one per year and lists them by year", async () => {
    const { t, base } = await setup();
    const res = await api().post(base, { year: 2024, grade: "excellent", notes: "教学成绩突出" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get("etag")).toBe('"1"');
    const a = appraisalSchema.parse(res.body);
    expect(a).toEqual({ id: a.id, teacherId: t.id, year: 2024, grade: "excellent", notes: "教学成绩突出", version: 1 });
    expect(res.headers.get("location")).toBe(`${base}/${a.id}`);
    await appraise(base, 2022);
    await appraise(base, 2023, "basically_competent");
    const listed = page.parse((await api().get(base)).body).items;
    expect(listed.map((x) => [x.year, x.grade])).toEqual([
      [2022, "competent"],
      [2023, "basically_competent"],
      [2024, "excellent"],
    ]);
    const first = page.parse((await api().get(`${base}?limit=2`)).body);
    const rest = page.parse((await api().get(`${base}?limit=2&cursor=${encodeURIComponent(first.nextCursor!)}`)).body);
    expect([...first.items, ...rest.items].map((x) => x.year)).toEqual([2022, 2023, 2024]);
    expect(appraisalSchema.parse((await api().get(`${base}/${a.id}`)).body)).toEqual(a);
  });

  it("a second appraisal for the same year is 409, pointing at the year", async () => {
    const { base } = await setup();
    const a = await appraise(base, 2024);
    const dup = await api().post(base, { year: 2024, grade: "excellent" });
    expect(dup.status).toBe(409);
    expect(dup.body.type).toBe("/problems/conflict");
    expect(dup.body.detail).toContain(a.id);
    expect(dup.body.errors[0].pointer).toBe("/year");
    // Another teacher may have their own 2024.
    const { base: otherBase } = await setup();
    await appraise(otherBase, 2024);
  });

  it("corrects in place (a wrong year too), guarded by If-Match; a taken year is 409", async () => {
    const { base } = await setup();
    const a = await appraise(base, 2023);
    await appraise(base, 2024);
    const fixed = await api().patch(`${base}/${a.id}`, { grade: "excellent", notes: "复核改定" }, { "if-match": '"1"' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(appraisalSchema.parse(fixed.body)).toMatchObject({ id: a.id, year: 2023, grade: "excellent", notes: "复核改定", version: 2 });
    expect(fixed.headers.get("etag")).toBe('"2"');
    expect((await api().patch(`${base}/${a.id}`, { grade: "competent" }, { "if-match": '"1"' })).status).toBe(412);
    const taken = await api().patch(`${base}/${a.id}`, { year: 2024 });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].pointer).toBe("/year");
    const moved = await api().patch(`${base}/${a.id}`, { year: 2022 }, { "if-match": '"2"' });
    expect(moved.status).toBe(200);
    expect(appraisalSchema.parse(moved.body)).toMatchObject({ id: a.id, year: 2022, version: 3 });
    expect(page.parse((await api().get(`${base}?asOf=2022-06-30`)).body).items.map((x) => x.id)).toEqual([a.id]);
    expect(page.parse((await api().get(`${base}?asOf=2023-06-30`)).body).items).toEqual([]);
  });

  it("answers as of a date within the appraised year", async () => {
    const { base } = await setup();
    const a = await appraise(base, 2024);
    const on = async (d: string) => page.parse((await api().get(`${base}?asOf=${d}`)).body).items.map((x) => x.id);
    expect(await on("2023-12-31")).toEqual([]);
    expect(await on("2024-01-01")).toEqual([a.id]);
    expect(await on("2024-12-31")).toEqual([a.id]);
    expect(await on("2025-01-01")).toEqual([]);
  });

  it("validates the year and grade, and has no end operation", async () => {
    const { base } = await setup();
    for (const year of [1989, 2101, 2024.5, "2024"]) {
      const res = await api().post(base, { year, grade: "competent" });
      expect(res.status, String(year)).toBe(422);
      expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/year"]);
    }
    const badGrade = await api().post(base, { year: 2024, grade: "good" });
    expect(badGrade.status).toBe(422);
    expect(badGrade.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/grade"]);
    const a = await appraise(base, 2024);
    expect((await api().patch(`${base}/${a.id}`, {})).status).toBe(422);
    const end = await api().post(`${base}/${a.id}/end`, { endedOn: "2024-06-30" });
    expect(end.status).toBe(404);
  });

  it("is restricted, and 404s an unknown teacher and another teacher's appraisal", async () => {
    const { city, school, t, base } = await setup();
    const a = await appraise(base, 2024);
    const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: city.id }));
    expect((await clerk.get(base)).status).toBe(200);
    const sync = client(ctx, await ctx.tokenFor("school_sync", { schoolId: school.id }));
    expect((await sync.post(base, { year: 2023, grade: "competent" })).status).toBe(403);
    const self = client(ctx, await ctx.tokenFor("teacher", { teacherId: t.id }));
    expect((await self.get(`${base}/${a.id}`)).status).toBe(403);

    const other = await makeTeacher(api(), { schoolId: school.id });
    expect((await api().get(`/v1/teachers/${other.id}/annual-appraisals/${a.id}`)).status).toBe(404);
    expect((await api().patch(`/v1/teachers/${other.id}/annual-appraisals/${a.id}`, { grade: "excellent" })).status).toBe(404);
    expect((await api().get(`/v1/teachers/${UNKNOWN}/annual-appraisals`)).status).toBe(404);
    expect((await api().post(`/v1/teachers/${UNKNOWN}/annual-appraisals`, { year: 2024, grade: "competent" })).status).toBe(404);
    expect((await api().get(`${base}/${UNKNOWN}`)).status).toBe(404);
  });
});
