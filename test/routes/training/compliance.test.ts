import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { trainingRecords } from "../../../src/db/schema/index.ts";
import { COMPLIANCE_STATUSES } from "../../../src/domain/vocab.ts";
import { compliancePageSchema, complianceSchema } from "../../../src/contract/training/compliance.ts";
import { useTestApp } from "../../support/app.ts";
import { client, type Client } from "../../support/http.ts";
import { makeSchool } from "../../support/factories.ts";
import { makeProgram, makeRule, makeTeacher, makeTree, verifiedHours } from "./fixtures.ts";

const ctx = useTestApp();
const root = () => client(ctx);

async function collect(api: Client, path: string) {
  const out: z.infer<typeof compliancePageSchema>["items"] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const res = await api.get(`${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const page = compliancePageSchema.parse(res.body);
    out.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return out;
}

const dayOf = (t: Date | null) => (t ? t.toISOString().slice(0, 10) : null);
/** A record's decision instants with their business dates: the recording day, as a review stamps it. */
const decided = (verifiedAt: Date | null, rejectedAt: Date | null) => ({
  verifiedAt,
  rejectedAt,
  verifiedOn: dayOf(verifiedAt),
  rejectedOn: dayOf(rejectedAt),
});

/** The fields the list and the per-teacher evaluation share. */
function summaryOf(x: Record<string, unknown>) {
  const pick = ["status", "notEligibleReason", "required", "expectedToDate", "verified", "counted", "pending", "shortfall"].map((k) => [
    k,
    x[k],
  ]);
  return Object.fromEntries(pick);
}

describe("training compliance", () => {
  it("explains a closed cycle: window, rule version of its time, checks with the records that count", async () => {
    const api = root();
    const tree = await makeTree(api);
    await makeRule(api, tree.countyA.id, {
      hoursPerCycle: 240,
      caps: [{ bucket: "school_based", maxPercent: 50 }],
      minimums: [{ bucket: "ethics", hours: 24 }],
    });
    await makeRule(api, tree.countyA.id, { effectiveFrom: "2026-01-01", hoursPerCycle: 360 });
    const t = await makeTeacher(api, { schoolId: tree.schoolA.id, hireDate: "2010-09-01" });
    const first = await verifiedHours(api, t.id, "2021-01-01", 100);
    const last = await verifiedHours(api, t.id, "2025-12-31", 20, { category: "ethics" });
    const sb = await verifiedHours(api, t.id, "2023-05-01", 150, { source: "school_activity", evidenceRef: undefined });
    await verifiedHours(api, t.id, "2020-12-31", 100); // cycle 3

    const res = await api.get(`/v1/teachers/${t.id}/training-compliance?cycle=4`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const c = complianceSchema.parse(res.body);
    expect(c.cycle).toEqual({ number: 4, from: "2021-01-01", to: "2025-12-31" });
    expect(c.rule!.hoursPerCycle).toBe(240);
    expect(c.required).toBe(240);
    expect(c.verified).toBe(270);
    expect(c.counted).toBe(240); // school-based capped at 120
    expect(c.excluded).toBe(30);
    expect(c.status).toBe("behind"); // the ethics minimum (24) is not met: 20
    const total = c.checks.find((x) => x.code === "cycle_total")!;
    expect(total).toMatchObject({ passed: true, closed: true });
    expect(new Set(total.recordIds)).toEqual(new Set([first.id, last.id, sb.id]));
    expect(c.checks.find((x) => x.code === "minimum")).toMatchObject({
      bucket: "ethics",
      required: 24,
      hours: 20,
      passed: false,
      recordIds: [last.id],
    });
    expect(c.checks.find((x) => x.code === "cap")).toMatchObject({ bucket: "school_based", required: 120, hours: 150, excluded: 30 });
    expect(c.records).toHaveLength(4);

    // The current cycle is judged by the new version.
    const now = complianceSchema.parse((await api.get(`/v1/teachers/${t.id}/training-compliance`)).body);
    expect(now.rule!.hoursPerCycle).toBe(360);
    // As of a date before the verifications' date (today), the records were completed but not yet verified: pending.
    const past = complianceSchema.parse((await api.get(`/v1/teachers/${t.id}/training-compliance?asOf=2025-12-31&cycle=4`)).body);
    expect(past.verified).toBe(0);
    expect(past.pending).toBe(270);
    expect(past.records.every((r) => r.statusAsOf === "pending")).toBe(true);
  });

  it("inherits the nearest jurisdiction's rules, and says when no rule applies", async () => {
    const api = root();
    const tree = await makeTree(api);
    const t0 = await makeTeacher(api, { schoolId: tree.schoolA.id, hireDate: "2010-09-01" });
    const none = complianceSchema.parse((await api.get(`/v1/teachers/${t0.id}/training-compliance`)).body);
    expect(none).toMatchObject({ status: "not_eligible", notEligibleReason: "no_rule", rule: null });
    const cityRule = await makeRule(api, tree.city.id);
    const countyRule = await makeRule(api, tree.countyA.id, { hoursPerCycle: 300 });
    const tB = await makeTeacher(api, { schoolId: tree.schoolB.id, hireDate: "2010-09-01" });
    expect((await api.get(`/v1/teachers/${t0.id}/training-compliance`)).body.rule.id).toBe(countyRule.id);
    expect((await api.get(`/v1/teachers/${tB.id}/training-compliance`)).body.rule.id).toBe(cityRule.id);
    // Rules are visible to principals below (they apply to them) and above, not to siblings.
    const townClerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.township.id }));
    expect((await townClerk.get(`/v1/training-rules/${countyRule.id}`)).status).toBe(200);
    expect((await townClerk.get(`/v1/training-rules/${cityRule.id}`)).status).toBe(200);
    const countyBClerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.countyB.id }));
    expect((await countyBClerk.get(`/v1/training-rules/${countyRule.id}`)).status).toBe(404);
    const chain = await townClerk.get(`/v1/training-rules?appliesTo=${tree.township.id}`);
    expect(chain.body.items.map((r: { id: string }) => r.id).sort()).toEqual([cityRule.id, countyRule.id].sort());
  });

  it("keeps versions in force immutable; a future version can be corrected", async () => {
    const api = root();
    const tree = await makeTree(api);
    const inForce = await makeRule(api, tree.countyB.id);
    const patch = await api.patch(`/v1/training-rules/${inForce.id}`, { hoursPerCycle: 300 });
    expect(patch.status).toBe(409);
    const future = await makeRule(api, tree.countyB.id, { effectiveFrom: "2099-01-01" });
    const ok = await api.patch(`/v1/training-rules/${future.id}`, { hoursPerCycle: 300 }, { "if-match": `"${future.version}"` });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.hoursPerCycle).toBe(300);
    const backdate = await api.patch(`/v1/training-rules/${future.id}`, { effectiveFrom: "2020-01-01" });
    expect(backdate.status).toBe(422);
    expect(backdate.body.errors[0].pointer).toBe("/effectiveFrom");
    const duplicate = await api.post("/v1/training-rules", {
      jurisdictionId: tree.countyB.id,
      name: "x",
      effectiveFrom: "2099-01-01",
      cycleYears: 5,
      anchorYear: 2006,
      hoursPerCycle: 1,
    });
    expect(duplicate.status).toBe(409);
    const bad = await api.post("/v1/training-rules", {
      jurisdictionId: tree.countyB.id,
      name: "x",
      effectiveFrom: "2098-01-01",
      cycleYears: 5,
      anchorYear: 2006,
      hoursPerCycle: 12.55,
      caps: [{ bucket: "school_based" }],
      requirements: [{ code: "Q", title: "q", hours: 5, from: "2022-01-01", to: "2021-01-01" }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      "/caps/0/maxHours",
      "/hoursPerCycle",
      "/requirements/0/programId",
      "/requirements/0/to",
    ]);
  });

  it("filters by status in SQL with the same answer as the per-teacher evaluation, without skipping rows", async () => {
    const api = root();
    const tree = await makeTree(api);
    const program = await makeProgram(api, { ownerJurisdictionId: tree.countyA.id });
    await makeRule(api, tree.countyA.id, {
      hoursPerCycle: 24,
      minHoursPerYear: 1,
      minYearsOfTeaching: 1,
      proRate: "month",
      minimums: [{ bucket: "ethics", hours: 2 }],
      caps: [
        { bucket: "school_based", maxPercent: 50 },
        { bucket: "ict", maxHours: 8 },
      ],
      requirements: [
        { code: "MID", title: "中级培训", programId: program.id, category: null, hours: 1, from: "2024-01-01", to: "2026-06-30" },
      ],
    });
    // A simpler rule for the township's school, so every status occurs.
    await makeRule(api, tree.township.id, { hoursPerCycle: 20, proRate: "year", caps: [{ bucket: "school_based", maxPercent: 50 }] });
    const schoolT = await makeSchool(api, tree.township.id);
    // Deterministic pseudo-random teachers and records, written straight to the table so status
    // instants (submitted, verified, rejected) can lie in the past.
    let seed = 7;
    const rnd = (k: number) => {
      // mulberry32
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) % k;
    };
    const day = (y: number) => `${y}-${String(1 + rnd(12)).padStart(2, "0")}-${String(1 + rnd(28)).padStart(2, "0")}`;
    const categories = ["ethics", "subject", "ict", "general"] as const;
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) {
      const start = i % 6 === 0 ? "2025-03-15" : i % 6 === 1 ? "2024-02-29" : i % 6 === 2 ? null : "2012-09-01";
      const t = await makeTeacher(api, {
        schoolId: i % 2 ? schoolT.id : tree.schoolA.id,
        hireDate: start ?? undefined,
        teachingStartDate: start,
      });
      ids.push(t.id);
      const rows = [];
      for (let k = 0, m = 3 + rnd(14); k < m; k++) {
        const completedOn = day(2020 + rnd(7));
        const submitted = new Date(`${completedOn}T08:00:00Z`).getTime() + rnd(40) * 86_400_000;
        const fate = rnd(12);
        rows.push({
          teacherId: t.id,
          source: (k % 5 === 4 ? "program" : rnd(3) === 0 ? "school_activity" : "external_course") as
            | "program"
            | "school_activity"
            | "external_course",
          programId: k % 5 === 4 ? program.id : null,
          title: "x",
          category: categories[rnd(4)]!,
          schoolBased: rnd(3) === 0,
          hours: (0.5 + rnd(60) / 10).toFixed(1),
          completedOn,
          status: (fate < 8 ? "verified" : fate < 10 ? "submitted" : "rejected") as "verified" | "submitted" | "rejected",
          submittedBy: "test",
          submittedAt: new Date(submitted),
          ...decided(
            fate < 8 || fate === 11 ? new Date(submitted + rnd(400) * 86_400_000) : null,
            fate >= 10 ? new Date(submitted + (300 + rnd(400)) * 86_400_000) : null,
          ),
        });
      }
      // One programme record per teacher at most (the unique rule): keep the first.
      const seen = new Set<string>();
      const unique = rows.filter((r) => !r.programId || (!seen.has(r.teacherId) && seen.add(r.teacherId)));
      if (unique.length) await ctx.db.insert(trainingRecords).values(unique);
    }
    const ended = await makeTeacher(api, { schoolId: tree.schoolA.id, hireDate: "2012-09-01" });
    await api.post(`/v1/teachers/${ended.id}/end`, { status: "retired", endedOn: "2026-01-31" });

    const seen = new Set<string>();
    // Business dates, some with a knowledge instant (what the register had recorded then).
    for (const [asOf, cycle, knownAt] of [
      ["2023-06-30", undefined, undefined],
      ["2024-06-30", undefined, "2024-06-30T23:59:59Z"],
      ["2025-12-31", 4, undefined],
      ["2025-12-31", 4, "2025-03-01T00:00:00Z"],
      ["2026-05-01", undefined, undefined],
      ["2026-05-01", 4, "2026-05-01T08:00:00+08:00"],
      ["2030-06-30", 5, undefined],
    ] as const) {
      const params = `asOf=${asOf}${cycle ? `&cycle=${cycle}` : ""}${knownAt ? `&knownAt=${encodeURIComponent(knownAt)}` : ""}`;
      const q = `/v1/training-compliance?jurisdictionId=${tree.countyA.id}&${params}&limit=4`;
      const all = await collect(api, q);
      expect(all.map((x) => x.teacherId)).toEqual(
        [...ids, ...(asOf < "2026-01-31" ? [ended.id] : [])].filter((id) => all.some((x) => x.teacherId === id)).sort(),
      );
      for (const x of all) seen.add(x.status);
      for (const status of COMPLIANCE_STATUSES) {
        const filtered = await collect(api, `${q}&status=${status}`);
        const expected = all.filter((x) => x.status === status);
        expect(
          filtered.map((x) => x.teacherId),
          `${status} as of ${asOf} cycle ${cycle} known at ${knownAt}`,
        ).toEqual(expected.map((x) => x.teacherId));
      }
      // The list (SQL) and the per-teacher evaluation (the domain function) agree, teacher by teacher.
      for (const item of all) {
        const one = await api.get(`/v1/teachers/${item.teacherId}/training-compliance?${params}`);
        const where = `${item.teacherId} as of ${asOf} cycle ${cycle} known at ${knownAt}`;
        expect(summaryOf(one.body), where).toEqual(summaryOf(item));
        expect([item.ruleId, item.cycle, item.cycleFrom, item.cycleTo], where).toEqual([
          one.body.rule?.id ?? null,
          one.body.cycle?.number ?? null,
          one.body.cycle?.from ?? null,
          one.body.cycle?.to ?? null,
        ]);
      }
    }
    expect([...seen].sort()).toEqual([...COMPLIANCE_STATUSES].sort()); // the data exercises every status
  }, 120_000);

  it("lists a school's teachers as CSV with Accept: text/csv", async () => {
    const api = root();
    const tree = await makeTree(api);
    await makeRule(api, tree.countyB.id, { hoursPerCycle: 20 });
    const done = await makeTeacher(api, { name: "=李老师", schoolId: tree.schoolB.id, hireDate: "2012-09-01" });
    await verifiedHours(api, done.id, "2024-03-01", 20.5);
    const other = await makeTeacher(api, { schoolId: tree.schoolB.id, hireDate: "2012-09-01" });
    const res = await ctx.app.request(`/v1/training-compliance?schoolId=${tree.schoolB.id}&cycle=4`, {
      headers: { authorization: `Bearer ${ctx.token}`, accept: "text/csv" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for spreadsheet programs
    const lines = new TextDecoder().decode(bytes).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "teacherId,teacherName,schoolId,schoolName,status,notEligibleReason,ruleId,cycle,cycleFrom,cycleTo,required,expectedToDate,verified,counted,pending,shortfall",
    );
    expect(lines).toHaveLength(3);
    const byId = new Map(lines.slice(1).map((l) => [l.split(",")[0], l.split(",")]));
    expect(byId.get(done.id)!.slice(1, 2)).toEqual(["'=李老师"]); // formula-safe
    expect(byId.get(done.id)![4]).toBe("complete");
    expect(byId.get(done.id)![12]).toBe("20.5");
    expect(byId.get(other.id)![4]).toBe("behind");
  });

  it("is scoped: other counties' teachers are 404 and absent from lists; a teacher sees only themself", async () => {
    const api = root();
    const tree = await makeTree(api);
    const tA = await makeTeacher(api, { schoolId: tree.schoolA.id, hireDate: "2012-09-01" });
    const tB = await makeTeacher(api, { schoolId: tree.schoolB.id, hireDate: "2012-09-01" });
    const clerkB = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.countyB.id }));
    expect((await clerkB.get(`/v1/teachers/${tA.id}/training-compliance`)).status).toBe(404);
    expect((await clerkB.get(`/v1/teachers/${tA.id}/training-transcript`)).status).toBe(404);
    const listed = await collect(clerkB, `/v1/training-compliance?jurisdictionId=${tree.city.id}`);
    expect(listed.map((x) => x.teacherId)).toEqual([tB.id]);
    const self = client(ctx, await ctx.tokenFor("teacher", { teacherId: tA.id }));
    expect((await self.get(`/v1/teachers/${tA.id}/training-compliance`)).status).toBe(200);
    expect((await self.get(`/v1/teachers/${tB.id}/training-compliance`)).status).toBe(404);
    expect((await collect(self, `/v1/training-compliance?jurisdictionId=${tree.city.id}`)).map((x) => x.teacherId)).toEqual([tA.id]);
    const reporter = client(ctx, await ctx.tokenFor("reporter", { jurisdictionId: tree.city.id }));
    expect((await reporter.get(`/v1/training-compliance?jurisdictionId=${tree.city.id}`)).status).toBe(403);
  });
});
