import { describe, expect, it } from "vitest";
import { subjectSchema } from "../../../src/contract/teachers/subjects.ts";
import { useTestApp } from "../../support/app.ts";
import { pointersOf, recordHelpers, UNKNOWN_ID } from "../../support/teacher-records.ts";
import { makeTeacher } from "../../support/factories.ts";

const ctx = useTestApp();
const { api, setup, listed, idsOn } = recordHelpers(ctx, "subjects", subjectSchema, { hireDate: "2010-09-01" });
const UNKNOWN = UNKNOWN_ID;
const pointers = pointersOf;
const create = async (base: string, body: Record<string, unknown>) => {
  const res = await api().post(base, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return subjectSchema.parse(res.body);
};

describe("subjects taught", () => {
  it("creates a subject with its defaults and its target flags", async () => {
    const { t, base } = await setup();
    const res = await api().post(base, { subject: "physical_education", stage: "primary", validFrom: "2015-09-01" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const pe = subjectSchema.parse(res.body);
    expect(pe).toEqual({
      id: pe.id,
      teacherId: t.id,
      subject: "physical_education",
      stage: "primary",
      isMain: true,
      validFrom: "2015-09-01",
      validTo: null,
      flags: ["physical_education"],
      endReason: null,
      version: 1,
    });
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.headers.get("location")).toBe(`${base}/${pe.id}`);
    expect(subjectSchema.parse((await api().get(`${base}/${pe.id}`)).body)).toEqual(pe);
    const math = await create(base, { subject: "mathematics", isMain: false, validFrom: "2015-09-01" });
    expect(math).toMatchObject({ stage: null, isMain: false, flags: [] });
    expect((await create(base, { subject: "ideological_political", stage: "junior_secondary", validFrom: "2016-09-01" })).flags).toEqual([
      "ideological_political",
    ]);
    expect((await create(base, { subject: "psychology", validFrom: "2016-09-01" })).flags).toEqual(["psychology"]);
  });

  it("the same subject and stage: a later start ends the open period the day before; as-of reads at each boundary", async () => {
    const { base } = await setup();
    const first = await create(base, { subject: "music", stage: "primary", validFrom: "2012-09-01" });
    const second = await create(base, { subject: "music", stage: "primary", isMain: false, validFrom: "2016-09-01" });
    expect((await listed(base)).map((x) => [x.id, x.validTo, x.endReason])).toEqual([
      [first.id, "2016-08-31", "superseded"],
      [second.id, null, null],
    ]);
    expect(await idsOn(base, "2012-08-31")).toEqual([]);
    expect(await idsOn(base, "2012-09-01")).toEqual([first.id]);
    expect(await idsOn(base, "2016-08-31")).toEqual([first.id]);
    expect(await idsOn(base, "2016-09-01")).toEqual([second.id]);
  });

  it("refuses the same subject and stage overlapping itself, pointing at validFrom", async () => {
    const { base } = await setup();
    const pe = await create(base, { subject: "physical_education", stage: "primary", validFrom: "2015-09-01" });
    const clash = await api().post(base, {
      subject: "physical_education",
      stage: "primary",
      validFrom: "2014-01-01",
      validTo: "2016-01-01",
    });
    expect(clash.status).toBe(409);
    expect(clash.body.type).toBe("/problems/conflict");
    expect(clash.body.detail).toContain(pe.id);
    expect(pointers(clash)).toEqual(["/validFrom"]);
    // Another stage, or another subject, is a different kind and may overlap.
    const junior = await create(base, { subject: "physical_education", stage: "junior_secondary", validFrom: "2014-01-01" });
    await create(base, { subject: "art", stage: "primary", validFrom: "2014-01-01" });
    expect((await idsOn(base, "2015-09-01")).length).toBe(3);
    // A correction that turns one period into the same kind as an overlapping one is refused.
    const moved = await api().patch(`${base}/${junior.id}`, { stage: "primary" });
    expect(moved.status).toBe(409);
    expect(moved.body.detail).toContain(pe.id);
    expect(subjectSchema.parse((await api().get(`${base}/${pe.id}`)).body)).toEqual(pe);
  });

  it("treats a missing stage as its own kind: it conflicts with itself, not with a stated stage", async () => {
    const { base } = await setup();
    const any = await create(base, { subject: "music", validFrom: "2012-09-01" });
    // Omitting the stage and sending null mean the same thing.
    const clash = await api().post(base, { subject: "music", stage: null, validFrom: "2011-09-01", validTo: "2013-01-01" });
    expect(clash.status).toBe(409);
    expect(clash.body.detail).toContain(any.id);
    expect((await api().post(base, { subject: "music", validFrom: "2011-09-01", validTo: "2013-01-01" })).status).toBe(409);
    const later = await create(base, { subject: "music", validFrom: "2018-09-01" });
    expect(subjectSchema.parse((await api().get(`${base}/${any.id}`)).body)).toMatchObject({
      validTo: "2018-08-31",
      endReason: "superseded",
    });
    const staged = await create(base, { subject: "music", stage: "primary", validFrom: "2012-09-01" });
    expect(await idsOn(base, "2018-09-01")).toEqual(expect.arrayContaining([later.id, staged.id]));
  });

  it("corrects a subject in place, keeping its id, guarded by If-Match", async () => {
    const { base } = await setup();
    const s = await create(base, { subject: "english", stage: "primary", validFrom: "2015-09-01" });
    const fixed = await api().patch(`${base}/${s.id}`, { subject: "art", isMain: false }, { "if-match": '"1"' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.headers.get("etag")).toBe('"2"');
    expect(subjectSchema.parse(fixed.body)).toEqual({ ...s, subject: "art", isMain: false, flags: ["art"], version: 2 });
    const stale = await api().patch(`${base}/${s.id}`, { stage: null }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe("/problems/precondition_failed");
    const unstaged = await api().patch(`${base}/${s.id}`, { stage: null, validFrom: "2015-08-25" }, { "if-match": '"2"' });
    expect(subjectSchema.parse(unstaged.body)).toMatchObject({ id: s.id, stage: null, validFrom: "2015-08-25", version: 3 });
    expect(await listed(base)).toHaveLength(1);
    const empty = await api().patch(`${base}/${s.id}`, {});
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].detail).toBe("Send at least one field to change");
    const inverted = await api().patch(`${base}/${s.id}`, { validTo: "2015-01-01" });
    expect(inverted.status).toBe(422);
    expect(pointers(inverted)).toEqual(["/validTo"]);
  });

  it("ends a subject; as-of reads around the last day, and the teacher summary follows", async () => {
    const { t, base } = await setup();
    const pe = await create(base, { subject: "physical_education", stage: "primary", validFrom: "2015-09-01" });
    const math = await create(base, { subject: "mathematics", stage: "primary", validFrom: "2015-09-01" });
    const early = await api().post(`${base}/${math.id}/end`, { endedOn: "2015-08-31" });
    expect(early.status).toBe(422);
    expect(pointers(early)).toEqual(["/endedOn"]);
    const ended = await api().post(`${base}/${math.id}/end`, { endedOn: "2020-07-31", reason: "转岗" }, { "if-match": '"1"' });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(subjectSchema.parse(ended.body)).toEqual({ ...math, validTo: "2020-07-31", endReason: "转岗", version: 2 });
    expect((await api().post(`${base}/${math.id}/end`, { endedOn: "2020-06-30" }, { "if-match": '"1"' })).status).toBe(412);
    expect(await idsOn(base, "2015-08-31")).toEqual([]);
    expect(await idsOn(base, "2015-09-01")).toEqual([pe.id, math.id].sort());
    expect(await idsOn(base, "2020-07-31")).toEqual([pe.id, math.id].sort());
    expect(await idsOn(base, "2020-08-01")).toEqual([pe.id]);
    const summary = (await api().get(`/v1/teachers/${t.id}?asOf=2020-08-01`)).body;
    expect(summary.subjects).toEqual(["physical_education"]);
    expect(summary.subjectFlags).toEqual(["physical_education"]);
  });

  it("validates input with JSON pointers", async () => {
    const { base } = await setup();
    const bad = await api().post(base, { subject: "latin", stage: "college", isMain: "yes", validFrom: "2015-09-31" });
    expect(bad.status).toBe(422);
    expect(bad.body.type).toBe("/problems/validation_failed");
    expect(pointers(bad)).toEqual(["/isMain", "/stage", "/subject", "/validFrom"]);
    expect(pointers(await api().post(base, {}))).toEqual(["/subject", "/validFrom"]);
    const inverted = await api().post(base, { subject: "chinese", validFrom: "2015-09-01", validTo: "2015-08-31" });
    expect(inverted.status).toBe(422);
    const s = await create(base, { subject: "chinese", validFrom: "2015-09-01" });
    expect(pointers(await api().patch(`${base}/${s.id}`, { subject: "latin" }))).toEqual(["/subject"]);
  });

  it("answers 404 for an unknown teacher and for another teacher's record", async () => {
    const { school, base } = await setup();
    const s = await create(base, { subject: "chinese", validFrom: "2015-09-01" });
    const unknown = `/v1/teachers/${UNKNOWN}/subjects`;
    expect((await api().get(unknown)).status).toBe(404);
    expect((await api().post(unknown, { subject: "chinese", validFrom: "2015-09-01" })).status).toBe(404);
    expect((await api().get(`${base}/${UNKNOWN}`)).status).toBe(404);
    const other = await makeTeacher(api(), { schoolId: school.id });
    const theirs = `/v1/teachers/${other.id}/subjects/${s.id}`;
    expect((await api().get(theirs)).status).toBe(404);
    expect((await api().patch(theirs, { isMain: false })).status).toBe(404);
    expect((await api().post(`${theirs}/end`, { endedOn: "2020-01-01" })).status).toBe(404);
    expect(subjectSchema.parse((await api().get(`${base}/${s.id}`)).body)).toEqual(s);
  });
});
