import { beforeAll, describe, expect, it } from "vitest";
import { schoolClassificationSchema } from "../../../src/contract/school-classifications.ts";
import { schoolPageSchema, schoolSchema } from "../../../src/contract/schools.ts";
import { evaluationSchema } from "../../../src/contract/metrics.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

const PAST = "2023-09-01";
const TODAY = new Date().toISOString().slice(0, 10);
const YESTERDAY = new Date(Date.parse(`${TODAY}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
/** Everyone is born on 1 January, so their 周岁 on any date of year Y is Y minus the birth year. */
const Y = Number(TODAY.slice(0, 4));

const RURAL_AGE = { kind: "average", attribute: "age", population: { locationClass: ["rural"] } };
const RURAL_COUNT = { kind: "count", of: "teachers", filter: { locationClass: ["rural"] } };

async function evaluate(metric: unknown, asOf: string, jurisdictionId: string) {
  const res = await api().post("/v1/metrics/evaluate", { metric, asOf, groupBy: "none", jurisdictionId });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const e = evaluationSchema.parse(res.body);
  return [e.denominator ?? e.numerator, e.value];
}

async function history(schoolId: string) {
  const res = await api().get(`/v1/schools/${schoolId}/classifications`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.items as unknown[]).map((x) => schoolClassificationSchema.parse(x));
}

describe("dated school classification: reclassifying today keeps every past answer", () => {
  // City C: R (rural since its creation) with r1 (born 1980) and r2 (born 1990); U (urban) with u1 (born 1970).
  // All assigned since 2020-09-01. Today U becomes rural (and weak).
  let city = "";
  let R = "";
  let U = "";
  const t: Record<string, string> = {};
  let before: Record<string, unknown> = {};

  beforeAll(async () => {
    city = (await makeJurisdiction(api())).id;
    R = (await makeSchool(api(), city, { locationClass: "rural", staffingQuota: 12 })).id;
    U = (await makeSchool(api(), city, { locationClass: "urban", staffingQuota: 30 })).id;
    for (const [key, school, birthDate] of [
      ["r1", R, "1980-01-01"],
      ["r2", R, "1990-01-01"],
      ["u1", U, "1970-01-01"],
    ] as const) {
      t[key] = (await makeTeacher(api(), { schoolId: school, birthDate, hireDate: "2020-09-01" })).id;
    }
    // What the register answers before the reclassification, for the same questions after it.
    before = {
      pastAge: await evaluate(RURAL_AGE, PAST, city),
      pastCount: await evaluate(RURAL_COUNT, PAST, city),
      todayAge: await evaluate(RURAL_AGE, TODAY, city),
    };
    const res = await api().post(`/v1/schools/${U}/classifications`, { validFrom: TODAY, locationClass: "rural", weak: true });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get("location")).toBe(`/v1/schools/${U}/classifications/${res.body.id}`);
  }, 60_000);

  it("metrics: the rural average age and count on a past date are unchanged, today's include U", async () => {
    // 2023-09-01: r1 43, r2 33 → 38 over 2 people, before and after.
    expect(before.pastAge).toEqual([2, 38]);
    expect(await evaluate(RURAL_AGE, PAST, city)).toEqual([2, 38]);
    expect(before.pastCount).toEqual([2, 2]);
    expect(await evaluate(RURAL_COUNT, PAST, city)).toEqual([2, 2]);
    // Today, before: r1 and r2 → (Y-1980 + Y-1990) / 2 = Y - 1985. After: and u1 → (3Y - 5940) / 3 = Y - 1980.
    expect(before.todayAge).toEqual([2, Y - 1985]);
    expect(await evaluate(RURAL_AGE, TODAY, city)).toEqual([3, Y - 1980]);
    expect(await evaluate(RURAL_COUNT, TODAY, city)).toEqual([3, 3]);
    // Yesterday U was still urban.
    expect(await evaluate(RURAL_COUNT, YESTERDAY, city)).toEqual([2, 2]);
  });

  it("the teacher list filters on the home school's classification on asOf", async () => {
    const ids = async (query: string) => {
      const res = await api().get(`/v1/teachers?jurisdictionId=${city}&${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body.items as { id: string }[]).map((x) => x.id).sort();
    };
    expect(await ids(`asOf=${PAST}&locationClass=rural`)).toEqual([t.r1, t.r2].sort());
    expect(await ids(`asOf=${PAST}&locationClass=urban`)).toEqual([t.u1]);
    expect(await ids(`asOf=${PAST}&weak=true`)).toEqual([]);
    expect(await ids(`asOf=${TODAY}&locationClass=rural`)).toEqual([t.r1, t.r2, t.u1].sort());
    expect(await ids(`asOf=${TODAY}&locationClass=urban`)).toEqual([]);
    expect(await ids(`asOf=${TODAY}&weak=true`)).toEqual([t.u1]);
  });

  it("school reads and list filters answer as of the date (default today)", async () => {
    const read = async (query: string) => {
      const res = await api().get(`/v1/schools/${U}${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return schoolSchema.parse(res.body);
    };
    const [first, second] = await history(U);
    expect(await read(`?asOf=${PAST}`)).toMatchObject({
      locationClass: "urban",
      weak: false,
      staffingQuota: 30,
      classificationId: first!.id,
    });
    expect(await read(`?asOf=${YESTERDAY}`)).toMatchObject({ locationClass: "urban", classificationId: first!.id });
    expect(await read("")).toMatchObject({ locationClass: "rural", weak: true, staffingQuota: 30, classificationId: second!.id });
    const list = async (query: string) =>
      schoolPageSchema.parse((await api().get(`/v1/schools?jurisdictionId=${city}&${query}`)).body).items.map((s) => s.id);
    expect(await list(`asOf=${PAST}&locationClass=rural`)).toEqual([R]);
    expect(await list(`asOf=${PAST}&locationClass=urban`)).toEqual([U]);
    expect(await list("locationClass=rural")).toEqual([R, U]);
    expect(await list(`asOf=${TODAY}&weak=true`)).toEqual([U]);
    expect(await list(`asOf=${PAST}`)).toEqual([R, U]);
  });

  it("the workforce report counts location classes as of its date", async () => {
    const classes = async (asOf: string) => {
      const res = await api().get(`/v1/reports/workforce?jurisdictionId=${city}&asOf=${asOf}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const dim = (res.body.dimensions as { dimension: string; rows: { code: string; count: number }[] }[]).find(
        (d) => d.dimension === "location_class",
      )!;
      return Object.fromEntries(dim.rows.filter((r) => r.count).map((r) => [r.code, r.count]));
    };
    expect(await classes(PAST)).toEqual({ urban: 1, rural: 2 });
    expect(await classes(TODAY)).toEqual({ rural: 3 });
  });

  it("lists the history: the first period since creation ends yesterday, the new one is open from today", async () => {
    const items = await history(U);
    expect(items.map((c) => [c.validFrom, c.validTo, c.locationClass, c.weak, c.staffingQuota])).toEqual([
      [null, YESTERDAY, "urban", false, 30],
      [TODAY, null, "rural", true, 30],
    ]);
    expect((await history(R)).map((c) => [c.validFrom, c.validTo, c.locationClass])).toEqual([[null, null, "rural"]]);
    expect((await api().get("/v1/schools/01930000-0000-7000-8000-000000000000/classifications")).status).toBe(404);
  });

  it("audits the reclassification and the end of the period it replaced", async () => {
    const [first, second] = await history(U);
    const events = async (entityId: string) =>
      ((await api().get(`/v1/audit-events?entity=SchoolClassification&entityId=${entityId}`)).body.items as { action: string }[]).map(
        (e) => e.action,
      );
    expect((await events(first!.id)).sort()).toEqual(["create", "end"]);
    expect(await events(second!.id)).toEqual(["create"]);
  });
});

