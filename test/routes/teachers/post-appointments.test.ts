import { describe, expect, it } from "vitest";
import { postAppointmentSchema } from "../../../src/contract/teachers/post-appointments.ts";
import { titleSchema } from "../../../src/contract/teachers/titles.ts";
import { useTestApp } from "../../support/app.ts";
import { pointersOf, recordHelpers, UNKNOWN_ID } from "../../support/teacher-records.ts";
import { makeTeacher } from "../../support/factories.ts";

const ctx = useTestApp();
const { api, setup, listed, idsOn } = recordHelpers(ctx, "post-appointments", postAppointmentSchema, { hireDate: "2010-09-01" });
const UNKNOWN = UNKNOWN_ID;
const pointers = pointersOf;

describe("post appointments (岗位聘用)", () => {
  it("creates an appointment, with the grade optional", async () => {
    const { t, base } = await setup();
    const res = await api().post(base, { postLevel: "first_grade", grade: 8, appointedOn: "2017-01-01" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const appt = postAppointmentSchema.parse(res.body);
    expect(appt).toEqual({
      id: appt.id,
      teacherId: t.id,
      postLevel: "first_grade",
      grade: 8,
      appointedOn: "2017-01-01",
      validTo: null,
      endReason: null,
      version: 1,
    });
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.headers.get("location")).toBe(`${base}/${appt.id}`);
    expect(postAppointmentSchema.parse((await api().get(`${base}/${appt.id}`)).body)).toEqual(appt);

    const { base: otherBase } = await setup();
    const bare = await api().post(otherBase, { postLevel: "second_grade", appointedOn: "2012-01-01" });
    expect(postAppointmentSchema.parse(bare.body)).toMatchObject({ grade: null, validTo: null });
  });

  it("is recorded apart from the title held: a post above the title (低职高聘) leaves the title alone", async () => {
    const { t, base } = await setup();
    const title = titleSchema.parse(
      (await api().post(`/v1/teachers/${t.id}/titles`, { level: "first_grade", obtainedOn: "2016-12-20" })).body,
    );
    const above = await api().post(base, { postLevel: "senior", grade: 7, appointedOn: "2020-01-01" });
    expect(above.status, JSON.stringify(above.body)).toBe(201);
    expect(postAppointmentSchema.parse(above.body)).toMatchObject({ postLevel: "senior", grade: 7 });
    expect(titleSchema.parse((await api().get(`/v1/teachers/${t.id}/titles/${title.id}`)).body)).toEqual(title);
    const summary = (await api().get(`/v1/teachers/${t.id}?asOf=2021-01-01`)).body;
    expect(summary.title).toBe("first_grade");
  });

  it("a new appointment ends the open one the day before; as-of reads at each boundary", async () => {
    const { base } = await setup();
    const first = postAppointmentSchema.parse(
      (await api().post(base, { postLevel: "first_grade", grade: 10, appointedOn: "2017-01-01" })).body,
    );
    const second = postAppointmentSchema.parse(
      (await api().post(base, { postLevel: "first_grade", grade: 9, appointedOn: "2020-01-01" })).body,
    );
    const third = postAppointmentSchema.parse((await api().post(base, { postLevel: "senior", grade: 7, appointedOn: "2023-01-01" })).body);
    expect((await listed(base)).map((x) => [x.grade, x.appointedOn, x.validTo, x.endReason, x.version])).toEqual([
      [10, "2017-01-01", "2019-12-31", "superseded", 2],
      [9, "2020-01-01", "2022-12-31", "superseded", 2],
      [7, "2023-01-01", null, null, 1],
    ]);
    expect(await idsOn(base, "2016-12-31")).toEqual([]);
    expect(await idsOn(base, "2017-01-01")).toEqual([first.id]);
    expect(await idsOn(base, "2019-12-31")).toEqual([first.id]);
    expect(await idsOn(base, "2020-01-01")).toEqual([second.id]);
    expect(await idsOn(base, "2022-12-31")).toEqual([second.id]);
    expect(await idsOn(base, "2023-01-01")).toEqual([third.id]);
  });

  it("refuses overlaps it cannot resolve, pointing at appointedOn", async () => {
    const { base } = await setup();
    const open = postAppointmentSchema.parse((await api().post(base, { postLevel: "first_grade", appointedOn: "2017-01-01" })).body);
    const earlier = await api().post(base, { postLevel: "second_grade", appointedOn: "2015-01-01", validTo: "2017-06-30" });
    expect(earlier.status).toBe(409);
    expect(earlier.body.type).toBe("/problems/conflict");
    expect(earlier.body.detail).toContain(open.id);
    expect(pointers(earlier)).toEqual(["/appointedOn"]);
    const before = postAppointmentSchema.parse(
      (await api().post(base, { postLevel: "second_grade", appointedOn: "2015-01-01", validTo: "2016-12-31" })).body,
    );
    expect(postAppointmentSchema.parse((await api().get(`${base}/${open.id}`)).body)).toEqual(open);
    const moved = await api().patch(`${base}/${before.id}`, { validTo: "2017-01-01" });
    expect(moved.status).toBe(409);
    expect(moved.body.detail).toContain(open.id);
  });

  it("corrects an appointment in place, keeping its id, guarded by If-Match", async () => {
    const { base } = await setup();
    const appt = postAppointmentSchema.parse((await api().post(base, { postLevel: "senior", grade: 7, appointedOn: "2020-01-01" })).body);
    const fixed = await api().patch(`${base}/${appt.id}`, { grade: 6, appointedOn: "2019-12-01" }, { "if-match": '"1"' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.headers.get("etag")).toBe('"2"');
    expect(postAppointmentSchema.parse(fixed.body)).toEqual({ ...appt, grade: 6, appointedOn: "2019-12-01", version: 2 });
    const stale = await api().patch(`${base}/${appt.id}`, { grade: 5 }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe("/problems/precondition_failed");
    const cleared = await api().patch(`${base}/${appt.id}`, { grade: null }, { "if-match": '"2"' });
    expect(postAppointmentSchema.parse(cleared.body)).toMatchObject({ id: appt.id, grade: null, version: 3 });
    expect(await listed(base)).toHaveLength(1);
    const empty = await api().patch(`${base}/${appt.id}`, {});
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].detail).toBe("Send at least one field to change");
  });

  it("ends an appointment (不称职不聘); as-of reads around the last day", async () => {
    const { base } = await setup();
    const appt = postAppointmentSchema.parse((await api().post(base, { postLevel: "first_grade", appointedOn: "2017-01-01" })).body);
    const early = await api().post(`${base}/${appt.id}/end`, { endedOn: "2016-12-31" });
    expect(early.status).toBe(422);
    expect(pointers(early)).toEqual(["/endedOn"]);
    const ended = await api().post(`${base}/${appt.id}/end`, { endedOn: "2021-08-31", reason: "不称职不聘" }, { "if-match": '"1"' });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(postAppointmentSchema.parse(ended.body)).toEqual({ ...appt, validTo: "2021-08-31", endReason: "不称职不聘", version: 2 });
    expect((await api().post(`${base}/${appt.id}/end`, { endedOn: "2021-07-31" }, { "if-match": '"1"' })).status).toBe(412);
    expect(await idsOn(base, "2021-08-31")).toEqual([appt.id]);
    expect(await idsOn(base, "2021-09-01")).toEqual([]);
  });

  it("validates input with JSON pointers", async () => {
    const { base } = await setup();
    const bad = await api().post(base, { postLevel: "chief", grade: 14, appointedOn: "2020-02-30" });
    expect(bad.status).toBe(422);
    expect(bad.body.type).toBe("/problems/validation_failed");
    expect(pointers(bad)).toEqual(["/appointedOn", "/grade", "/postLevel"]);
    expect(pointers(await api().post(base, { postLevel: "senior", grade: 0, appointedOn: "2020-01-01" }))).toEqual(["/grade"]);
    expect(pointers(await api().post(base, { postLevel: "senior", grade: 6.5, appointedOn: "2020-01-01" }))).toEqual(["/grade"]);
    expect(pointers(await api().post(base, { grade: 6 }))).toEqual(["/appointedOn", "/postLevel"]);
    const appt = postAppointmentSchema.parse((await api().post(base, { postLevel: "senior", grade: 13, appointedOn: "2020-01-01" })).body);
    expect(pointers(await api().patch(`${base}/${appt.id}`, { grade: 14 }))).toEqual(["/grade"]);
  });

  it("answers 404 for an unknown teacher and for another teacher's appointment", async () => {
    const { school, base } = await setup();
    const appt = postAppointmentSchema.parse((await api().post(base, { postLevel: "senior", appointedOn: "2020-01-01" })).body);
    const unknown = `/v1/teachers/${UNKNOWN}/post-appointments`;
    expect((await api().get(unknown)).status).toBe(404);
    expect((await api().post(unknown, { postLevel: "senior", appointedOn: "2020-01-01" })).status).toBe(404);
    expect((await api().get(`${base}/${UNKNOWN}`)).status).toBe(404);
    const other = await makeTeacher(api(), { schoolId: school.id });
    const theirs = `/v1/teachers/${other.id}/post-appointments/${appt.id}`;
    expect((await api().get(theirs)).status).toBe(404);
    expect((await api().patch(theirs, { grade: 5 })).status).toBe(404);
    expect((await api().post(`${theirs}/end`, { endedOn: "2021-01-01" })).status).toBe(404);
    expect(postAppointmentSchema.parse((await api().get(`${base}/${appt.id}`)).body)).toEqual(appt);
  });
});
