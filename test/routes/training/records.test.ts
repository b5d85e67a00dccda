import { describe, expect, it } from "vitest";
import { transcriptSchema } from "../../../src/contract/training/transcript.ts";
import { complianceSchema } from "../../../src/contract/training/compliance.ts";
import { recordPageSchema, recordSchema } from "../../../src/contract/training/records.ts";
import { useTestApp } from "../../support/app.ts";
import { client } from "../../support/http.ts";
import { makeProgram, makeRule, makeTeacher, makeTree, uniqueCode } from "./fixtures.ts";

const ctx = useTestApp();
const root = () => client(ctx);

describe("training records", () => {
  it("a teacher submits a claim for themself and a clerk verifies it; it then counts", async () => {
    const api = root();
    const tree = await makeTree(api);
    await makeRule(api, tree.countyA.id, { hoursPerCycle: 30 });
    const t = await makeTeacher(api, { schoolId: tree.schoolA.id, hireDate: "2012-09-01" });
    const other = await makeTeacher(api, { schoolId: tree.schoolA.id, hireDate: "2012-09-01" });
    const teacher = client(ctx, await ctx.tokenFor("teacher", { teacherId: t.id }));
    const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.countyA.id }));

    const evidence = uniqueCode("LNJS");
    const claim = await teacher.post(`/v1/teachers/${t.id}/training-records`, {
      source: "external_course",
      title: "辽宁省师德专题网络培训",
      category: "ethics",
      level: "provincial",
      hours: 24.5,
      completedOn: "2025-05-20",
      evidenceRef: evidence,
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    const submitted = recordSchema.parse(claim.body);
    expect(submitted).toMatchObject({ status: "submitted", hours: 24.5, schoolBased: false, verifiedAt: null });
    // Not for another teacher, not twice with the same evidence, not in the future, never verified by the teacher.
    expect(
      (
        await teacher.post(`/v1/teachers/${other.id}/training-records`, {
          source: "school_activity",
          title: "x",
          category: "subject",
          hours: 1,
          completedOn: "2025-05-20",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await teacher.post(`/v1/teachers/${t.id}/training-records`, {
          source: "external_course",
          title: "x",
          category: "subject",
          hours: 1,
          completedOn: "2025-05-21",
          evidenceRef: evidence,
        })
      ).status,
    ).toBe(409);
    const future = await teacher.post(`/v1/teachers/${t.id}/training-records`, {
      source: "school_activity",
      title: "x",
      category: "subject",
      hours: 1,
      completedOn: "2999-01-01",
    });
    expect(future.body.errors[0].pointer).toBe("/completedOn");
    const invalid = await teacher.post(`/v1/teachers/${t.id}/training-records`, {
      source: "external_course",
      title: "x",
      category: "subject",
      hours: 0.05,
      completedOn: "2025-05-21",
    });
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/evidenceRef", "/hours"]);
    expect((await teacher.post(`/v1/training-records/${submitted.id}/verify`, {})).status).toBe(403);

    const pending = complianceSchema.parse((await teacher.get(`/v1/teachers/${t.id}/training-compliance?cycle=4`)).body);
    expect(pending).toMatchObject({ verified: 0, pending: 24.5 });
    expect(pending.checks[0]!.pendingRecordIds).toEqual([submitted.id]);

    const queue = recordPageSchema.parse((await clerk.get(`/v1/training-records?status=submitted&schoolId=${tree.schoolA.id}`)).body);
    expect(queue.items.map((r) => r.id)).toEqual([submitted.id]);
    const verified = await clerk.post(`/v1/training-records/${submitted.id}/verify`, {}, { "if-match": '"1"' });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect(verified.body).toMatchObject({ status: "verified", version: 2 });
    expect(verified.body.reviewedBy).toBeTruthy();
    expect((await clerk.post(`/v1/training-records/${submitted.id}/verify`, {})).status).toBe(409);

    const counted = complianceSchema.parse((await teacher.get(`/v1/teachers/${t.id}/training-compliance?cycle=4`)).body);
    expect(counted).toMatchObject({ verified: 24.5, counted: 24.5, pending: 0, shortfall: 5.5, status: "behind" });
    const audit = await api.get(`/v1/audit-events?entityId=${submitted.id}&entity=TrainingRecord`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(["submit", "verify"]);
  });

  it("rejects with a reason (also a verified record), which then stops counting", async () => {
    const api = root();
    const tree = await makeTree(api);
    const t = await makeTeacher(api, { schoolId: tree.schoolB.id, hireDate: "2012-09-01" });
    const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.countyB.id }));
    const a = (
      await clerk.post(`/v1/teachers/${t.id}/training-records`, {
        source: "school_activity",
        title: "校本教研",
        category: "subject",
        hours: 6,
        completedOn: "2024-10-10",
      })
    ).body;
    expect(a.schoolBased).toBe(true);
    const noReason = await clerk.post(`/v1/training-records/${a.id}/reject`, {});
    expect(noReason.status).toBe(422);
    const rejected = await clerk.post(`/v1/training-records/${a.id}/reject`, { reason: "无活动记录" });
    expect(rejected.body).toMatchObject({ status: "rejected", rejectionReason: "无活动记录" });
    expect((await clerk.post(`/v1/training-records/${a.id}/reject`, { reason: "again" })).status).toBe(409);
    // Rejected evidence can be claimed again.
    const b = (
      await clerk.post(`/v1/teachers/${t.id}/training-records`, {
        source: "school_activity",
        title: "校本教研",
        category: "subject",
        hours: 6,
        completedOn: "2024-10-10",
      })
    ).body;
    await clerk.post(`/v1/training-records/${b.id}/verify`, {});
    const revoked = await clerk.post(`/v1/training-records/${b.id}/reject`, { reason: "重复申报" });
    expect(revoked.body).toMatchObject({ status: "rejected" });
    expect(revoked.body.verifiedAt).toBeTruthy();
    const transcript = transcriptSchema.parse((await clerk.get(`/v1/teachers/${t.id}/training-transcript`)).body);
    expect(transcript.records).toHaveLength(0);
    const withRejected = transcriptSchema.parse((await clerk.get(`/v1/teachers/${t.id}/training-transcript?includeRejected=true`)).body);
    expect(withRejected.records.map((r) => r.rejectionReason)).toEqual(["无活动记录", "重复申报"]);
    expect(withRejected.totals).toEqual({ verified: 0, submitted: 0 });
  });

  it("keeps records to their scope: other counties 404 and see none; a teacher sees only their own", async () => {
    const api = root();
    const tree = await makeTree(api);
    const tA = await makeTeacher(api, { schoolId: tree.schoolA.id });
    const tB = await makeTeacher(api, { schoolId: tree.schoolB.id });
    const rA = (
      await api.post(`/v1/teachers/${tA.id}/training-records`, {
        source: "school_activity",
        title: "a",
        category: "subject",
        hours: 2,
        completedOn: "2025-01-10",
      })
    ).body;
    const rB = (
      await api.post(`/v1/teachers/${tB.id}/training-records`, {
        source: "school_activity",
        title: "b",
        category: "subject",
        hours: 2,
        completedOn: "2025-01-10",
      })
    ).body;
    const clerkB = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.countyB.id }));
    expect((await clerkB.get(`/v1/training-records/${rA.id}`)).status).toBe(404);
    expect((await clerkB.post(`/v1/training-records/${rA.id}/verify`, {})).status).toBe(404);
    expect((await clerkB.get(`/v1/teachers/${tA.id}/training-records`)).status).toBe(404);
    const listed = recordPageSchema.parse((await clerkB.get(`/v1/training-records?jurisdictionId=${tree.city.id}&limit=200`)).body);
    expect(listed.items.map((r) => r.id)).toEqual([rB.id]);
    const self = client(ctx, await ctx.tokenFor("teacher", { teacherId: tA.id }));
    expect(recordPageSchema.parse((await self.get(`/v1/training-records?limit=200`)).body).items.map((r) => r.id)).toEqual([rA.id]);
    expect((await self.get(`/v1/training-records/${rB.id}`)).status).toBe(404);
    const school = client(ctx, await ctx.tokenFor("school_sync", { schoolId: tree.schoolA.id }));
    expect((await school.get(`/v1/training-records/${rA.id}`)).status).toBe(200);
    expect(
      (
        await school.post(`/v1/teachers/${tA.id}/training-records`, {
          source: "school_activity",
          title: "a",
          category: "subject",
          hours: 2,
          completedOn: "2025-01-10",
        })
      ).status,
    ).toBe(403);
  });

  it("a claim for a programme cannot duplicate its completion", async () => {
    const api = root();
    const tree = await makeTree(api);
    const p = await makeProgram(api, { ownerJurisdictionId: tree.countyA.id });
    const t = await makeTeacher(api, { schoolId: tree.schoolA.id });
    const claim = await api.post(`/v1/teachers/${t.id}/training-records`, {
      source: "program",
      programId: p.id,
      title: "国培",
      category: "ict",
      hours: 50,
      completedOn: "2025-06-28",
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    expect(claim.body.level).toBe("county");
    await api.post(`/v1/training-programs/${p.id}/enrollments/bulk`, [{ teacherId: t.id, enrolledOn: "2025-02-01" }]);
    const completion = await api.post(`/v1/training-programs/${p.id}/enrollments/results`, [
      { teacherId: t.id, status: "completed", on: "2025-06-28" },
    ]);
    expect(completion.status).toBe(422);
    expect(completion.body.errors[0].detail).toContain(claim.body.id);
    await api.post(`/v1/training-records/${claim.body.id}/reject`, { reason: "以结业记录为准" });
    expect(
      (await api.post(`/v1/training-programs/${p.id}/enrollments/results`, [{ teacherId: t.id, status: "completed", on: "2025-06-28" }]))
        .status,
    ).toBe(200);
    const again = await api.post(`/v1/teachers/${t.id}/training-records`, {
      source: "program",
      programId: p.id,
      title: "国培",
      category: "ict",
      hours: 50,
      completedOn: "2025-06-28",
    });
    expect(again.status).toBe(409);
  });

  it("returns the transcript as CSV", async () => {
    const api = root();
    const tree = await makeTree(api);
    const t = await makeTeacher(api, { schoolId: tree.schoolA.id });
    await api.post(`/v1/teachers/${t.id}/training-records`, {
      source: "external_course",
      title: '课程, "一"',
      category: "ict",
      hours: 3.5,
      completedOn: "2024-04-01",
      evidenceRef: uniqueCode("E"),
    });
    const res = await ctx.app.request(`/v1/teachers/${t.id}/training-transcript`, {
      headers: { authorization: `Bearer ${ctx.token}`, accept: "text/csv" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(".csv");
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "completedOn,title,category,level,organiser,source,programCode,hours,schoolBased,status,evidenceRef,verifiedAt,decidedOn,rejectionReason,recordId",
    );
    expect(lines[1]).toMatch(/^2024-04-01,"课程, ""一""",ict,,,external_course,,3.5,false,submitted,/);
  });
});