describe("classification corrections and refusals", () => {
  it("corrects a period in place with If-Match; a moved start moves the previous end", async () => {
    const city = (await makeJurisdiction(api())).id;
    const S = (await makeSchool(api(), city, { locationClass: "town", staffingQuota: 20 })).id;
    const added = await api().post(`/v1/schools/${S}/classifications`, { validFrom: "2025-09-01", staffingQuota: 24 });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const id = added.body.id as string;
    // A correction of the facts: the period keeps its id and dates.
    const fixed = await api().patch(`/v1/schools/${S}/classifications/${id}`, { staffingQuota: 26 }, { "if-match": '"1"' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.headers.get("etag")).toBe('"2"');
    expect(fixed.body).toMatchObject({ id, validFrom: "2025-09-01", staffingQuota: 26, locationClass: "town", version: 2 });
    const stale = await api().patch(`/v1/schools/${S}/classifications/${id}`, { staffingQuota: 27 }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    // The start moves earlier: 2025-03-01 now answers 26, and the first period ends on 2025-02-28.
    const moved = await api().patch(`/v1/schools/${S}/classifications/${id}`, { validFrom: "2025-03-01" }, { "if-match": '"2"' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await history(S)).map((c) => [c.validFrom, c.validTo, c.staffingQuota])).toEqual([
      [null, "2025-02-28", 20],
      ["2025-03-01", null, 26],
    ]);
    expect((await api().get(`/v1/schools/${S}?asOf=2025-03-01`)).body.staffingQuota).toBe(26);
    expect((await api().get(`/v1/schools/${S}?asOf=2025-02-28`)).body.staffingQuota).toBe(20);
    // The first period's facts can be corrected too (it keeps no start).
    const [first] = await history(S);
    const early = await api().patch(`/v1/schools/${S}/classifications/${first!.id}`, { remote: true });
    expect(early.status, JSON.stringify(early.body)).toBe(200);
    expect((await api().get(`/v1/schools/${S}?asOf=2020-01-01`)).body).toMatchObject({ remote: true, staffingQuota: 20 });
    expect((await api().get(`/v1/schools/${S}`)).body).toMatchObject({ remote: false, staffingQuota: 26 });
  });

  it("refuses a start on or before the current one's, a start for the first period, and classification fields on the school", async () => {
    const city = (await makeJurisdiction(api())).id;
    const S = (await makeSchool(api(), city)).id;
    const next = await api().post(`/v1/schools/${S}/classifications`, { validFrom: "2024-09-01", locationClass: "town" });
    expect(next.status).toBe(201);
    for (const validFrom of ["2024-09-01", "2024-08-31"]) {
      const res = await api().post(`/v1/schools/${S}/classifications`, { validFrom, locationClass: "rural" });
      expect(res.status).toBe(422);
      expect(res.body.detail).toContain("correct classification");
      expect(res.body.detail).toContain("domain.md §1.2");
      expect(res.body.errors).toEqual([{ pointer: "/validFrom", detail: expect.stringContaining("PATCH") }]);
    }
    const [first, second] = await history(S);
    const startFirst = await api().patch(`/v1/schools/${S}/classifications/${first!.id}`, { validFrom: "2010-01-01" });
    expect([startFirst.status, startFirst.body.errors[0].pointer]).toEqual([422, "/validFrom"]);
    const unstart = await api().patch(`/v1/schools/${S}/classifications/${second!.id}`, { validFrom: null });
    expect([unstart.status, unstart.body.errors[0].pointer]).toEqual([422, "/validFrom"]);
    // Nothing moved.
    expect((await history(S)).map((c) => [c.validFrom, c.validTo, c.version])).toEqual([
      [null, "2024-08-31", 2],
      ["2024-09-01", null, 1],
    ]);
    // PATCH /v1/schools/{id} keeps its other fields; a dated one is refused and pointed at.
    const onSchool = await api().patch(`/v1/schools/${S}`, { name: "改名", locationClass: "rural", weak: true });
    expect(onSchool.status).toBe(422);
    expect(onSchool.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/locationClass", "/weak"]);
    expect(onSchool.body.errors[0].detail).toContain("/v1/schools/{schoolId}/classifications");
    expect((await api().get(`/v1/schools/${S}`)).body).toMatchObject({ name: "测试小学", locationClass: "town", version: 1 });
    // An unknown period of this school, or another school's, is 404.
    const other = (await makeSchool(api(), city)).id;
    const [otherFirst] = await history(other);
    expect((await api().patch(`/v1/schools/${S}/classifications/${otherFirst!.id}`, { weak: true })).status).toBe(404);
    expect((await api().post(`/v1/schools/${S}/classifications`, { validFrom: "not-a-date" })).status).toBe(422);
  });
});
