import { describe, expect, it } from "vitest";
import { pageSchema } from "../../../src/lib/http.ts";
import { designationSchema } from "../../../src/contract/teachers/designations.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);
const page = pageSchema(designationSchema, "DesignationPageForTest");
const UNKNOWN = "01930000-0000-7000-8000-000000000000";

async function setup() {
  const city = await makeJurisdiction(api());
  const school = await makeSchool(api(), city.id);
  const t = await makeTeacher(api(), { schoolId: school.id, hireDate: "2010-09-01" });
  return { school, t, base: `/v1/teachers/${t.id}/designations` };
}

/** A city backbone teacher (骨干教师), 第五批, awarded 2022-09-10 for three years. */
async function backbone(base: string, extra: Record<string, unknown> = {}) {
  const res = await api().post(base, {
    type: "backbone",
    level: "city",
    batch: "第五批",
    subject: "mathematics",
    awardedBy: "盘锦市教育局",
    awardedOn: "2022-09-10",
    validUntil: "2025-09-09",
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return designationSchema.parse(res.body);
}

describe("designations", () => {
  it("creates with defaults and reads back with its ETag", async () => {
    const { t, base } = await setup();
    const res = await api().post(base, { type: "special_grade", level: "provincial", awardedOn: "2018-09-10" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const d = designationSchema.parse(res.body);
    expect(d).toEqual({
      id: d.id,
      teacherId: t.id,
      type: "special_grade",
      typeName: null,
      level: "provincial",
      batch: null,
      subject: null,
      awardedBy: null,
      awardedOn: "2018-09-10",
      validUntil: null,
      status: "active",
      endReason: null,
      version: 1,
    });
    const got = await api().get(`${base}/${d.id}`);
    expect(got.headers.get("etag")).toBe('"1"');
    expect(designationSchema.parse(got.body)).toEqual(d);
  });

  it("answers as of a date: day before the award, first day, last day, day after", async () => {
    const { base } = await setup();
    const d = await backbone(base);
    const on = async (day: string) => page.parse((await api().get(`${base}?asOf=${day}`)).body).items.map((x) => x.id);
    expect(await on("2022-09-09")).toEqual([]);
    expect(await on("2022-09-10")).toEqual([d.id]);
    expect(await on("2025-09-09")).toEqual([d.id]);
    expect(await on("2025-09-10")).toEqual([]);
  });

  it("corrects in place and guards with If-Match", async () => {
    const { base } = await setup();
    const d = await backbone(base);
    const fixed = await api().patch(`${base}/${d.id}`, { batch: "第六批", level: "county" }, { "if-match": '"1"' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(designationSchema.parse(fixed.body)).toMatchObject({ id: d.id, batch: "第六批", level: "county", type: "backbone", version: 2 });
    expect(fixed.headers.get("etag")).toBe('"2"');
    expect((await api().patch(`${base}/${d.id}`, { batch: "第七批" }, { "if-match": '"1"' })).status).toBe(412);
    const empty = await api().patch(`${base}/${d.id}`, {});
    expect(empty.status).toBe(422);
    const inverted = await api().patch(`${base}/${d.id}`, { awardedOn: "2026-01-01" });
    expect(inverted.status).toBe(422);
    expect(inverted.body.errors[0].pointer).toBe("/awardedOn");
  });

  it("revocation needs its date; past dates still see the designation, later ones do not", async () => {
    const { base } = await setup();
    const d = await backbone(base, { validUntil: null });
    const noDate = await api().patch(`${base}/${d.id}`, { status: "revoked" });
    expect(noDate.status).toBe(422);
    expect(noDate.body.errors).toEqual([{ pointer: "/validUntil", detail: "A revoked designation needs its revocation date" }]);
    const revoked = await api().patch(`${base}/${d.id}`, { status: "revoked", validUntil: "2024-05-31" }, { "if-match": '"1"' });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect(designationSchema.parse(revoked.body)).toMatchObject({ id: d.id, status: "revoked", validUntil: "2024-05-31", version: 2 });
    const on = async (day: string) => page.parse((await api().get(`${base}?asOf=${day}`)).body).items.map((x) => x.status);
    expect(await on("2024-05-31")).toEqual(["revoked"]);
    expect(await on("2024-06-01")).toEqual([]);
    // Clearing the date of a revoked designation is refused too.
    const cleared = await api().patch(`${base}/${d.id}`, { validUntil: null });
    expect(cleared.status).toBe(422);
    expect(cleared.body.errors[0].pointer).toBe("/validUntil");
    const expiredOpen = await api().post(base, { type: "backbone", level: "county", awardedOn: "2015-09-10", status: "expired" });
    expect(expiredOpen.status).toBe(422);
    expect(expiredOpen.body.errors[0].pointer).toBe("/validUntil");
  });

  it("ends a designation by setting validUntil", async () => {
    const { base } = await setup();
    const d = await backbone(base, { validUntil: null });
    const ended = await api().post(`${base}/${d.id}/end`, { endedOn: "2024-08-31", reason: "调离本市" }, { "if-match": '"1"' });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(designationSchema.parse(ended.body)).toMatchObject({ id: d.id, validUntil: "2024-08-31", endReason: "调离本市", version: 2 });
    expect(page.parse((await api().get(`${base}?asOf=2024-09-01`)).body).items).toEqual([]);
    const early = await api().post(`${base}/${d.id}/end`, { endedOn: "2022-09-09" });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].pointer).toBe("/endedOn");
  });

  it("type other needs its own name (others as data)", async () => {
    const { base } = await setup();
    const missing = await api().post(base, { type: "other", level: "city", awardedOn: "2024-01-01" });
    expect(missing.status).toBe(422);
    expect(missing.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/typeName"]);
    const blank = await api().post(base, { type: "other", typeName: "  ", level: "city", awardedOn: "2024-01-01" });
    expect(blank.status).toBe(422);
    const named = await api().post(base, { type: "other", typeName: "智慧教育名师", level: "city", awardedOn: "2024-01-01" });
    expect(named.status).toBe(201);
    expect(designationSchema.parse(named.body)).toMatchObject({ type: "other", typeName: "智慧教育名师" });
    const d = await backbone(base);
    const toOther = await api().patch(`${base}/${d.id}`, { type: "other" });
    expect(toOther.status).toBe(422);
    expect(toOther.body.errors[0].pointer).toBe("/typeName");
    const badLevel = await api().post(base, { type: "backbone", level: "galactic", awardedOn: "2024-01-01" });
    expect(badLevel.status).toBe(422);
    expect(badLevel.body.errors.map((e: { pointer: string }) => e.pointer)).toContain("/level");
  });

  it("404s an unknown teacher and another teacher's designation", async () => {
    const { school, base } = await setup();
    const d = await backbone(base);
    const other = await makeTeacher(api(), { schoolId: school.id });
    const theirs = `/v1/teachers/${other.id}/designations/${d.id}`;
    expect((await api().get(`/v1/teachers/${UNKNOWN}/designations`)).status).toBe(404);
    expect((await api().get(`${base}/${UNKNOWN}`)).status).toBe(404);
    expect((await api().get(theirs)).status).toBe(404);
    expect((await api().patch(theirs, { status: "revoked", validUntil: "2024-01-01" })).status).toBe(404);
    expect((await api().post(`${theirs}/end`, { endedOn: "2024-01-01" })).status).toBe(404);
    expect(designationSchema.parse((await api().get(`${base}/${d.id}`)).body).version).toBe(1);
  });
});
