import { describe, expect, it } from "vitest";
import { auditEventPageSchema } from "../../../src/contract/audit.ts";
import { compliancePageSchema, complianceSchema } from "../../../src/contract/training/compliance.ts";
import { recordSchema } from "../../../src/contract/training/records.ts";
import { syncBatchSchema } from "../../../src/contract/sync.ts";
import { transcriptSchema } from "../../../src/contract/training/transcript.ts";
import { useTestApp } from "../../support/app.ts";
import { client, type Client } from "../../support/http.ts";
import { makeRule, makeTeacher, makeTree, uniqueCode } from "./fixtures.ts";

const ctx = useTestApp();
const root = () => client(ctx);
const pause = () => new Promise((r) => setTimeout(r, 25));
const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * Three years of a teacher's training history, decided in the past and loaded today. The rule: 120 h per
 * 3-year cycle from 2022 (cycle 1 = 2022-01-01..2024-12-31, 1096 days), no pro-rating (hired 2010).
 */
const HISTORY = [
  { completedOn: "2022-03-10", hours: 30, decidedOn: "2022-03-20", status: "verified" },
  { completedOn: "2022-11-05", hours: 24, decidedOn: "2022-12-01", status: "verified", category: "ethics" },
  { completedOn: "2023-05-01", hours: 20, decidedOn: "2023-06-15", status: "verified" },
  { completedOn: "2023-09-10", hours: 16, decidedOn: "2023-09-30", status: "rejected", rejectionReason: "证书编号无法核实" },
  { completedOn: "2024-04-01", hours: 40, decidedOn: "2024-04-10", status: "verified" },
  { completedOn: "2024-12-20", hours: 10, decidedOn: "2025-01-05", status: "verified" },
] as const;

function historical(row: (typeof HISTORY)[number]) {
  return {
    source: "external_course",
    title: "继续教育网络研修",
    category: "category" in row ? row.category : "subject",
    evidenceRef: uniqueCode("HIST"),
    reviewedBy: "王主任（原县教师进修学校）",
    ...row,
  };
}

async function setup() {
  const api = root();
  const tree = await makeTree(api);
  await makeRule(api, tree.countyA.id, { cycleYears: 3, anchorYear: 2022, hoursPerCycle: 120, effectiveFrom: "2022-01-01" });
  const t = await makeTeacher(api, { schoolId: tree.schoolA.id, hireDate: "2010-09-01" });
  const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.countyA.id }));
  return { api, tree, t, clerk };
}

