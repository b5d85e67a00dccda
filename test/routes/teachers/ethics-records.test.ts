import { describe, expect, it } from "vitest";
import { pageSchema } from "../../../src/lib/http.ts";
import { ethicsSchema } from "../../../src/contract/teachers/ethics-records.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);
const page = pageSchema(ethicsSchema, "EthicsPageForTest");
const UNKNOWN = "01930000-0000-7000-8000-000000000000";
const pointers = (body: { errors?: { pointer: string }[] }) => (body.errors ?? []).map((e) => e.pointer);

async function setup() {
  const city = await makeJurisdiction(api());
  const school = await makeSchool(api(), city.id);
  const t = await makeTeacher(api(), { schoolId: school.id, hireDate: "2010-09-01" });
  return { city, school, t, base: `/v1/teachers/${t.id}/ethics-records` };
}

/** The 2024 assessment: unqualified for paid tutoring, vetoed for 2025. */
async function vetoed(base: string) {
  const res = await api().post(base, {
    periodStart: "2024-01-01",
    periodEnd: "2024-12-31",
    result: "unqualified",
    score: 52.5,
    violations: [{ type: "paid_tutoring", occurredOn: "2024-07-15", description: "暑期有偿补课" }],
    sanction: "通报批评",
    veto: true,
    vetoFrom: "2025-01-01",
    vetoTo: "2025-12-31",
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return ethicsSchema.parse(res.body);
}

describe("ethics records", () => {
  it("creates with defaults; the score comes back as a number", async () => {
    const { t, base } = await setup();
    const plain = await api().post(base, { periodStart: "2023-01-01", periodEnd: "2023-12-31", result: "qualified" });
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    expect(plain.headers.get("etag")).toBe('"1"');
    const p = ethicsSchema.parse(plain.body);
    expect(p).toEqual({
      id: p.id,
      teacherId: t.id,
      periodStart: "2023-01-01",
      periodEnd: "2023-12-31",
      result: "qualified",
      score: null,
      violations: [],
      sanction: null,
      veto: false,
      vetoFrom: null,
      vetoTo: null,
      notes: null,
      endReason: null,
      version: 1,
    });
    const v = await vetoed(base);
    expect(v).toMatchObject({ score: 52.5, veto: true, vetoFrom: "2025-01-01", vetoTo: "2025-12-31" });
    expect(v.violations).toEqual([{ type: "paid_tutoring", occurredOn: "2024-07-15", description: "暑期有偿补课" }]);
    expect(ethicsSchema.parse((await api().get(`${base}/${v.id}`)).body)).toEqual(v);
  });

  it("a veto needs its window, in order; pointers name the fields", async () => {
    const { base } = await setup();
    const noWindow = await api().post(base, { periodStart: "2024-01-01", periodEnd: "2024-12-31", result: "unqualified", veto: true });
    expect(noWindow.status).toBe(422);
    expect(pointers(noWindow.body)).toEqual(["/vetoFrom", "/vetoTo"]);
    const halfWindow = await api().post(base, { periodStart: "2024-01-01", result: "unqualified", veto: true, vetoFrom: "2025-01-01" });
    expect(pointers(halfWindow.body)).toEqual(["/vetoTo"]);
    const backwards = await api().post(base, {
      periodStart: "2024-01-01",
      result: "unqualified",
      veto: true,
      vetoFrom: "2025-01-01",
      vetoTo: "2024-12-31",
    });
    expect(backwards.status).toBe(422);
    expect(pointers(backwards.body)).toEqual(["/vetoTo"]);
    const badViolation = await api().post(base, {
      periodStart: "2024-01-01",
      result: "qualified",
      violations: [{ type: "littering", occurredOn: "2024-02-30" }],
    });
    expect(badViolation.status).toBe(422);
    expect(pointers(badViolation.body)).toEqual(expect.arrayContaining(["/violations/0/type", "/violations/0/occurredOn"]));
    const badScore = await api().post(base, { periodStart: "2024-01-01", result: "qualified", score: 80.25 });
    expect(badScore.status).toBe(422);
    expect(pointers(badScore.body)).toEqual(["/score"]);
    // Turning the veto on later needs the window as well.
    const plain = ethicsSchema.parse(
      (await api().post(base, { periodStart: "2023-01-01", periodEnd: "2023-12-31", result: "qualified" })).body,
    );
    const flipped = await api().patch(`${base}/${plain.id}`, { veto: true });
    expect(flipped.status).toBe(422);
    expect(pointers(flipped.body)).toEqual(["/vetoFrom", "/vetoTo"]);
  });

  it("corrects in place, keeps the id, guards with If-Match", async () => {
    const { base } = await setup();
    const v = await vetoed(base);
    const fixed = await api().patch(
      `${base}/${v.id}`,
      { result: "basically_qualified", score: null, veto: false, vetoFrom: null, vetoTo: null },
      { "if-match": '"1"' },
    );
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(ethicsSchema.parse(fixed.body)).toMatchObject({
      id: v.id,
      result: "basically_qualified",
      score: null,
      veto: false,
      vetoFrom: null,
      version: 2,
    });
    expect(fixed.headers.get("etag")).toBe('"2"');
    expect((await api().patch(`${base}/${v.id}`, { notes: "复议" }, { "if-match": '"1"' })).status).toBe(412);
    const rescored = await api().patch(`${base}/${v.id}`, { score: 61 });
    expect(ethicsSchema.parse(rescored.body).score).toBe(61);
    const inverted = await api().patch(`${base}/${v.id}`, { periodEnd: "2023-12-31" });
    expect(inverted.status).toBe(422);
    expect(pointers(inverted.body)).toEqual(["/periodEnd"]);
  });

  it("answers as of a date over the assessed period, and ends by setting periodEnd", async () => {
    const { base } = await setup();
    const v = await vetoed(base);
    const on = async (d: string) => page.parse((await api().get(`${base}?asOf=${d}`)).body).items.map((x) => x.id);
    expect(await on("2023-12-31")).toEqual([]);
    expect(await on("2024-01-01")).toEqual([v.id]);
    expect(await on("2024-12-31")).toEqual([v.id]);
    expect(await on("2025-01-01")).toEqual([]);
    const open = ethicsSchema.parse((await api().post(base, { periodStart: "2025-01-01", result: "qualified" })).body);
    expect(await on("2030-01-01")).toEqual([open.id]);
    const ended = await api().post(`${base}/${open.id}/end`, { endedOn: "2025-12-31" }, { "if-match": '"1"' });
    expect(ended.status).toBe(200);
    expect(ethicsSchema.parse(ended.body)).toMatchObject({ id: open.id, periodEnd: "2025-12-31", version: 2 });
    expect(await on("2030-01-01")).toEqual([]);
  });

  it("is restricted: clerks and admins only, and 404s outside the teacher", async () => {
    const { city, school, t, base } = await setup();
    const v = await vetoed(base);
    const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: city.id }));
    expect((await clerk.get(`${base}/${v.id}`)).status).toBe(200);
    expect((await clerk.patch(`${base}/${v.id}`, { notes: "已核实" })).status).toBe(200);
    const sync = client(ctx, await ctx.tokenFor("school_sync", { schoolId: school.id }));
    expect((await sync.get(base)).status).toBe(403);
    expect((await sync.post(base, { periodStart: "2023-01-01", result: "qualified" })).status).toBe(403);
    const reporter = client(ctx, await ctx.tokenFor("reporter", { jurisdictionId: city.id }));
    expect((await reporter.get(`${base}/${v.id}`)).status).toBe(403);
    const self = client(ctx, await ctx.tokenFor("teacher", { teacherId: t.id }));
    expect((await self.get(base)).status).toBe(403);

    const other = await makeTeacher(api(), { schoolId: school.id });
    expect((await api().get(`/v1/teachers/${other.id}/ethics-records/${v.id}`)).status).toBe(404);
    expect((await api().patch(`/v1/teachers/${other.id}/ethics-records/${v.id}`, { notes: "x" })).status).toBe(404);
    expect((await api().get(`/v1/teachers/${UNKNOWN}/ethics-records`)).status).toBe(404);
    expect((await api().get(`${base}/${UNKNOWN}`)).status).toBe(404);
  });
});
