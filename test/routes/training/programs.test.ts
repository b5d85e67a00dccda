import { describe, expect, it } from "vitest";
import { enrollmentSchema, bulkOutcomeSchema } from "../../../src/contract/training/enrollments.ts";
import { programSchema } from "../../../src/contract/training/programs.ts";
import { programStatisticsSchema, rollupSchema } from "../../../src/contract/training/statistics.ts";
import { useTestApp } from "../../support/app.ts";
import { client } from "../../support/http.ts";
import { nationalIdFor } from "../../support/factories.ts";
import { makeProgram, makeTeacher, makeTree, uniqueCode } from "./fixtures.ts";

const ctx = useTestApp();
const root = () => client(ctx);

async function records(teacherId: string) {
  const res = await root().get(`/v1/teachers/${teacherId}/training-records`);
  expect(res.status).toBe(200);
  return res.body.items as {
    id: string;
    status: string;
    hours: number;
    enrollmentId: string | null;
    completedOn: string;
    rejectionReason: string | null;
  }[];
}

describe("training programmes", () => {
  it("creates a programme with modules and validates it with pointers", async () => {
    const api = root();
    const tree = await makeTree(api);
    const p = await makeProgram(
      api,
      { ownerJurisdictionId: tree.countyA.id },
      {
        modules: [
          { code: "M1", title: "信息化教学设计", hours: 20 },
          { code: "M2", title: "智慧课堂", hours: 30 },
        ],
      },
    );
    const got = await api.get(`/v1/training-programs/${p.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get("etag")).toBe('"1"');
    const body = programSchema.parse(got.body);
    expect(body.modules.map((m) => [m.code, m.hours])).toEqual([
      ["M1", 20],
      ["M2", 30],
    ]);
    expect(body.creditedHours).toBe(50);

    const bad = await api.post("/v1/training-programs", {
      code: uniqueCode("P"),
      title: "x",
      level: "county",
      mode: "online",
      category: "ict",
      creditedHours: 12.55,
      startDate: "2025-03-01",
      endDate: "2025-02-01",
      ownerJurisdictionId: tree.countyA.id,
      ownerSchoolId: tree.schoolA.id,
      modules: [
        { code: "M1", title: "a" },
        { code: "M1", title: "b" },
      ],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      "/creditedHours",
      "/endDate",
      "/modules/1/code",
      "/ownerSchoolId",
    ]);
    const twoOwners = await api.post("/v1/training-programs", {
      code: uniqueCode("P"),
      title: "x",
      level: "county",
      mode: "online",
      category: "ict",
      creditedHours: 1,
      startDate: "2025-03-01",
      endDate: "2025-02-01",
      ownerJurisdictionId: tree.countyA.id,
      ownerSchoolId: tree.schoolA.id,
    });
    expect(twoOwners.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/endDate", "/ownerSchoolId"]);
    const dup = await api.post("/v1/training-programs", {
      code: p.code,
      title: "x",
      level: "county",
      mode: "online",
      category: "ict",
      creditedHours: 1,
      startDate: "2025-03-01",
      endDate: "2025-04-01",
      ownerJurisdictionId: tree.countyA.id,
    });
    expect(dup.status).toBe(409);
  });

  it("is visible down the owner's subtree and to its ancestors, not to siblings; only the owner's subtree changes it", async () => {
    const api = root();
    const tree = await makeTree(api);
    const p = await makeProgram(api, { ownerJurisdictionId: tree.countyA.id });
    const town = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.township.id }));
    const school = client(ctx, await ctx.tokenFor("school_sync", { schoolId: tree.schoolA.id }));
    const city = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.city.id }));
    const sibling = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.countyB.id }));
    for (const who of [town, school, city]) expect((await who.get(`/v1/training-programs/${p.id}`)).status).toBe(200);
    expect((await sibling.get(`/v1/training-programs/${p.id}`)).status).toBe(404);
    const listed = async (who: typeof town) =>
      (await who.get(`/v1/training-programs?jurisdictionId=${tree.city.id}&limit=200`)).body.items.map((x: { id: string }) => x.id);
    expect(await listed(town)).toContain(p.id);
    expect(await listed(sibling)).not.toContain(p.id);
    expect((await town.patch(`/v1/training-programs/${p.id}`, { capacity: 10 })).status).toBe(403);
    const ok = await city.patch(`/v1/training-programs/${p.id}`, { capacity: 10 }, { "if-match": '"1"' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await city.patch(`/v1/training-programs/${p.id}`, { capacity: 11 }, { "if-match": '"1"' })).status).toBe(412);
    // A clerk below may not create a programme for the county above it.
    const create = await town.post("/v1/training-programs", {
      code: uniqueCode("P"),
      title: "x",
      level: "county",
      mode: "online",
      category: "ict",
      creditedHours: 1,
      startDate: "2025-03-01",
      endDate: "2025-04-01",
      ownerJurisdictionId: tree.countyA.id,
    });
    expect(create.status).toBe(422);
    expect(create.body.errors[0].pointer).toBe("/ownerJurisdictionId");
  });
});

describe("enrolment and completion", () => {
  it("enrolled → started → completed credits the hours once; a correction to failed rejects them; back to completed restores them", async () => {
    const api = root();
    const tree = await makeTree(api);
    const p = await makeProgram(
      api,
      { ownerJurisdictionId: tree.countyA.id },
      {
        creditedHours: 24.5,
        modules: [
          { code: "M1", title: "a" },
          { code: "M2", title: "b" },
        ],
      },
    );
    const t = await makeTeacher(api, { schoolId: tree.schoolA.id, hireDate: "2012-09-01" });
    const en = await api.post(`/v1/training-programs/${p.id}/enrollments`, { teacherId: t.id, enrolledOn: "2025-02-20" });
    expect(en.status, JSON.stringify(en.body)).toBe(201);
    const e = enrollmentSchema.parse(en.body);
    expect((await api.post(`/v1/training-programs/${p.id}/enrollments`, { teacherId: t.id })).status).toBe(200); // already enrolled
    const url = `/v1/training-programs/${p.id}/enrollments/${e.id}`;
    expect((await api.patch(url, { status: "started", on: "2025-03-02" }, { "if-match": '"1"' })).body.startedOn).toBe("2025-03-02");
    const done = await api.patch(url, { status: "completed", on: "2025-06-28", score: 86.5, modules: { M1: "passed", M2: "passed" } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: "completed", completedOn: "2025-06-28", score: 86.5 });
    expect(done.body.moduleResults.map((m: { code: string; result: string }) => [m.code, m.result])).toEqual([
      ["M1", "passed"],
      ["M2", "passed"],
    ]);
    let recs = await records(t.id);
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ status: "verified", hours: 24.5, enrollmentId: e.id, completedOn: "2025-06-28" });
    expect(done.body.trainingRecordId).toBe(recs[0]!.id);

    // The same completion again (a retry, or a repeated upload) changes nothing and never counts twice.
    const again = await api.post(`/v1/training-programs/${p.id}/enrollments/results`, [
      { teacherId: t.id, status: "completed", on: "2025-06-28" },
    ]);
    expect(bulkOutcomeSchema.parse(again.body)).toMatchObject({ unchanged: 1, updated: 0 });
    expect(await records(t.id)).toHaveLength(1);

    const failed = await api.patch(url, { status: "failed", on: "2025-06-28" });
    expect(failed.body.status).toBe("failed");
    recs = await records(t.id);
    expect(recs[0]).toMatchObject({ status: "rejected", rejectionReason: "Enrolment result changed to failed" });
    await api.patch(url, { status: "completed", on: "2025-06-30" });
    recs = await records(t.id);
    expect(recs).toHaveLength(1);
    expect(recs[0]).toMatchObject({ status: "verified", completedOn: "2025-06-30" });

    // A result cannot go back to started, and a verified programme record is changed through its enrolment.
    expect((await api.patch(url, { status: "started" })).status).toBe(409);
    expect((await api.post(`/v1/training-records/${recs[0]!.id}/reject`, { reason: "x" })).status).toBe(409);
    const history = await api.get(`/v1/audit-events?entityId=${e.id}&entity=TrainingEnrollment`);
    expect(history.body.items.map((x: { action: string }) => x.action)).toEqual(
      expect.arrayContaining(["enrol", "result:started", "result:completed", "result:failed"]),
    );
  });

  it("bulk enrolment: a result per row, and nothing written when any row fails", async () => {
    const api = root();
    const tree = await makeTree(api);
    const p = await makeProgram(api, { ownerJurisdictionId: tree.countyA.id }, { capacity: 3, endDate: "2099-12-31" });
    const nationalId = nationalIdFor("1980-01-01", "male");
    const [t1, t2, t3] = [
      await makeTeacher(api, { schoolId: tree.schoolA.id, nationalId, birthDate: "1980-01-01", gender: "male" }),
      await makeTeacher(api, { schoolId: tree.schoolA.id }),
      await makeTeacher(api, { schoolId: tree.schoolA.id }),
    ];
    const outsider = await makeTeacher(api, { schoolId: tree.schoolB.id });
    const url = `/v1/training-programs/${p.id}/enrollments/bulk`;
    const failing = await api.post(url, [
      { teacherId: t2.id },
      { teacherId: outsider.id },
      { nationalId },
      { teacherId: "01930000-0000-7000-8000-000000000000" },
      { teacherId: t2.id },
    ]);
    expect(failing.status).toBe(422);
    expect(failing.body.detail).toBe("3 of 5 rows cannot be applied; nothing was written");
    expect(failing.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/1/teacherId", "/3/teacherId", "/4/teacherId"]);
    expect((await api.get(`/v1/training-programs/${p.id}/enrollments`)).body.items).toHaveLength(0);

    const ok = await api.post(url, [{ teacherId: t2.id, enrolledOn: "2025-02-01" }, { nationalId }]);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const out = bulkOutcomeSchema.parse(ok.body);
    expect(out.results.map((r) => [r.row, r.teacherId, r.outcome])).toEqual([
      [0, t2.id, "created"],
      [1, t1.id, "created"],
    ]);
    // CSV upload: t2 again (unchanged) and t3; capacity 3 is now reached, so a fourth teacher is refused.
    const csv = await api.send("POST", url, `teacherId,enrolledOn\r\n${t2.id},2025-02-01\r\n${t3.id},2025-02-03\r\n`, {
      "content-type": "text/csv",
    });
    expect(csv.status, JSON.stringify(csv.body)).toBe(200);
    expect(csv.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(["unchanged", "created"]);
    const t4 = await makeTeacher(api, { schoolId: tree.schoolA.id });
    const full = await api.post(url, [{ teacherId: t4.id }]);
    expect(full.status).toBe(422);
    expect(full.body.errors[0].detail).toContain("capacity 3");
    const badCsv = await api.send("POST", url, `teacherId,enrolledOn\r\n${t4.id},2025-13-01\r\n`, { "content-type": "text/csv" });
    expect(badCsv.status).toBe(422);
    expect(badCsv.body.errors[0]).toMatchObject({ pointer: "/0/enrolledOn" });
    expect(badCsv.body.errors[0].detail).toMatch(/^Line 2: /);
    expect((await api.send("POST", url, "<xml/>", { "content-type": "application/xml" })).status).toBe(415);
  });

  it("bulk results by CSV with module columns, all or nothing; statistics and the roll-up count them", async () => {
    const api = root();
    const tree = await makeTree(api);
    const p = await makeProgram(
      api,
      { ownerJurisdictionId: tree.city.id },
      {
        creditedHours: 10,
        modules: [
          { code: "M1", title: "a" },
          { code: "M2", title: "b" },
        ],
      },
    );
    const schoolT = (
      await api.post("/v1/schools", {
        code: uniqueCode("S"),
        name: "镇小",
        jurisdictionId: tree.township.id,
        stages: ["primary"],
        ownership: "public",
        locationClass: "rural",
      })
    ).body;
    const ts = [
      await makeTeacher(api, { schoolId: tree.schoolA.id }),
      await makeTeacher(api, { schoolId: tree.schoolA.id }),
      await makeTeacher(api, { schoolId: schoolT.id }),
      await makeTeacher(api, { schoolId: tree.schoolB.id }),
    ];
    await api.post(
      `/v1/training-programs/${p.id}/enrollments/bulk`,
      ts.map((t) => ({ teacherId: t.id, enrolledOn: "2025-02-20" })),
    );
    const url = `/v1/training-programs/${p.id}/enrollments/results`;
    const rows = [
      `${ts[0]!.id},completed,2025-06-28,90,passed,passed`,
      `${ts[1]!.id},failed,2025-06-28,40,passed,failed`,
      `${ts[2]!.id},started,2025-03-05,,,`,
      `${ts[3]!.id},withdrawn,2025-03-01,,,`,
    ];
    const broken = await api.send("POST", url, ["teacherId,status,on,score,module:M1,module:M3", ...rows].join("\n"), {
      "content-type": "text/csv",
    });
    expect(broken.status).toBe(422);
    expect(broken.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/0/modules/M3", "/1/modules/M3"]);
    expect(await records(ts[0]!.id)).toHaveLength(0); // rolled back / never written
    const res = await api.send("POST", url, ["teacherId,status,on,score,module:M1,module:M2", ...rows].join("\n"), {
      "content-type": "text/csv",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(["completed", "failed", "started", "withdrawn"]);
    expect((await records(ts[0]!.id))[0]).toMatchObject({ hours: 10, status: "verified" });
    // A withdrawn enrolment is closed: the whole batch is refused.
    const late = await api.post(url, [
      { teacherId: ts[2]!.id, status: "completed", on: "2025-06-29" },
      { teacherId: ts[3]!.id, status: "started", on: "2025-03-02" },
    ]);
    expect(late.status).toBe(422);
    expect(late.body.errors).toEqual([{ pointer: "/1/status", detail: "The enrolment was withdrawn on 2025-03-01; it is closed" }]);

    const stats = programStatisticsSchema.parse((await api.get(`/v1/training-programs/${p.id}/statistics`)).body);
    expect(stats).toMatchObject({
      enrolled: 4,
      withdrawn: 1,
      started: 3,
      completed: 1,
      failed: 1,
      startedRate: 0.75,
      completionRate: 0.25,
      personTimes: 1,
      hoursDelivered: 10,
    });
    expect(stats.modules.map((m) => [m.code, m.passed, m.failed, m.passRate])).toEqual([
      ["M1", 2, 0, 0.5],
      ["M2", 1, 1, 0.25],
    ]);
    expect(stats.modulePassRate).toBe(0.375);
    // A county reporter sees its county's share only.
    const reporterA = client(ctx, await ctx.tokenFor("reporter", { jurisdictionId: tree.countyA.id }));
    const share = programStatisticsSchema.parse((await reporterA.get(`/v1/training-programs/${p.id}/statistics`)).body);
    expect(share).toMatchObject({ enrolled: 3, completed: 1, started: 3 });
    const reporterB = client(ctx, await ctx.tokenFor("reporter", { jurisdictionId: tree.countyB.id }));
    expect(programStatisticsSchema.parse((await reporterB.get(`/v1/training-programs/${p.id}/statistics`)).body).enrolled).toBe(1);
    // Reporters see aggregates, never the enrolments themselves.
    expect((await reporterA.get(`/v1/training-programs/${p.id}/enrollments`)).status).toBe(403);

    const rollup = rollupSchema.parse((await api.get(`/v1/training-statistics?jurisdictionId=${tree.city.id}&year=2025`)).body);
    const byUnit = new Map(rollup.rows.map((r) => [r.unitId, r]));
    expect(byUnit.get(tree.countyA.id)).toMatchObject({
      unitType: "jurisdiction",
      enrolled: 3,
      started: 3,
      completed: 1,
      failed: 1,
      teachers: 1,
      personTimes: 1,
      hoursDelivered: 10,
      programs: 1,
    });
    expect(byUnit.get(tree.countyB.id)).toMatchObject({ enrolled: 1, withdrawn: 1, started: 0, startedRate: 0 });
    expect(byUnit.get(null)).toMatchObject({ unitType: "total", enrolled: 4, completionRate: 0.25, modulePassRate: 0.375 });
    const down = rollupSchema.parse((await reporterA.get(`/v1/training-statistics`)).body);
    expect(
      down.rows
        .filter((r) => r.unitType !== "total")
        .map((r) => [r.unitId, r.enrolled])
        .sort(),
    ).toEqual(
      [
        [tree.schoolA.id, 2],
        [tree.township.id, 1],
      ].sort(),
    );
    expect((await reporterB.get(`/v1/training-statistics?jurisdictionId=${tree.countyA.id}`)).status).toBe(404);
  });
});
