import { describe, expect, it } from "vitest";
import { educationSchema } from "../../../src/contract/teachers/education.ts";
import { useTestApp } from "../../support/app.ts";
import { pointersOf, recordHelpers, UNKNOWN_ID } from "../../support/teacher-records.ts";
import { makeTeacher } from "../../support/factories.ts";

const ctx = useTestApp();
const { api, setup, listed, idsOn } = recordHelpers(ctx, "education", educationSchema, { hireDate: "2008-09-01" });
const UNKNOWN = UNKNOWN_ID;
const pointers = pointersOf;

describe("education (学历)", () => {
  it("creates a qualification with its defaults", async () => {
    const { t, base } = await setup();
    const res = await api().post(base, { level: "bachelor", institution: " 辽宁师范大学 ", completedOn: "2008-07-01" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const edu = educationSchema.parse(res.body);
    expect(edu).toEqual({
      id: edu.id,
      teacherId: t.id,
      level: "bachelor",
      institution: "辽宁师范大学",
      major: null,
      mode: "full_time",
      degreeAwarded: true,
      completedOn: "2008-07-01",
      validTo: null,
      endReason: null,
      version: 1,
    });
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.headers.get("location")).toBe(`${base}/${edu.id}`);
    expect(educationSchema.parse((await api().get(`${base}/${edu.id}`)).body)).toEqual(edu);
    const inService = await api().post(base, {
      level: "master",
      institution: "东北师范大学",
      major: "课程与教学论",
      mode: "in_service",
      degreeAwarded: false,
      completedOn: "2015-06-30",
    });
    expect(educationSchema.parse(inService.body)).toMatchObject({ mode: "in_service", degreeAwarded: false, major: "课程与教学论" });
  });

  it("lets several qualifications coexist; each counts from its completion date", async () => {
    const { base } = await setup();
    const assoc = educationSchema.parse(
      (await api().post(base, { level: "associate", institution: "师专", completedOn: "2006-07-01" })).body,
    );
    const bach = educationSchema.parse(
      (await api().post(base, { level: "bachelor", institution: "师大", mode: "in_service", completedOn: "2012-06-30" })).body,
    );
    // Even an earlier start does not end or conflict with anything.
    const second = await api().post(base, { level: "associate", institution: "电大", completedOn: "2005-01-15" });
    expect(second.status).toBe(201);
    expect((await listed(base)).map((x) => [x.institution, x.validTo])).toEqual([
      ["电大", null],
      ["师专", null],
      ["师大", null],
    ]);
    expect(educationSchema.parse((await api().get(`${base}/${assoc.id}`)).body)).toEqual(assoc);
    expect(await idsOn(base, "2005-01-14")).toEqual([]);
    expect(await idsOn(base, "2006-06-30")).toEqual([second.body.id]);
    expect(await idsOn(base, "2006-07-01")).toEqual([second.body.id, assoc.id]);
    expect(await idsOn(base, "2012-06-29")).toEqual([second.body.id, assoc.id]);
    expect(await idsOn(base, "2012-06-30")).toEqual([second.body.id, assoc.id, bach.id]);
  });

  it("corrects a qualification in place, keeping its id, guarded by If-Match", async () => {
    const { base } = await setup();
    const edu = educationSchema.parse((await api().post(base, { level: "bachelor", institution: "师大", completedOn: "2008-07-01" })).body);
    const fixed = await api().patch(`${base}/${edu.id}`, { major: "数学与应用数学", completedOn: "2008-06-30" }, { "if-match": '"1"' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.headers.get("etag")).toBe('"2"');
    expect(educationSchema.parse(fixed.body)).toEqual({ ...edu, major: "数学与应用数学", completedOn: "2008-06-30", version: 2 });
    const stale = await api().patch(`${base}/${edu.id}`, { level: "master" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe("/problems/precondition_failed");
    const again = await api().patch(`${base}/${edu.id}`, { degreeAwarded: false, major: null }, { "if-match": '"2"' });
    expect(educationSchema.parse(again.body)).toMatchObject({ id: edu.id, degreeAwarded: false, major: null, version: 3 });
    expect(await listed(base)).toHaveLength(1);
    const empty = await api().patch(`${base}/${edu.id}`, {});
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].detail).toBe("Send at least one field to change");
    const inverted = await api().patch(`${base}/${edu.id}`, { completedOn: "2030-01-01", validTo: "2029-12-31" });
    expect(inverted.status).toBe(422);
  });

  it("ends (withdraws) a qualification; as-of reads around the last day", async () => {
    const { base } = await setup();
    const edu = educationSchema.parse((await api().post(base, { level: "bachelor", institution: "师大", completedOn: "2008-07-01" })).body);
    const early = await api().post(`${base}/${edu.id}/end`, { endedOn: "2008-06-30" });
    expect(early.status).toBe(422);
    expect(pointers(early)).toEqual(["/endedOn"]);
    const ended = await api().post(`${base}/${edu.id}/end`, { endedOn: "2019-03-31", reason: "学历被撤销" }, { "if-match": '"1"' });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(educationSchema.parse(ended.body)).toEqual({ ...edu, validTo: "2019-03-31", endReason: "学历被撤销", version: 2 });
    expect((await api().post(`${base}/${edu.id}/end`, { endedOn: "2019-03-30" }, { "if-match": '"1"' })).status).toBe(412);
    expect(await idsOn(base, "2008-06-30")).toEqual([]);
    expect(await idsOn(base, "2008-07-01")).toEqual([edu.id]);
    expect(await idsOn(base, "2019-03-31")).toEqual([edu.id]);
    expect(await idsOn(base, "2019-04-01")).toEqual([]);
  });

  it("validates input with JSON pointers", async () => {
    const { base } = await setup();
    const bad = await api().post(base, {
      level: "phd",
      institution: "  ",
      mode: "evening",
      degreeAwarded: "yes",
      completedOn: "2008/07/01",
    });
    expect(bad.status).toBe(422);
    expect(bad.body.type).toBe("/problems/validation_failed");
    expect(pointers(bad)).toEqual(["/completedOn", "/degreeAwarded", "/institution", "/level", "/mode"]);
    expect(pointers(await api().post(base, {}))).toEqual(["/completedOn", "/institution", "/level"]);
    const edu = educationSchema.parse(
      (await api().post(base, { level: "doctorate", institution: "北师大", completedOn: "2020-06-30" })).body,
    );
    expect(pointers(await api().patch(`${base}/${edu.id}`, { level: "phd", institution: "" }))).toEqual(["/institution", "/level"]);
  });

  it("answers 404 for an unknown teacher and for another teacher's record", async () => {
    const { school, base } = await setup();
    const edu = educationSchema.parse((await api().post(base, { level: "bachelor", institution: "师大", completedOn: "2008-07-01" })).body);
    const unknown = `/v1/teachers/${UNKNOWN}/education`;
    expect((await api().get(unknown)).status).toBe(404);
    expect((await api().post(unknown, { level: "bachelor", institution: "师大", completedOn: "2008-07-01" })).status).toBe(404);
    expect((await api().get(`${base}/${UNKNOWN}`)).status).toBe(404);
    const other = await makeTeacher(api(), { schoolId: school.id });
    const theirs = `/v1/teachers/${other.id}/education/${edu.id}`;
    expect((await api().get(theirs)).status).toBe(404);
    expect((await api().patch(theirs, { major: "x" })).status).toBe(404);
    expect((await api().post(`${theirs}/end`, { endedOn: "2020-01-01" })).status).toBe(404);
    expect(educationSchema.parse((await api().get(`${base}/${edu.id}`)).body)).toEqual(edu);
  });
});
