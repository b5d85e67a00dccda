import { describe, expect, it } from "vitest";
import { courseworkSchema } from "../../../src/contract/teachers/graduate-coursework.ts";
import { educationSchema } from "../../../src/contract/teachers/education.ts";
import { postAppointmentSchema } from "../../../src/contract/teachers/post-appointments.ts";
import { subjectSchema } from "../../../src/contract/teachers/subjects.ts";
import { titleSchema } from "../../../src/contract/teachers/titles.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

async function teacher() {
  const city = await makeJurisdiction(api());
  const school = await makeSchool(api(), city.id);
  const t = await makeTeacher(api(), { schoolId: school.id, hireDate: "2010-09-01" });
  return { t, base: `/v1/teachers/${t.id}` };
}

const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((x) => x.id);

describe("titles", () => {
  it("a promotion ends the previous title the day before; as-of reads at each boundary", async () => {
    const { base } = await teacher();
    const second = titleSchema.parse((await api().post(`${base}/titles`, { level: "second_grade", obtainedOn: "2011-09-01" })).body);
    const first = await api().post(`${base}/titles`, { level: "first_grade", obtainedOn: "2016-12-20" });
    expect(first.status).toBe(201);
    expect(titleSchema.parse(first.body)).toMatchObject({ group: "intermediate", obtainedBy: "appraisal", validTo: null });
    const old = titleSchema.parse((await api().get(`${base}/titles/${second.id}`)).body);
    expect(old).toMatchObject({ validTo: "2016-12-19", endReason: "superseded", group: "junior" });
    expect(ids(await api().get(`${base}/titles?asOf=2011-08-31`))).toEqual([]);
    expect(ids(await api().get(`${base}/titles?asOf=2011-09-01`))).toEqual([second.id]);
    expect(ids(await api().get(`${base}/titles?asOf=2016-12-19`))).toEqual([second.id]);
    expect(ids(await api().get(`${base}/titles?asOf=2016-12-20`))).toEqual([first.body.id]);
  });

  it("rejects an overlap it cannot resolve, pointing at obtainedOn, and corrects in place", async () => {
    const { base } = await teacher();
    const a = titleSchema.parse((await api().post(`${base}/titles`, { level: "second_grade", obtainedOn: "2012-01-01" })).body);
    const clash = await api().post(`${base}/titles`, { level: "third_grade", obtainedOn: "2011-01-01", validTo: "2012-06-30" });
    expect(clash.status).toBe(409);
    expect(clash.body.errors[0].pointer).toBe("/obtainedOn");
    const fixed = await api().patch(`${base}/titles/${a.id}`, { obtainedOn: "2011-12-15" }, { "if-match": '"1"' });
    expect(fixed.body).toMatchObject({ id: a.id, obtainedOn: "2011-12-15", version: 2 });
    expect((await api().patch(`${base}/titles/${a.id}`, { level: "senior" }, { "if-match": '"1"' })).status).toBe(412);
    const bad = await api().post(`${base}/titles`, { level: "grand", obtainedOn: "2011-13-01" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/level", "/obtainedOn"]);
  });
});

describe("post appointments", () => {
  it("records the post apart from the title (低职高聘) and keeps one at a time", async () => {
    const { base, t } = await teacher();
    await api().post(`${base}/titles`, { level: "first_grade", obtainedOn: "2016-12-20" });
    const a = await api().post(`${base}/post-appointments`, { postLevel: "senior", grade: 7, appointedOn: "2020-01-01" });
    expect(a.status).toBe(201);
    expect(postAppointmentSchema.parse(a.body)).toMatchObject({ postLevel: "senior", grade: 7 });
    const b = postAppointmentSchema.parse(
      (await api().post(`${base}/post-appointments`, { postLevel: "senior", grade: 6, appointedOn: "2023-01-01" })).body,
    );
    const listed = (await api().get(`${base}/post-appointments`)).body.items.map(postAppointmentSchema.parse);
    expect(listed.map((x: { validTo: string | null }) => x.validTo)).toEqual(["2022-12-31", null]);
    expect(b.grade).toBe(6);
    const summary = (await api().get(`/v1/teachers/${t.id}?asOf=2021-01-01`)).body;
    expect(summary.title).toBe("first_grade");
    expect((await api().post(`${base}/post-appointments`, { postLevel: "senior", grade: 14, appointedOn: "2024-01-01" })).status).toBe(422);
  });
});

describe("education and graduate coursework", () => {
  it("derives the highest education as of a date and keeps coursework as its own fact", async () => {
    const { base, t } = await teacher();
    await api().post(`${base}/education`, { level: "associate", institution: "师专", completedOn: "2008-07-01" });
    const m = await api().post(`${base}/education`, {
      level: "bachelor",
      institution: "师大",
      mode: "in_service",
      completedOn: "2014-06-30",
    });
    expect(educationSchema.parse(m.body)).toMatchObject({ mode: "in_service", degreeAwarded: true });
    const cw = await api().post(`${base}/graduate-coursework`, {
      institution: "东北师大",
      program: "课程班",
      credits: 32.5,
      completedOn: "2018-07-10",
    });
    expect(courseworkSchema.parse(cw.body).credits).toBe(32.5);
    expect(
      (await api().post(`${base}/graduate-coursework`, { institution: "x", program: "y", credits: 1.25, completedOn: "2018-07-10" }))
        .status,
    ).toBe(422);
    const on = async (d: string) => (await api().get(`/v1/teachers/${t.id}?asOf=${d}`)).body;
    expect(await on("2008-06-30")).toMatchObject({ highestEducation: null, graduateCoursework: false });
    expect(await on("2014-06-29")).toMatchObject({ highestEducation: "associate" });
    expect(await on("2014-06-30")).toMatchObject({ highestEducation: "bachelor", graduateCoursework: false });
    expect(await on("2018-07-10")).toMatchObject({ highestEducation: "bachelor", graduateCoursework: true });
  });
});

describe("subjects", () => {
  it("flags target subjects and refuses the same subject and stage overlapping itself", async () => {
    const { base, t } = await teacher();
    const pe = await api().post(`${base}/subjects`, { subject: "physical_education", stage: "primary", validFrom: "2015-09-01" });
    expect(subjectSchema.parse(pe.body).flags).toEqual(["physical_education"]);
    const math = subjectSchema.parse(
      (await api().post(`${base}/subjects`, { subject: "mathematics", stage: "primary", validFrom: "2015-09-01" })).body,
    );
    expect(math.flags).toEqual([]);
    const clash = await api().post(`${base}/subjects`, {
      subject: "physical_education",
      stage: "primary",
      validFrom: "2014-01-01",
      validTo: "2016-01-01",
    });
    expect(clash.status).toBe(409);
    const other = await api().post(`${base}/subjects`, {
      subject: "physical_education",
      stage: "junior_secondary",
      validFrom: "2015-09-01",
    });
    expect(other.status).toBe(201);
    await api().post(`${base}/subjects/${math.id}/end`, { endedOn: "2020-07-31" });
    const summary = (await api().get(`/v1/teachers/${t.id}?asOf=2020-08-01`)).body;
    expect(summary.subjects).toEqual(["physical_education"]);
    expect(summary.subjectFlags).toEqual(["physical_education"]);
  });
});

describe("reading a teacher", () => {
  it("embeds sub-record histories with include and refuses unknown ones", async () => {
    const { base, t } = await teacher();
    await api().post(`${base}/titles`, { level: "second_grade", obtainedOn: "2011-09-01" });
    const res = await api().get(`/v1/teachers/${t.id}?include=titles,assignments`);
    expect(res.status).toBe(200);
    expect(res.body.included.titles).toHaveLength(1);
    expect(res.body.included.assignments).toHaveLength(1);
    const bad = await api().get(`/v1/teachers/${t.id}?include=titles,salaries`);
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].parameter).toBe("include");
  });

  it("filters lists on derived attributes as of a date", async () => {
    const city = await makeJurisdiction(api());
    const rural = await makeSchool(api(), city.id, { locationClass: "rural", remote: true });
    const urban = await makeSchool(api(), city.id);
    const a = await makeTeacher(api(), { schoolId: rural.id, birthDate: "1990-03-01", hireDate: "2012-09-01" });
    const b = await makeTeacher(api(), { schoolId: urban.id, birthDate: "1970-03-01", hireDate: "1992-09-01" });
    await api().post(`/v1/teachers/${a.id}/titles`, { level: "first_grade", obtainedOn: "2018-12-01" });
    await api().post(`/v1/teachers/${b.id}/titles`, { level: "senior", obtainedOn: "2010-12-01" });
    await api().post(`/v1/teachers/${a.id}/education`, { level: "master", institution: "x", completedOn: "2012-07-01" });
    await api().post(`/v1/teachers/${b.id}/education`, { level: "associate", institution: "y", completedOn: "1992-07-01" });
    await api().post(`/v1/teachers/${a.id}/subjects`, { subject: "music", validFrom: "2012-09-01" });
    const q = async (query: string) => ids(await api().get(`/v1/teachers?jurisdictionId=${city.id}&asOf=2020-03-01&${query}`));
    expect(await q("titleAtLeast=first_grade")).toEqual([a.id, b.id]);
    expect(await q("titleAtLeast=senior")).toEqual([b.id]);
    expect(ids(await api().get(`/v1/teachers?jurisdictionId=${city.id}&asOf=2018-11-30&titleAtLeast=first_grade`))).toEqual([b.id]);
    expect(await q("educationAtLeast=bachelor")).toEqual([a.id]);
    expect(await q("educationExactly=associate")).toEqual([b.id]);
    expect(await q("locationClass=rural")).toEqual([a.id]);
    expect(await q("remote=false")).toEqual([b.id]);
    expect(await q("subject=music")).toEqual([a.id]);
    expect(await q("ageMin=30&ageMax=30")).toEqual([a.id]); // 30 on its birthday, 2020-03-01
    expect(await q("ageMax=29")).toEqual([]);
    expect(await q("ageMin=50")).toEqual([b.id]);
    expect(await q("dualQualified=false")).toEqual([a.id, b.id]);
  });
});
