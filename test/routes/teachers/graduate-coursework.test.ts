import { describe, expect, it } from "vitest";
import { courseworkSchema } from "../../../src/contract/teachers/graduate-coursework.ts";
import { useTestApp } from "../../support/app.ts";
import { pointersOf, recordHelpers, UNKNOWN_ID } from "../../support/teacher-records.ts";
import { makeTeacher } from "../../support/factories.ts";

const ctx = useTestApp();
const { api, setup, listed, idsOn } = recordHelpers(ctx, "graduate-coursework", courseworkSchema, {
  hireDate: "2008-09-01",
  school: { stages: ["senior_secondary"] },
});
const UNKNOWN = UNKNOWN_ID;
const pointers = pointersOf;

describe("graduate coursework (研究生课程进修)", () => {
  it("creates a record with credits as a number with one decimal place", async () => {
    const { t, base } = await setup();
    const res = await api().post(base, {
      institution: "东北师范大学",
      program: "教育硕士课程班",
      credits: 32.5,
      completedOn: "2018-07-10",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const cw = courseworkSchema.parse(res.body);
    expect(cw).toEqual({
      id: cw.id,
      teacherId: t.id,
      institution: "东北师范大学",
      program: "教育硕士课程班",
      credits: 32.5,
      completedOn: "2018-07-10",
      validTo: null,
      endReason: null,
      version: 1,
    });
    expect(typeof cw.credits).toBe("number");
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.headers.get("location")).toBe(`${base}/${cw.id}`);
    expect(courseworkSchema.parse((await api().get(`${base}/${cw.id}`)).body)).toEqual(cw);
    const whole = await api().post(base, { institution: "北师大", program: "课程班", credits: 30, completedOn: "2019-07-10" });
    expect(courseworkSchema.parse(whole.body).credits).toBe(30);
    const none = await api().post(base, { institution: "北师大", program: "课程班", completedOn: "2020-07-10" });
    expect(courseworkSchema.parse(none.body).credits).toBeNull();
    // Several records coexist.
    expect((await listed(base)).map((x) => x.credits)).toEqual([32.5, 30, null]);
  });

  it("counts from the completion date; as-of reads before, on and after, and after an end", async () => {
    const { base } = await setup();
    const cw = courseworkSchema.parse(
      (await api().post(base, { institution: "东北师大", program: "课程班", completedOn: "2018-07-10" })).body,
    );
    expect(await idsOn(base, "2018-07-09")).toEqual([]);
    expect(await idsOn(base, "2018-07-10")).toEqual([cw.id]);
    expect(await idsOn(base, "2030-01-01")).toEqual([cw.id]);
    const early = await api().post(`${base}/${cw.id}/end`, { endedOn: "2018-07-09" });
    expect(early.status).toBe(422);
    expect(pointers(early)).toEqual(["/endedOn"]);
    const ended = await api().post(`${base}/${cw.id}/end`, { endedOn: "2022-12-31", reason: "录入错误" }, { "if-match": '"1"' });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.headers.get("etag")).toBe('"2"');
    expect(courseworkSchema.parse(ended.body)).toEqual({ ...cw, validTo: "2022-12-31", endReason: "录入错误", version: 2 });
    expect((await api().post(`${base}/${cw.id}/end`, { endedOn: "2022-12-30" }, { "if-match": '"1"' })).status).toBe(412);
    expect(await idsOn(base, "2022-12-31")).toEqual([cw.id]);
    expect(await idsOn(base, "2023-01-01")).toEqual([]);
  });

  it("corrects a record in place, keeping its id, guarded by If-Match", async () => {
    const { base } = await setup();
    const cw = courseworkSchema.parse(
      (await api().post(base, { institution: "东北师大", program: "课程班", credits: 30, completedOn: "2018-07-10" })).body,
    );
    const fixed = await api().patch(`${base}/${cw.id}`, { credits: 31.5, program: "教育硕士课程班" }, { "if-match": '"1"' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.headers.get("etag")).toBe('"2"');
    expect(courseworkSchema.parse(fixed.body)).toEqual({ ...cw, credits: 31.5, program: "教育硕士课程班", version: 2 });
    const stale = await api().patch(`${base}/${cw.id}`, { credits: 1 }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe("/problems/precondition_failed");
    // Only what was sent changes; credits can be cleared.
    const dated = await api().patch(`${base}/${cw.id}`, { completedOn: "2018-07-01" }, { "if-match": '"2"' });
    expect(courseworkSchema.parse(dated.body)).toMatchObject({ credits: 31.5, completedOn: "2018-07-01", version: 3 });
    const cleared = await api().patch(`${base}/${cw.id}`, { credits: null });
    expect(courseworkSchema.parse(cleared.body)).toMatchObject({ id: cw.id, credits: null, version: 4 });
    expect(await listed(base)).toHaveLength(1);
    const empty = await api().patch(`${base}/${cw.id}`, {});
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].detail).toBe("Send at least one field to change");
  });

  it("validates input with JSON pointers", async () => {
    const { base } = await setup();
    const bad = await api().post(base, { institution: "", program: 7, credits: 1.25, completedOn: "2018-7-10" });
    expect(bad.status).toBe(422);
    expect(bad.body.type).toBe("/problems/validation_failed");
    expect(pointers(bad)).toEqual(["/completedOn", "/credits", "/institution", "/program"]);
    expect(pointers(await api().post(base, { institution: "x", program: "y", credits: -1, completedOn: "2018-07-10" }))).toEqual([
      "/credits",
    ]);
    expect(pointers(await api().post(base, { institution: "x", program: "y", credits: "30", completedOn: "2018-07-10" }))).toEqual([
      "/credits",
    ]);
    expect(pointers(await api().post(base, {}))).toEqual(["/completedOn", "/institution", "/program"]);
    const cw = courseworkSchema.parse(
      (await api().post(base, { institution: "x", program: "y", credits: 0.1, completedOn: "2018-07-10" })).body,
    );
    expect(cw.credits).toBe(0.1);
    expect(pointers(await api().patch(`${base}/${cw.id}`, { credits: 2.55 }))).toEqual(["/credits"]);
  });

  it("answers 404 for an unknown teacher and for another teacher's record", async () => {
    const { school, base } = await setup();
    const cw = courseworkSchema.parse((await api().post(base, { institution: "x", program: "y", completedOn: "2018-07-10" })).body);
    const unknown = `/v1/teachers/${UNKNOWN}/graduate-coursework`;
    expect((await api().get(unknown)).status).toBe(404);
    expect((await api().post(unknown, { institution: "x", program: "y", completedOn: "2018-07-10" })).status).toBe(404);
    expect((await api().get(`${base}/${UNKNOWN}`)).status).toBe(404);
    const other = await makeTeacher(api(), { schoolId: school.id });
    const theirs = `/v1/teachers/${other.id}/graduate-coursework/${cw.id}`;
    expect((await api().get(theirs)).status).toBe(404);
    expect((await api().patch(theirs, { credits: 3 })).status).toBe(404);
    expect((await api().post(`${theirs}/end`, { endedOn: "2020-01-01" })).status).toBe(404);
    expect(courseworkSchema.parse((await api().get(`${base}/${cw.id}`)).body)).toEqual(cw);
  });
});
