import { beforeAll, describe, expect, it } from "vitest";
import { evaluationSchema } from "../../../src/contract/metrics.ts";
import { employmentHistorySchema } from "../../../src/contract/teachers/employment.ts";
import { teacherPageSchema, teacherSchema } from "../../../src/contract/teachers.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher, uniqueCode } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

async function ok(res: Promise<{ status: number; body: any }>, status = 200) {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r.body;
}

/**
 * A small register: school S with R (born 1964-12-15, primary assignment recorded 2020-09-01..2026-08-31,
 * a secondary post at S2, a post appointment, a subject, a designation to 2027, a title) and A (born
 * 1990-03-01, contract teacher, home school S from 2015-09-01). R retires on 2024-12-31.
 */
describe("dated employment and total ending (issue 14, deliverables 2 and 3)", () => {
  let city: { id: string };
  let S: { id: string };
  let S2: { id: string };
  let R: { id: string };
  let A: { id: string };
  const prefix = uniqueCode("E").replace(/[^A-Za-z0-9]/g, "");
  const base = (id: string) => `/v1/teachers/${id}`;

  beforeAll(async () => {
    city = await makeJurisdiction(api());
    S = await makeSchool(api(), city.id);
    S2 = await makeSchool(api(), city.id);
    R = await makeTeacher(api(), { name: `${prefix}R`, birthDate: "1964-12-15", hireDate: "1986-09-01" });
    await ok(api().post(`${base(R.id)}/assignments`, { schoolId: S.id, validFrom: "2020-09-01", validTo: "2026-08-31" }), 201);
    await ok(api().post(`${base(R.id)}/assignments`, { schoolId: S2.id, kind: "secondary", validFrom: "2023-09-01" }), 201);
    await ok(api().post(`${base(R.id)}/post-appointments`, { postLevel: "senior", appointedOn: "2021-01-01" }), 201);
    await ok(api().post(`${base(R.id)}/subjects`, { subject: "mathematics", validFrom: "2020-09-01" }), 201);
    await ok(
      api().post(`${base(R.id)}/designations`, { type: "backbone", level: "county", awardedOn: "2022-09-10", validUntil: "2027-09-09" }),
      201,
    );
    await ok(api().post(`${base(R.id)}/titles`, { level: "senior", obtainedOn: "2015-12-01" }), 201);
    A = await makeTeacher(api(), {
      name: `${prefix}A`,
      birthDate: "1990-03-01",
      hireDate: "2015-09-01",
      employmentCategory: "contract",
      schoolId: S.id,
    });
  });

  const ids = async (query: string) => teacherPageSchema.parse(await ok(api().get(`/v1/teachers?${query}`))).items.map((t) => t.id);
  const byName = (query: string) => ids(`namePrefix=${prefix}&${query}`);
  const sorted = (...xs: string[]) => [...xs].sort();

  it("retiring ends every tenure that runs past the end, each audited with the reason; a later record is refused", async () => {
    const late = await api().post(`${base(R.id)}/assignments`, { schoolId: S2.id, kind: "secondary", validFrom: "2025-02-01" });
    expect(late.status).toBe(201);
    // A record starting after the end must be corrected first: the end names it.
    const refused = await api().post(`${base(R.id)}/end`, { status: "retired", endedOn: "2024-12-31", reason: "到龄退休" });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ pointer: "/endedOn" });
    expect(refused.body.errors[0].detail).toContain("2025-02-01");
    await ok(api().patch(`${base(R.id)}/assignments/${late.body.id}`, { validFrom: "2024-09-01", validTo: "2024-10-31" }));

    const ended = await ok(api().post(`${base(R.id)}/end`, { status: "retired", endedOn: "2024-12-31", reason: "到龄退休" }));
    expect(ended).toMatchObject({
      asOf: "2025-01-01",
      status: "retired",
      endedOn: "2024-12-31",
      endReason: "到龄退休",
      currentSchoolId: null,
    });

    const assignments = (await ok(api().get(`${base(R.id)}/assignments`))).items;
    expect(assignments.map((a: any) => [a.kind, a.validFrom, a.validTo, a.endReason])).toEqual([
      ["primary", "2020-09-01", "2024-12-31", "到龄退休"],
      ["secondary", "2023-09-01", "2024-12-31", "到龄退休"],
      ["secondary", "2024-09-01", "2024-10-31", null],
    ]);
    expect((await ok(api().get(`${base(R.id)}/post-appointments`))).items[0]).toMatchObject({
      validTo: "2024-12-31",
      endReason: "到龄退休",
    });
    expect((await ok(api().get(`${base(R.id)}/subjects`))).items[0]).toMatchObject({ validTo: "2024-12-31" });
    expect((await ok(api().get(`${base(R.id)}/designations`))).items[0]).toMatchObject({ validUntil: "2024-12-31", endReason: "到龄退休" });
    // A title held outlives service.
    expect((await ok(api().get(`${base(R.id)}/titles`))).items[0]).toMatchObject({ validTo: null });

    const history = (await ok(api().get(`${base(R.id)}/history?limit=100`))).items as { action: string; entity: string }[];
    const ends = history.filter((e) => e.action === "end").map((e) => e.entity);
    expect(ends.sort()).toEqual(
      [
        "Teacher",
        "TeacherAssignment",
        "TeacherAssignment",
        "TeacherDesignation",
        "TeacherEmployment",
        "TeacherPostAppointment",
        "TeacherSubject",
      ].sort(),
    );
    expect(history.filter((e) => e.entity === "TeacherEmployment" && e.action === "create")).toHaveLength(2);

    // After the end, no new record may run past it: the refusal names the end and the rule.
    const after = await api().post(`${base(R.id)}/assignments`, { schoolId: S.id, validFrom: "2025-03-01" });
    expect(after.status).toBe(422);
    expect(after.body.errors[0].pointer).toBe("/validFrom");
    expect(after.body.detail).toContain("ended service on 2024-12-31");
    expect(after.body.detail).toContain("domain.md §1.3");
    // Reopening an ended tenure or starting one before the end that runs past it is the same refusal.
    const reopen = await api().patch(`${base(R.id)}/assignments/${assignments[0].id}`, { validTo: null });
    expect([reopen.status, reopen.body.errors?.[0]?.pointer]).toEqual([422, "/validTo"]);
    const lateTitle = await api().post(`${base(R.id)}/titles`, { level: "senior_professional", obtainedOn: "2025-06-01" });
    expect(lateTitle.status).toBe(422);
    // An employment change while out of service is refused too.
    expect((await api().post(`${base(R.id)}/employment`, { validFrom: "2025-03-01", employmentCategory: "contract" })).status).toBe(422);
  });

  it("the ended teacher is in no list, metric population or report after the end, and is before it", async () => {
    expect(await ids(`schoolId=${S.id}&asOf=2024-06-01`)).toEqual(sorted(R.id, A.id));
    expect(await ids(`schoolId=${S.id}&asOf=2025-06-01`)).toEqual([A.id]);
    expect(await byName("asOf=2025-06-01")).toEqual([A.id]);
    expect(await byName("asOf=2025-06-01&status=retired")).toEqual([R.id]);
    expect(await byName("asOf=2024-06-01&status=retired")).toEqual([]);

    const evaluate = async (metric: unknown, asOf: string) =>
      evaluationSchema.parse(await ok(api().post("/v1/metrics/evaluate", { metric, asOf, groupBy: "none", jurisdictionId: city.id })));
    const age = { kind: "average", attribute: "age" };
    // 2024-06-01: R is 59 (born 1964-12-15), A is 34 (born 1990-03-01): (59 + 34) / 2 = 46.5.
    const before = await evaluate(age, "2024-06-01");
    expect([before.denominator, before.value]).toEqual([2, 46.5]);
    // 2025-06-01: only A, 35.
    const after = await evaluate(age, "2025-06-01");
    expect([after.denominator, after.value]).toEqual([1, 35]);
    const count = { kind: "count", of: "teachers" };
    expect((await evaluate(count, "2024-06-01")).numerator).toBe(2);
    expect((await evaluate(count, "2025-06-01")).numerator).toBe(1);

    const report = async (asOf: string) =>
      (await ok(api().get(`/v1/reports/workforce?jurisdictionId=${city.id}&asOf=${asOf}`))).total.count;
    expect(await report("2024-06-01")).toBe(2);
    expect(await report("2025-06-01")).toBe(1);
  });

  it("reads with asOf show the status then; reinstating opens a new active period and records are accepted from it", async () => {
    const in2023 = teacherSchema.parse(await ok(api().get(`${base(R.id)}?asOf=2023-06-01`)));
    expect(in2023).toMatchObject({
      status: "active",
      endedOn: null,
      endReason: null,
      currentSchoolId: S.id,
      employmentCategory: "on_establishment",
    });
    expect(teacherSchema.parse(await ok(api().get(`${base(R.id)}?asOf=2025-06-01`)))).toMatchObject({
      status: "retired",
      endedOn: "2024-12-31",
    });

    expect((await api().post(`${base(R.id)}/reinstate`, { on: "2025-01-01" })).status).toBe(422);
    expect((await api().post(`${base(A.id)}/reinstate`, { on: "2025-09-01" })).status).toBe(422);
    const back = employmentHistorySchema.parse(await ok(api().post(`${base(R.id)}/reinstate`, { on: "2025-09-01", reason: "返聘" })));
    expect(back.items.map((p) => [p.validFrom, p.validTo, p.status, p.reason])).toEqual([
      [null, "2024-12-31", "active", null],
      ["2025-01-01", "2025-08-31", "retired", "到龄退休"],
      ["2025-09-01", null, "active", "返聘"],
    ]);
    const history = (await ok(api().get(`${base(R.id)}/history?limit=100`))).items as { action: string; entity: string }[];
    expect(history.some((e) => e.action === "reinstate" && e.entity === "Teacher")).toBe(true);

    // Still refused in the gap; accepted from the reinstatement date.
    expect((await api().post(`${base(R.id)}/assignments`, { schoolId: S.id, validFrom: "2025-03-01" })).status).toBe(422);
    await ok(api().post(`${base(R.id)}/assignments`, { schoolId: S.id, validFrom: "2025-09-01" }), 201);
    expect(await ids(`schoolId=${S.id}&asOf=2025-09-01`)).toEqual(sorted(R.id, A.id));
    expect(await ids(`schoolId=${S.id}&asOf=2025-06-01`)).toEqual([A.id]);
    expect(teacherSchema.parse(await ok(api().get(`${base(R.id)}?asOf=2025-10-01`)))).toMatchObject({ status: "active", endedOn: null });
  });

  it("a category change (合同转正) and a leave are dated: each side of the date answers its own values, and the list filters on them", async () => {
    const converted = employmentHistorySchema.parse(
      await ok(
        api().post(`${base(A.id)}/employment`, { validFrom: "2024-09-01", employmentCategory: "on_establishment", reason: "合同转正" }),
      ),
    );
    expect(converted.items.map((p) => [p.validFrom, p.validTo, p.employmentCategory])).toEqual([
      [null, "2024-08-31", "contract"],
      ["2024-09-01", null, "on_establishment"],
    ]);
    const on = async (asOf: string) => teacherSchema.parse(await ok(api().get(`${base(A.id)}?asOf=${asOf}`)));
    expect((await on("2024-08-31")).employmentCategory).toBe("contract");
    expect((await on("2024-09-01")).employmentCategory).toBe("on_establishment");
    expect(await byName("asOf=2024-08-31&employmentCategory=contract")).toEqual([A.id]);
    expect(await byName("asOf=2024-09-01&employmentCategory=contract")).toEqual([]);
    expect(await byName("asOf=2024-09-01&employmentCategory=on_establishment")).toEqual(sorted(R.id, A.id));

    // A leave with an end: on leave is still in service (in the list without a status filter).
    await ok(
      api().post(`${base(A.id)}/employment`, { validFrom: "2025-03-01", validTo: "2025-08-31", status: "on_leave", reason: "病假" }),
    );
    expect((await on("2025-05-01")).status).toBe("on_leave");
    expect((await on("2025-09-01")).status).toBe("active");
    expect(await byName("asOf=2025-05-01&status=on_leave")).toEqual([A.id]);
    expect(await byName("asOf=2025-09-01&status=on_leave")).toEqual([]);
    expect(await ids(`schoolId=${S.id}&asOf=2025-05-01`)).toEqual([A.id]);

    // 在编不在岗 from a date, and the filter on it.
    await ok(api().post(`${base(A.id)}/employment`, { validFrom: "2025-10-01", onEstablishmentNotAtPost: true, reason: "借调" }));
    expect(await byName("asOf=2025-10-01&onEstablishmentNotAtPost=true")).toEqual([A.id]);
    expect(await byName("asOf=2025-09-30&onEstablishmentNotAtPost=true")).toEqual([]);
    // A change that would cross the next period's start is refused.
    const crossing = await api().post(`${base(A.id)}/employment`, {
      validFrom: "2025-07-01",
      validTo: "2025-12-31",
      employmentCategory: "other",
    });
    expect([crossing.status, crossing.body.errors?.[0]?.pointer]).toEqual([422, "/validTo"]);
  });

  it("corrects a period in place with If-Match, audited", async () => {
    const periods = employmentHistorySchema.parse(await ok(api().get(`${base(A.id)}/employment`))).items;
    const leave = periods.find((p) => p.status === "on_leave")!;
    const fixed = await api().patch(`${base(A.id)}/employment/${leave.id}`, { reason: "产假" }, { "if-match": `"${leave.version}"` });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ reason: "产假", status: "on_leave", validFrom: "2025-03-01", version: leave.version + 1 });
    expect(fixed.headers.get("etag")).toBe(`"${leave.version + 1}"`);
    const stale = await api().patch(`${base(A.id)}/employment/${leave.id}`, { reason: "x" }, { "if-match": `"${leave.version}"` });
    expect(stale.status).toBe(412);
    const ending = await api().patch(`${base(A.id)}/employment/${leave.id}`, { status: "left" });
    expect([ending.status, ending.body.errors?.[0]?.pointer]).toEqual([422, "/status"]);
    const history = (await ok(api().get(`${base(A.id)}/history?limit=100`))).items as {
      action: string;
      entity: string;
      entityId: string;
    }[];
    expect(history.some((e) => e.action === "correct" && e.entityId === leave.id)).toBe(true);
  });
});