async function compliance(api: Client, teacherId: string, query: string) {
  const res = await api.get(`/v1/teachers/${teacherId}/training-compliance?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return complianceSchema.parse(res.body);
}

const figures = (c: { status: string; verified: number; pending: number; counted: number; expectedToDate: number; shortfall: number }) => ({
  status: c.status,
  verified: c.verified,
  pending: c.pending,
  counted: c.counted,
  expectedToDate: c.expectedToDate,
  shortfall: c.shortfall,
});

describe("training history import: valid time (asOf) and knowledge time (knownAt)", () => {
  it("loads three years of decided records today and answers the past compliance figures; knownAt before the import sees none", async () => {
    const { tree, t, clerk } = await setup();
    const beforeImport = new Date().toISOString();
    await pause();
    const ids: string[] = [];
    for (const row of HISTORY) {
      const res = await clerk.post(`/v1/teachers/${t.id}/training-records`, historical(row));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const rec = recordSchema.parse(res.body);
      expect(rec).toMatchObject({ status: row.status, decidedOn: row.decidedOn, reviewedBy: "王主任（原县教师进修学校）" });
      expect(rec.status === "verified" ? rec.verifiedAt : rec.rejectedAt).toBe(rec.submittedAt); // recorded at the import
      ids.push(rec.id);
    }
    await pause();
    const afterImport = new Date().toISOString();

    // Hand-computed, in hours: expected = floor(1200 tenths × days elapsed / 1096) / 10.
    const asOf = (d: string, extra = "") => compliance(clerk, t.id, `asOf=${d}&cycle=1${extra}`);
    // 2022-12-31: 30 + 24 verified; 365 days → 39.9 expected.
    expect(figures(await asOf("2022-12-31"))).toEqual({
      status: "on_track",
      verified: 54,
      pending: 0,
      counted: 54,
      expectedToDate: 39.9,
      shortfall: 66,
    });
    // 2023-06-30: + 20 (decided 06-15); 546 days → 59.7.
    expect(figures(await asOf("2023-06-30"))).toMatchObject({ status: "on_track", verified: 74, pending: 0, expectedToDate: 59.7 });
    // 2023-09-20: the 16 h course was completed and not yet rejected (that is dated 09-30): pending; 628 days → 68.7.
    const sept = await asOf("2023-09-20");
    expect(figures(sept)).toMatchObject({ status: "on_track", verified: 74, pending: 16, expectedToDate: 68.7 });
    expect(sept.records.find((r) => r.id === ids[3])).toMatchObject({ statusAsOf: "pending", rejectionReason: null });
    const oct = await asOf("2023-10-01");
    expect(oct.records.find((r) => r.id === ids[3])).toMatchObject({ statusAsOf: "rejected", rejectionReason: "证书编号无法核实" });
    expect(oct.pending).toBe(0);
    // 2024-12-31: 114 verified, the 10 h decided only on 2025-01-05 is pending; the cycle is closed short of 120.
    expect(figures(await asOf("2024-12-31"))).toEqual({
      status: "behind",
      verified: 114,
      pending: 10,
      counted: 114,
      expectedToDate: 120,
      shortfall: 6,
    });
    // 2025-01-10, cycle 1: all 124 h → complete.
    expect(figures(await asOf("2025-01-10"))).toMatchObject({ status: "complete", verified: 124, pending: 0, shortfall: 0 });

    // Knowledge time: before the import the register held nothing; after it, the same figures as now.
    const then = await asOf("2024-12-31", `&knownAt=${encodeURIComponent(beforeImport)}`);
    expect(figures(then)).toEqual({ status: "behind", verified: 0, pending: 0, counted: 0, expectedToDate: 120, shortfall: 120 });
    expect(then.records).toEqual([]);
    expect(then.knownAt).toBe(beforeImport);
    expect(figures(await asOf("2024-12-31", `&knownAt=${encodeURIComponent(afterImport)}`))).toMatchObject({ verified: 114, pending: 10 });

    // The list (SQL) answers the same, with and without knownAt.
    const list = async (extra: string) => {
      const res = await clerk.get(`/v1/training-compliance?schoolId=${tree.schoolA.id}&asOf=2023-06-30&cycle=1${extra}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return compliancePageSchema.parse(res.body).items.find((x) => x.teacherId === t.id)!;
    };
    expect(await list("")).toMatchObject({ status: "on_track", verified: 74, counted: 74, pending: 0, expectedToDate: 59.7 });
    expect(await list(`&knownAt=${encodeURIComponent(beforeImport)}`)).toMatchObject({ status: "behind", verified: 0, counted: 0 });

    // The transcript as known before the import is empty; now it totals the verified 124 h (the rejection left out).
    const transcript = async (extra: string) =>
      transcriptSchema.parse((await clerk.get(`/v1/teachers/${t.id}/training-transcript?${extra}`)).body);
    expect((await transcript(`knownAt=${encodeURIComponent(beforeImport)}`)).records).toEqual([]);
    const now = await transcript("");
    expect(now.totals).toEqual({ verified: 124, submitted: 0 });
    expect(now.byYear).toEqual([
      { year: 2022, verified: 54, submitted: 0 },
      { year: 2023, verified: 20, submitted: 0 },
      { year: 2024, verified: 50, submitted: 0 },
    ]);

    // A metric over the county: as of 2025-01-10 the one teacher's cycle 1 is complete (100 %), unknown before the import (0 %).
    const metric = async (knownAt?: string) => {
      const res = await clerk.post("/v1/metrics/evaluate", {
        metric: { kind: "training_compliance", statuses: ["complete"], cycle: 1 },
        jurisdictionId: tree.countyA.id,
        asOf: "2025-01-10",
        ...(knownAt ? { knownAt } : {}),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body as { numerator: number; denominator: number; value: number };
    };
    expect(await metric()).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
    expect(await metric(beforeImport)).toMatchObject({ numerator: 0, denominator: 1, value: 0 });

    // The audit says import, with the historical decider; the actor is the clerk who loaded it.
    const events = auditEventPageSchema.parse((await root().get(`/v1/audit-events?entityId=${ids[0]}`)).body).items;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "import", actorRole: "hr_clerk", entity: "TrainingRecord" });
    expect(events[0]!.after).toMatchObject({ status: "verified", reviewedBy: "王主任（原县教师进修学校）", verifiedOn: "2022-03-20" });
  }, 60_000);

  it("a record verified today for a course completed last year counts as of today, not as known before the verification", async () => {
    const { t, clerk } = await setup();
    const lastYear = `${Number(todayUtc().slice(0, 4)) - 1}-11-01`;
    const claim = await clerk.post(`/v1/teachers/${t.id}/training-records`, {
      source: "school_activity",
      title: "校本研修",
      category: "subject",
      hours: 12,
      completedOn: lastYear,
    });
    expect(claim.status, JSON.stringify(claim.body)).toBe(201);
    await pause();
    const submittedNotVerified = new Date().toISOString();
    await pause();
    const verified = await clerk.post(`/v1/training-records/${claim.body.id}/verify`, {});
    expect(verified.body).toMatchObject({ status: "verified", decidedOn: todayUtc(), verifiedOn: todayUtc() });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();

    const statusOf = async (extra: string) =>
      (await compliance(clerk, t.id, `asOf=${todayUtc()}${extra}`)).records.find((r) => r.id === claim.body.id)?.statusAsOf;
    expect(await statusOf("")).toBe("verified");
    expect(await statusOf(`&knownAt=${encodeURIComponent(submittedNotVerified)}`)).toBe("pending");
    expect(await statusOf(`&knownAt=${encodeURIComponent(yesterday)}`)).toBeUndefined(); // not yet in the register
    // As of a day before the verification (known now) it was completed but not yet verified.
    const dayBefore = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await compliance(clerk, t.id, `asOf=${dayBefore}`)).records.find((r) => r.id === claim.body.id)?.statusAsOf).toBe("pending");
    // The transcript as known in between shows it submitted.
    const transcript = transcriptSchema.parse(
      (await clerk.get(`/v1/teachers/${t.id}/training-transcript?knownAt=${encodeURIComponent(submittedNotVerified)}`)).body,
    );
    expect(transcript.records.map((r) => [r.id, r.status, r.verifiedAt, r.decidedOn])).toEqual([[claim.body.id, "submitted", null, null]]);
    expect(transcript.totals).toEqual({ verified: 0, submitted: 12 });
  });

  it("refuses bad imports with pointers, an importer out of scope, and a teacher importing", async () => {
    const { api, tree, t, clerk } = await setup();
    const base = historical(HISTORY[0]);
    const refused = async (body: Record<string, unknown>, pointer: string, who = clerk) => {
      const res = await who.post(`/v1/teachers/${t.id}/training-records`, { ...base, evidenceRef: uniqueCode("BAD"), ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    };
    await refused({ decidedOn: "2022-03-09" }, "/decidedOn"); // before completedOn
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await refused({ completedOn: "2022-03-10", decidedOn: tomorrow }, "/decidedOn");
    await refused({ decidedOn: undefined }, "/decidedOn");
    await refused({ reviewedBy: undefined }, "/reviewedBy");
    await refused({ status: "rejected", rejectionReason: undefined }, "/rejectionReason");
    await refused({ status: "submitted" }, "/decidedOn"); // a submitted claim has no decision
    await refused({ status: "verified", rejectionReason: "x" }, "/rejectionReason");

    // A clerk of another county does not see the teacher (404); a teacher may not import (403).
    const otherClerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.countyB.id }));
    expect((await otherClerk.post(`/v1/teachers/${t.id}/training-records`, base)).status).toBe(404);
    const teacher = client(ctx, await ctx.tokenFor("teacher", { teacherId: t.id }));
    const denied = await teacher.post(`/v1/teachers/${t.id}/training-records`, base);
    expect(denied.status, JSON.stringify(denied.body)).toBe(403);
    // Nothing was written by any of them.
    const records = await api.get(`/v1/teachers/${t.id}/training-records`);
    expect(records.body.items).toEqual([]);
  });

  it("imports decided history through a sync batch, per-row problems for bad rows, audited as import by the school system", async () => {
    const { tree, clerk } = await setup();
    const system = client(ctx, await ctx.tokenFor("school_sync", { schoolId: tree.schoolA.id }));
    const row = (key: string, extra: Record<string, unknown> = {}) => ({
      sourceKey: key,
      teacherSourceKey: "T1",
      source: "external_course",
      title: "师德专题网络研修",
      category: "ethics",
      hours: 30,
      completedOn: "2022-05-20",
      evidenceRef: `EV-${key}-${uniqueCode("x")}`,
      status: "verified",
      decidedOn: "2022-06-01",
      reviewedBy: "学校教务处",
      ...extra,
    });
    const rows = [
      row("H1"),
      row("H2", { completedOn: "2023-03-01", decidedOn: "2023-02-01" }), // decided before completed
      row("H3", { status: "rejected", decidedOn: "2023-04-01", completedOn: "2023-03-15", rejectionReason: "重复申报" }),
      row("H4", { status: undefined, decidedOn: undefined, reviewedBy: undefined, completedOn: "2024-03-01" }), // a plain claim
    ];
    const teacherRow = {
      sourceKey: "T1",
      name: "教师T1",
      gender: "female",
      birthDate: "1988-03-02",
      employmentCategory: "on_establishment",
      hireDate: "2010-09-01",
    };
    const push = async (trainingRecords: unknown[]) => {
      const res = await system.post(
        "/v1/sync/batches",
        { mode: "apply", scope: "delta", schoolId: tree.schoolA.id, records: { teachers: [teacherRow], trainingRecords } },
        { "idempotency-key": uniqueCode("K") },
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return syncBatchSchema.parse(res.body);
    };
    const batch = await push(rows);
    const results = batch.results.filter((r) => r.entity === "training_record");
    expect(results.map((r) => [r.sourceKey, r.outcome])).toEqual([
      ["H1", "created"],
      ["H2", "rejected"],
      ["H3", "created"],
      ["H4", "created"],
    ]);
    expect(results[1]!.problem!.errors!.map((e) => e.pointer)).toEqual(["/records/trainingRecords/1/decidedOn"]);
    const teacherId = results[0]!.teacherId!;

    // As of 2022-12-31 the imported 30 h count (decided 2022-06-01); the rejection and the claim do not.
    const c = await compliance(clerk, teacherId, "asOf=2022-12-31&cycle=1");
    expect(c).toMatchObject({ verified: 30, pending: 0 });
    const h3 = await clerk.get(`/v1/training-records/${results[2]!.id}`);
    expect(h3.body).toMatchObject({ status: "rejected", decidedOn: "2023-04-01", rejectionReason: "重复申报", reviewedBy: "学校教务处" });
    const h4 = await clerk.get(`/v1/training-records/${results[3]!.id}`);
    expect(h4.body).toMatchObject({ status: "submitted", decidedOn: null, reviewedBy: null });

    const events = auditEventPageSchema.parse((await root().get(`/v1/audit-events?entityId=${results[0]!.id}`)).body).items;
    expect(events.map((e) => [e.action, e.actorRole])).toEqual([["import", "school_sync"]]);
    expect(events[0]!.after).toMatchObject({ reviewedBy: "学校教务处", verifiedOn: "2022-06-01" });
    const claimEvents = auditEventPageSchema.parse((await root().get(`/v1/audit-events?entityId=${results[3]!.id}`)).body).items;
    expect(claimEvents.map((e) => e.action)).toEqual(["submit"]);

    // Sent again: unchanged; the plain claim sent decided is refused for the row (it is verified through the API).
    const again = await push([rows[0], rows[2], { ...rows[3], status: "verified", decidedOn: "2024-03-05", reviewedBy: "学校教务处" }]);
    expect(again.results.filter((r) => r.entity === "training_record").map((r) => [r.sourceKey, r.outcome])).toEqual([
      ["H1", "unchanged"],
      ["H3", "unchanged"],
      ["H4", "rejected"],
    ]);
  }, 60_000);
});
