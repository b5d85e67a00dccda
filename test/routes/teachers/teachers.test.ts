import { describe, expect, it } from "vitest";
import { teacherPageSchema, teacherSchema } from "../../../src/contract/teachers.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher, nationalIdFor } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

describe("teachers", () => {
  it("registers a teacher with a home school and masks the national ID everywhere", async () => {
    const city = await makeJurisdiction(api());
    const school = await makeSchool(api(), city.id);
    const nationalId = nationalIdFor("1986-03-14", "female");
    const created = await makeTeacher(api(), { birthDate: "1986-03-14", nationalId, schoolId: school.id, hireDate: "2008-09-01" });
    const masked = `${nationalId.slice(0, 3)}***********${nationalId.slice(-4)}`;
    expect(created.nationalIdMasked).toBe(masked);
    expect(created.currentSchoolId).toBe(school.id);

    const got = await api().get(`/v1/teachers/${created.id}?asOf=2025-08-31`);
    expect(got.status).toBe(200);
    const body = teacherSchema.parse(got.body);
    expect(body).toMatchObject({ age: 39, yearsOfTeaching: 16, asOf: "2025-08-31", currentSchoolId: school.id, nationalIdMasked: masked });
    expect(JSON.stringify(got.body)).not.toContain(nationalId);
    const listed = await api().get(`/v1/teachers?nationalId=${nationalId}`);
    expect(listed.body.items.map((t: { id: string }) => t.id)).toEqual([created.id]);
    expect(JSON.stringify(listed.body)).not.toContain(nationalId);
  });

  it("derives age and years of teaching at boundary dates", async () => {
    const t = await makeTeacher(api(), { birthDate: "1985-06-15", hireDate: "2010-09-01", teachingStartDate: "2009-09-01" });
    const on = async (asOf: string) => teacherSchema.parse((await api().get(`/v1/teachers/${t.id}?asOf=${asOf}`)).body);
    expect((await on("2025-06-14")).age).toBe(39);
    expect((await on("2025-06-15")).age).toBe(40);
    expect((await on("2025-08-31")).yearsOfTeaching).toBe(15);
    expect((await on("2025-09-01")).yearsOfTeaching).toBe(16);
    expect((await on("2009-08-31")).yearsOfTeaching).toBeNull();
  });

  it("rejects an invalid or inconsistent national ID with pointers", async () => {
    const wrongCheck = `${nationalIdFor("1990-01-02", "male").slice(0, 17)}0`;
    const fixed = wrongCheck.endsWith("0") && nationalIdFor("1990-01-02", "male");
    const bad = await api().post("/v1/teachers", {
      name: "李",
      gender: "male",
      birthDate: "1990-01-02",
      nationalId: wrongCheck === fixed ? "123" : "11010519491231002Y",
      employmentCategory: "contract",
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].pointer).toBe("/nationalId");
    const mismatch = await api().post("/v1/teachers", {
      name: "李",
      gender: "male",
      birthDate: "1990-01-03",
      nationalId: nationalIdFor("1990-01-02", "female"),
      employmentCategory: "contract",
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/birthDate", "/gender"]);
    const badDate = await api().post("/v1/teachers", { name: "李", gender: "male", birthDate: "1990-02-30", employmentCategory: "x" });
    expect(badDate.status).toBe(422);
    expect(badDate.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/birthDate", "/employmentCategory"]);
  });

  it("refuses a second teacher with the same national ID", async () => {
    const nationalId = nationalIdFor("1980-05-05", "male");
    await makeTeacher(api(), { gender: "male", birthDate: "1980-05-05", nationalId });
    const dup = await api().post("/v1/teachers", {
      name: "重复",
      gender: "male",
      birthDate: "1980-05-05",
      nationalId: nationalId.toLowerCase(),
      employmentCategory: "on_establishment",
    });
    expect(dup.status).toBe(409);
    expect(JSON.stringify(dup.body)).not.toContain(nationalId.slice(3, 14));
  });

  it("filters by school and jurisdiction as of a date, status, category and name prefix", async () => {
    const city = await makeJurisdiction(api());
    const county = await makeJurisdiction(api(), { level: "county", parentId: city.id });
    const a = await makeSchool(api(), county.id);
    const b = await makeSchool(api(), city.id);
    const t1 = await makeTeacher(api(), { name: "欧阳明", schoolId: a.id, hireDate: "2015-09-01" });
    const t2 = await makeTeacher(api(), { name: "欧阳华", schoolId: b.id, hireDate: "2020-09-01", employmentCategory: "contract" });
    const t3 = await makeTeacher(api(), { name: "陈", schoolId: a.id, assignmentStart: "2030-09-01" });
    const ids = async (query: string) => teacherPageSchema.parse((await api().get(`/v1/teachers?${query}`)).body).items.map((t) => t.id);
    expect(await ids(`schoolId=${a.id}`)).toEqual([t1.id]);
    expect(await ids(`schoolId=${a.id}&asOf=2030-09-01`)).toEqual([t1.id, t3.id]);
    expect(await ids(`jurisdictionId=${city.id}`)).toEqual([t1.id, t2.id]);
    expect(await ids(`jurisdictionId=${county.id}`)).toEqual([t1.id]);
    expect(await ids(`jurisdictionId=${city.id}&asOf=2018-01-01`)).toEqual([t1.id]);
    expect(await ids(`jurisdictionId=${city.id}&employmentCategory=contract`)).toEqual([t2.id]);
    expect(await ids(`jurisdictionId=${city.id}&namePrefix=${encodeURIComponent("欧阳")}`)).toEqual([t1.id, t2.id]);
    expect(await ids(`jurisdictionId=${city.id}&namePrefix=${encodeURIComponent("欧阳明")}`)).toEqual([t1.id]);
    expect(await ids(`jurisdictionId=${city.id}&status=retired`)).toEqual([]);
    expect((await api().get(`/v1/teachers?asOf=2025-13-01`)).status).toBe(422);
  });

  it("corrects the record in place with If-Match and keeps consistency", async () => {
    const t = await makeTeacher(api());
    const ok = await api().patch(`/v1/teachers/${t.id}`, { staffNumber: "T-9" }, { "if-match": '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ staffNumber: "T-9", onEstablishmentNotAtPost: false, version: 2 });
    expect(ok.headers.get("etag")).toBe('"2"');
    const stale = await api().patch(`/v1/teachers/${t.id}`, { staffNumber: "T-10" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    const inconsistent = await api().patch(`/v1/teachers/${t.id}`, { hireDate: "1970-01-01" });
    expect(inconsistent.status).toBe(422);
    expect(inconsistent.body.errors[0].pointer).toBe("/hireDate");
    // Employment facts are dated: the core PATCH refuses them and points at the employment endpoint.
    const dated = await api().patch(`/v1/teachers/${t.id}`, { staffNumber: "T-11", onEstablishmentNotAtPost: true, status: "retired" });
    expect(dated.status).toBe(422);
    expect(dated.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/onEstablishmentNotAtPost", "/status"]);
    expect(dated.body.errors[0].detail).toContain("/v1/teachers/{teacherId}/employment");
    expect((await api().get(`/v1/teachers/${t.id}`)).body).toMatchObject({ staffNumber: "T-9", onEstablishmentNotAtPost: false });
    expect((await api().patch(`/v1/teachers/01930000-0000-7000-8000-000000000000`, { name: "x" })).status).toBe(404);
  });

  it("ends a teacher without deleting, closing open assignments; reads as of a date show the status then", async () => {
    const city = await makeJurisdiction(api());
    const school = await makeSchool(api(), city.id);
    const t = await makeTeacher(api(), { schoolId: school.id, hireDate: "2010-09-01" });
    const tooEarly = await api().post(`/v1/teachers/${t.id}/end`, { status: "left", endedOn: "2009-01-01" });
    expect(tooEarly.status).toBe(422);
    const ended = await api().post(`/v1/teachers/${t.id}/end`, { status: "retired", endedOn: "2025-06-30", reason: "到龄退休" });
    expect(ended.status).toBe(200);
    // The answer is the teacher on the first day out of service.
    expect(ended.body).toMatchObject({
      asOf: "2025-07-01",
      status: "retired",
      endedOn: "2025-06-30",
      endReason: "到龄退休",
      currentSchoolId: null,
    });
    const after = teacherSchema.parse((await api().get(`/v1/teachers/${t.id}?asOf=2025-07-01`)).body);
    expect(after.currentSchoolId).toBeNull();
    const before = teacherSchema.parse((await api().get(`/v1/teachers/${t.id}?asOf=2025-06-30`)).body);
    expect(before).toMatchObject({ status: "active", endedOn: null, endReason: null, currentSchoolId: school.id });
    const ids = async (asOf: string) =>
      teacherPageSchema.parse((await api().get(`/v1/teachers?schoolId=${school.id}&asOf=${asOf}`)).body).items.map((x) => x.id);
    expect(await ids("2025-06-30")).toEqual([t.id]);
    expect(await ids("2025-07-01")).toEqual([]);
    const again = await api().post(`/v1/teachers/${t.id}/end`, { status: "left", endedOn: "2025-07-01" });
    expect(again.status).toBe(409);
  });
});
