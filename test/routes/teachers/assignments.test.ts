import { describe, expect, it } from "vitest";
import { assignmentSchema } from "../../../src/contract/teachers/assignments.ts";
import { teacherSchema } from "../../../src/contract/teachers.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

async function setup() {
  const city = await makeJurisdiction(api());
  const a = await makeSchool(api(), city.id);
  const b = await makeSchool(api(), city.id, { locationClass: "rural" });
  const t = await makeTeacher(api(), { schoolId: a.id, hireDate: "2015-09-01" });
  const base = `/v1/teachers/${t.id}/assignments`;
  return { city, a, b, t, base };
}

describe("school assignments", () => {
  it("a new primary assignment ends the previous one on the day before", async () => {
    const { a, b, t, base } = await setup();
    const created = await api().post(base, { schoolId: b.id, validFrom: "2021-09-01" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(assignmentSchema.parse(created.body)).toMatchObject({ schoolId: b.id, kind: "primary", validTo: null });
    const history = (await api().get(base)).body.items.map(assignmentSchema.parse);
    expect(
      history.map((x: { schoolId: string; validFrom: string; validTo: string | null }) => [x.schoolId, x.validFrom, x.validTo]),
    ).toEqual([
      [a.id, "2015-09-01", "2021-08-31"],
      [b.id, "2021-09-01", null],
    ]);
    const on = async (asOf: string) => teacherSchema.parse((await api().get(`/v1/teachers/${t.id}?asOf=${asOf}`)).body).currentSchoolId;
    expect(await on("2021-08-31")).toBe(a.id);
    expect(await on("2021-09-01")).toBe(b.id);
    expect(await on("2015-08-31")).toBeNull();
    const asOf = (await api().get(`${base}?asOf=2021-08-31`)).body.items;
    expect(asOf.map((x: { schoolId: string }) => x.schoolId)).toEqual([a.id]);
  });

  it("rejects overlapping primary assignments with a clear problem", async () => {
    const { b, base } = await setup();
    const res = await api().post(base, { schoolId: b.id, validFrom: "2014-01-01", validTo: "2016-01-01" });
    expect(res.status).toBe(409);
    expect(res.body.type).toBe("/problems/conflict");
    expect(res.body.detail).toContain("2015-09-01");
    expect(res.body.errors[0].pointer).toBe("/validFrom");
  });

  it("allows concurrent secondary assignments and an unknown school is 422", async () => {
    const { b, t, base } = await setup();
    const sec = await api().post(base, { schoolId: b.id, kind: "secondary", validFrom: "2020-09-01" });
    expect(sec.status).toBe(201);
    const listed = await api().get(`/v1/teachers?schoolId=${b.id}&asOf=2020-09-01`);
    expect(listed.body.items.map((x: { id: string }) => x.id)).toEqual([t.id]);
    const unknown = await api().post(base, {
      schoolId: "01930000-0000-7000-8000-000000000000",
      kind: "secondary",
      validFrom: "2020-09-01",
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].pointer).toBe("/schoolId");
  });

  it("corrects a start date in place, keeps the id, and guards with If-Match", async () => {
    const { base } = await setup();
    const [first] = (await api().get(base)).body.items;
    const fixed = await api().patch(`${base}/${first.id}`, { validFrom: "2015-08-28" }, { "if-match": '"1"' });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ id: first.id, validFrom: "2015-08-28", version: 2 });
    expect((await api().patch(`${base}/${first.id}`, { validFrom: "2015-08-27" }, { "if-match": '"1"' })).status).toBe(412);
    const inverted = await api().patch(`${base}/${first.id}`, { validTo: "2010-01-01" });
    expect(inverted.status).toBe(422);
  });

  it("ends an assignment, and 404s records of another teacher", async () => {
    const { base, a } = await setup();
    const [first] = (await api().get(base)).body.items;
    const ended = await api().post(`${base}/${first.id}/end`, { endedOn: "2024-07-31", reason: "调出" });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ validTo: "2024-07-31", endReason: "调出" });
    const other = await makeTeacher(api(), { schoolId: a.id });
    expect((await api().get(`/v1/teachers/${other.id}/assignments/${first.id}`)).status).toBe(404);
    expect((await api().get(`/v1/teachers/01930000-0000-7000-8000-000000000000/assignments`)).status).toBe(404);
    const early = await api().post(`${base}/${first.id}/end`, { endedOn: "2000-01-01" });
    expect(early.status).toBe(422);
    expect(early.body.errors[0].pointer).toBe("/endedOn");
  });
});
