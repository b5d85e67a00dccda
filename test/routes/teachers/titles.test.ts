import { describe, expect, it } from "vitest";
import { titleSchema } from "../../../src/contract/teachers/titles.ts";
import { useTestApp } from "../../support/app.ts";
import { pointersOf, recordHelpers, UNKNOWN_ID } from "../../support/teacher-records.ts";
import { makeTeacher } from "../../support/factories.ts";

const ctx = useTestApp();
const { api, setup, listed, idsOn } = recordHelpers(ctx, "titles", titleSchema, { hireDate: "2010-09-01" });
const UNKNOWN = UNKNOWN_ID;
const pointers = pointersOf;

describe("titles (职称 held)", () => {
  it("creates a title with its defaults and derived group, readable by id with an ETag", async () => {
    const { t, base } = await setup();
    const res = await api().post(base, { level: "second_grade", obtainedOn: "2011-09-01" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const title = titleSchema.parse(res.body);
    expect(title).toEqual({
      id: title.id,
      teacherId: t.id,
      level: "second_grade",
      obtainedOn: "2011-09-01",
      obtainedBy: "appraisal",
      series: null,
      certificateNumber: null,
      validTo: null,
      group: "junior",
      endReason: null,
      version: 1,
    });
    expect(res.headers.get("etag")).toBe('"1"');
    expect(res.headers.get("location")).toBe(`${base}/${title.id}`);
    const got = await api().get(`${base}/${title.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get("etag")).toBe('"1"');
    expect(titleSchema.parse(got.body)).toEqual(title);

    const full = await api().post(base, {
      level: "first_grade",
      obtainedOn: "2016-12-20",
      obtainedBy: "transfer_in",
      series: " 中小学教师 ",
      certificateNumber: "辽职1234",
    });
    expect(titleSchema.parse(full.body)).toMatchObject({
      obtainedBy: "transfer_in",
      series: "中小学教师",
      certificateNumber: "辽职1234",
      group: "intermediate",
    });
  });

  it("a new title ends the one held the day before; as-of reads at each boundary", async () => {
    const { base } = await setup();
    const chain = [
      ["third_grade", "2010-09-01", "junior"],
      ["second_grade", "2011-09-01", "junior"],
      ["first_grade", "2016-12-20", "intermediate"],
      ["senior", "2021-12-01", "senior"],
      ["senior_professional", "2024-12-01", "senior"],
    ] as const;
    const made = [];
    for (const [level, obtainedOn, group] of chain) {
      const res = await api().post(base, { level, obtainedOn });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      made.push(titleSchema.parse(res.body));
      expect(made.at(-1)!.group).toBe(group);
    }
    const history = await listed(base);
    expect(history.map((x) => [x.level, x.obtainedOn, x.validTo, x.endReason])).toEqual([
      ["third_grade", "2010-09-01", "2011-08-31", "superseded"],
      ["second_grade", "2011-09-01", "2016-12-19", "superseded"],
      ["first_grade", "2016-12-20", "2021-11-30", "superseded"],
      ["senior", "2021-12-01", "2024-11-30", "superseded"],
      ["senior_professional", "2024-12-01", null, null],
    ]);
    // The superseded title's version moved with the automatic end.
    expect(history[0]!.version).toBe(2);
    expect((await api().patch(`${base}/${history[0]!.id}`, { series: "中小学教师" }, { "if-match": '"1"' })).status).toBe(412);
    const [, second, first] = made;
    expect(await idsOn(base, "2010-08-31")).toEqual([]);
    expect(await idsOn(base, "2011-08-31")).toEqual([made[0]!.id]);
    expect(await idsOn(base, "2011-09-01")).toEqual([second!.id]);
    expect(await idsOn(base, "2016-12-19")).toEqual([second!.id]);
    expect(await idsOn(base, "2016-12-20")).toEqual([first!.id]);
    expect(await idsOn(base, "2099-01-01")).toEqual([made[4]!.id]);
  });

  it("refuses overlaps it cannot resolve, and a failed attempt changes nothing", async () => {
    const { base } = await setup();
    const held = titleSchema.parse((await api().post(base, { level: "second_grade", obtainedOn: "2012-01-01" })).body);
    // Starting before the open title: it cannot be ended the day before, so 409.
    const earlier = await api().post(base, { level: "third_grade", obtainedOn: "2011-01-01" });
    expect(earlier.status).toBe(409);
    expect(earlier.body.type).toBe("/problems/conflict");
    expect(earlier.body.detail).toContain(held.id);
    expect(earlier.body.detail).toContain("2012-01-01");
    expect(pointers(earlier)).toEqual(["/obtainedOn"]);
    // The same start day is not "after" the open one either.
    expect((await api().post(base, { level: "first_grade", obtainedOn: "2012-01-01" })).status).toBe(409);
    // A closed earlier period is fine only if it stops before the open one starts.
    expect((await api().post(base, { level: "third_grade", obtainedOn: "2011-01-01", validTo: "2012-01-01" })).status).toBe(409);
    const before = await api().post(base, { level: "third_grade", obtainedOn: "2011-01-01", validTo: "2011-12-31" });
    expect(before.status, JSON.stringify(before.body)).toBe(201);
    expect(titleSchema.parse((await api().get(`${base}/${held.id}`)).body)).toEqual(held);
    // A correction never moves a neighbour: pulling the start back onto the earlier title is 409.
    const moved = await api().patch(`${base}/${held.id}`, { obtainedOn: "2011-06-01" });
    expect(moved.status).toBe(409);
    expect(pointers(moved)).toEqual(["/obtainedOn"]);
    // Neither does reopening the earlier one.
    expect((await api().patch(`${base}/${before.body.id}`, { validTo: null })).status).toBe(409);
  });

  it("corrects a title in place, keeping its id, guarded by If-Match", async () => {
    const { base } = await setup();
    const title = titleSchema.parse(
      (await api().post(base, { level: "second_grade", obtainedOn: "2011-09-01", series: "中小学教师" })).body,
    );
    const fixed = await api().patch(`${base}/${title.id}`, { obtainedOn: "2011-08-28", certificateNumber: "A-1" }, { "if-match": '"1"' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.headers.get("etag")).toBe('"2"');
    expect(titleSchema.parse(fixed.body)).toEqual({ ...title, obtainedOn: "2011-08-28", certificateNumber: "A-1", version: 2 });
    const stale = await api().patch(`${base}/${title.id}`, { level: "first_grade" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe("/problems/precondition_failed");
    const regrouped = await api().patch(`${base}/${title.id}`, { level: "first_grade", series: null }, { "if-match": '"2"' });
    expect(titleSchema.parse(regrouped.body)).toMatchObject({
      id: title.id,
      level: "first_grade",
      group: "intermediate",
      series: null,
      version: 3,
    });
    expect(await listed(base)).toHaveLength(1);
    const empty = await api().patch(`${base}/${title.id}`, {});
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].detail).toBe("Send at least one field to change");
    const inverted = await api().patch(`${base}/${title.id}`, { validTo: "2010-01-01" });
    expect(inverted.status).toBe(422);
    expect(pointers(inverted)).toEqual(["/validTo"]);
  });

  it("ends a title with a reason; as-of reads around the last day", async () => {
    const { base } = await setup();
    const title = titleSchema.parse((await api().post(base, { level: "first_grade", obtainedOn: "2016-12-20" })).body);
    const stale = await api().post(`${base}/${title.id}/end`, { endedOn: "2020-06-30" }, { "if-match": '"7"' });
    expect(stale.status).toBe(412);
    const early = await api().post(`${base}/${title.id}/end`, { endedOn: "2016-12-19" });
    expect(early.status).toBe(422);
    expect(pointers(early)).toEqual(["/endedOn"]);
    const ended = await api().post(`${base}/${title.id}/end`, { endedOn: "2020-06-30", reason: "撤销" }, { "if-match": '"1"' });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.headers.get("etag")).toBe('"2"');
    expect(titleSchema.parse(ended.body)).toEqual({ ...title, validTo: "2020-06-30", endReason: "撤销", version: 2 });
    expect(await idsOn(base, "2016-12-19")).toEqual([]);
    expect(await idsOn(base, "2016-12-20")).toEqual([title.id]);
    expect(await idsOn(base, "2020-06-30")).toEqual([title.id]);
    expect(await idsOn(base, "2020-07-01")).toEqual([]);
    // After the end, a new title may start the next day without touching the ended one.
    const next = await api().post(base, { level: "senior", obtainedOn: "2020-07-01" });
    expect(next.status).toBe(201);
    expect(titleSchema.parse((await api().get(`${base}/${title.id}`)).body).endReason).toBe("撤销");
  });

  it("validates input with JSON pointers", async () => {
    const { base } = await setup();
    const bad = await api().post(base, { level: "grand", obtainedOn: "2011-13-01", obtainedBy: "bought", series: 5 });
    expect(bad.status).toBe(422);
    expect(bad.body.type).toBe("/problems/validation_failed");
    expect(pointers(bad)).toEqual(["/level", "/obtainedBy", "/obtainedOn", "/series"]);
    expect(pointers(await api().post(base, {}))).toEqual(["/level", "/obtainedOn"]);
    const title = titleSchema.parse((await api().post(base, { level: "none", obtainedOn: "2010-09-01" })).body);
    expect(title.group).toBe("none");
    expect(pointers(await api().patch(`${base}/${title.id}`, { level: "grand" }))).toEqual(["/level"]);
    const inverted = await api().post(base, { level: "third_grade", obtainedOn: "2009-01-01", validTo: "2008-12-31" });
    expect(inverted.status).toBe(422);
    expect(await listed(base)).toHaveLength(1);
  });

  it("answers 404 for an unknown teacher and for another teacher's title", async () => {
    const { school, base } = await setup();
    const title = titleSchema.parse((await api().post(base, { level: "second_grade", obtainedOn: "2011-09-01" })).body);
    const unknown = `/v1/teachers/${UNKNOWN}/titles`;
    expect((await api().get(unknown)).status).toBe(404);
    expect((await api().post(unknown, { level: "second_grade", obtainedOn: "2011-09-01" })).status).toBe(404);
    expect((await api().get(`${base}/${UNKNOWN}`)).status).toBe(404);
    const other = await makeTeacher(api(), { schoolId: school.id });
    const theirs = `/v1/teachers/${other.id}/titles/${title.id}`;
    const got = await api().get(theirs);
    expect(got.status).toBe(404);
    expect(got.body.type).toBe("/problems/not_found");
    expect((await api().patch(theirs, { level: "senior" })).status).toBe(404);
    expect((await api().post(`${theirs}/end`, { endedOn: "2020-01-01" })).status).toBe(404);
    expect(titleSchema.parse((await api().get(`${base}/${title.id}`)).body)).toEqual(title);
  });
});
