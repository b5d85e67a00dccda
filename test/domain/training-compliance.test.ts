import { describe, expect, it } from "vitest";
import { anniversary, daysInclusive } from "../../src/domain/training/calendar.ts";
import {
  countedAfterCaps,
  evaluateCompliance,
  recordStatusAsOf,
  type RecordFacts,
  type TeacherFacts,
} from "../../src/domain/training/compliance.ts";
import { transition, rate, type EnrollmentState } from "../../src/domain/training/enrollment.ts";
import { hasOneDecimal, scaleTenths, toTenths } from "../../src/domain/training/hours.ts";
import { asKnownAt } from "../../src/domain/training/known-at.ts";
import { cycleNumberOn, cycleWindow, resolveRule, type RuleChain, type TrainingRuleVersion } from "../../src/domain/training/rules.ts";

/** Plain data only: no HTTP, no SQL. Hours are tenths (360 h = 3600). */
const H = (hours: number) => hours * 10;

function rule(overrides: Partial<TrainingRuleVersion> = {}): TrainingRuleVersion {
  return {
    id: "rule-1",
    jurisdictionId: "city",
    name: "360 per five years",
    effectiveFrom: "2000-01-01",
    cycleYears: 5,
    anchorYear: 2006,
    hoursPerCycle: H(360),
    minHoursPerYear: null,
    minYearsOfTeaching: 0,
    proRate: "none",
    minimums: [],
    caps: [],
    requirements: [],
    ...overrides,
  };
}

const teacher = (overrides: Partial<TeacherFacts> = {}): TeacherFacts => ({
  id: "t1",
  teachingStart: "2010-09-01",
  status: "active",
  endedOn: null,
  ...overrides,
});

const at = (date: string, time = "10:00:00") => Date.parse(`${date}T${time}Z`);
let n = 0;
function rec(completedOn: string, hours: number, overrides: Partial<RecordFacts> = {}): RecordFacts {
  n += 1;
  const r = {
    id: `r${n}`,
    hours: H(hours),
    category: "subject" as const,
    schoolBased: false,
    completedOn,
    programId: null,
    submittedAt: at(completedOn),
    verifiedAt: at(completedOn),
    rejectedAt: null,
    ...overrides,
  };
  // Unless a test says otherwise, a decision's date is the day it was recorded (UTC), as a review stamps it.
  const day = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));
  return { verifiedOn: day(r.verifiedAt), rejectedOn: day(r.rejectedAt), ...r };
}

function evaluate(asOf: string, records: RecordFacts[], r: TrainingRuleVersion = rule(), t: TeacherFacts = teacher(), cycle?: number) {
  return evaluateCompliance({ asOf, teacher: t, resolution: resolveRule([[r]], asOf, cycle), records });
}

describe("hours and dates", () => {
  it("keeps one decimal place exactly", () => {
    expect(toTenths(0.1) + toTenths(0.2)).toBe(3);
    expect(toTenths("12.5")).toBe(125);
    expect(hasOneDecimal(12.5)).toBe(true);
    expect(hasOneDecimal(12.55)).toBe(false);
    expect(scaleTenths(H(360), 3, 5)).toBe(H(216));
    expect(scaleTenths(H(50), 1, 3)).toBe(167); // 16.666… → 16.7 (half up)
    expect(scaleTenths(5, 1, 2)).toBe(3); // 0.25 → 0.3
  });

  it("counts whole years of teaching the way 教龄 is counted (29 February → 1 March)", () => {
    expect(anniversary("2019-09-01", 1)).toBe("2020-09-01");
    expect(anniversary("2020-02-29", 1)).toBe("2021-03-01");
    expect(anniversary("2020-02-29", 4)).toBe("2024-02-29");
    expect(daysInclusive("2025-01-01", "2025-12-31")).toBe(365);
  });
});

describe("cycles and rule versions", () => {
  it("numbers cycles from the anchor year", () => {
    const r = rule({ anchorYear: 2006, cycleYears: 5 });
    expect(cycleWindow(r, 4)).toEqual({ number: 4, from: "2021-01-01", to: "2025-12-31" });
    expect(cycleNumberOn(r, "2021-01-01")).toBe(4);
    expect(cycleNumberOn(r, "2020-12-31")).toBe(3);
    expect(cycleNumberOn(r, "2005-06-01")).toBe(0);
  });

  it("applies the nearest jurisdiction's version in force, else an ancestor's", () => {
    const city = rule({ id: "city-v1", jurisdictionId: "city" });
    const county = rule({ id: "county-v1", jurisdictionId: "county", effectiveFrom: "2024-01-01", hoursPerCycle: H(300) });
    const chain: RuleChain = [[county], [city]];
    expect(resolveRule(chain, "2023-12-31").rule?.id).toBe("city-v1");
    expect(resolveRule(chain, "2024-01-01").rule?.id).toBe("county-v1");
    expect(resolveRule([], "2024-01-01")).toEqual({ rule: null, window: null, reason: "no_rule" });
  });

  it("a new version applies from its effective date; a closed cycle keeps the rule of its time", () => {
    const v1 = rule({ id: "v1", hoursPerCycle: H(240) });
    const v2 = rule({ id: "v2", effectiveFrom: "2026-01-01", hoursPerCycle: H(360) });
    const chain: RuleChain = [[v1, v2]];
    // As of a date in cycle 4, before v2: v1.
    expect(resolveRule(chain, "2025-06-30").rule?.id).toBe("v1");
    // Cycle 5 today: v2.
    expect(resolveRule(chain, "2026-03-01").rule?.id).toBe("v2");
    // Cycle 4 judged after v2 came in: still v1, the version in force on 2025-12-31.
    const past = resolveRule(chain, "2026-03-01", 4);
    expect(past.rule?.id).toBe("v1");
    expect(past.window).toEqual({ number: 4, from: "2021-01-01", to: "2025-12-31" });
    // So the past evaluation is reproducible: same records, same answer before and after v2.
    const records = [rec("2022-05-01", 250)];
    const before = evaluateCompliance({ asOf: "2025-12-31", teacher: teacher(), resolution: resolveRule(chain, "2025-12-31", 4), records });
    const after = evaluateCompliance({ asOf: "2026-03-01", teacher: teacher(), resolution: past, records });
    expect(before.status).toBe("complete");
    expect(after.status).toBe("complete");
    expect(after.required).toBe(H(240));
  });
});

describe("cycle boundaries", () => {
  it("counts records completed on the first and the last day of the cycle, and none outside", () => {
    const records = [rec("2020-12-31", 100), rec("2021-01-01", 180), rec("2025-12-31", 180), rec("2026-01-01", 100)];
    const r = evaluate("2026-06-30", records, rule(), teacher(), 4);
    expect(r.window).toEqual({ number: 4, from: "2021-01-01", to: "2025-12-31" });
    expect(r.verified).toBe(H(360));
    expect(r.status).toBe("complete");
    const total = r.checks.find((c) => c.code === "cycle_total")!;
    expect(total.recordIds).toEqual([records[1]!.id, records[2]!.id]);
    expect(total.closed).toBe(true);
    expect(r.byYear.map((y) => y.verified)).toEqual([H(180), 0, 0, 0, H(180)]);
  });

  it("one tenth short on the last day is behind, and the check is closed", () => {
    const r = evaluate("2025-12-31", [rec("2021-03-01", 359.9)], rule(), teacher(), 4);
    expect(r.status).toBe("behind");
    expect(r.shortfall).toBe(1);
    expect(r.checks[0]).toMatchObject({ code: "cycle_total", passed: false, closed: true });
  });

  it("ignores records completed after asOf", () => {
    const r = evaluate("2023-06-30", [rec("2023-06-30", 10), rec("2023-07-01", 10)]);
    expect(r.verified).toBe(H(10));
    expect(r.records.map((x) => x.id)).toHaveLength(1);
  });
});

describe("on track and behind", () => {
  it("compares counted hours with the straight-line share for the days elapsed", () => {
    // 2023-07-02 is day 913 of 1826 in cycle 4: expected = floor(3600 × 913 / 1826) = 1800 tenths.
    const onTrack = evaluate("2023-07-02", [rec("2022-01-10", 180)]);
    expect(onTrack.expectedToDate).toBe(1800);
    expect(onTrack.status).toBe("on_track");
    const behind = evaluate("2023-07-02", [rec("2022-01-10", 179.9)]);
    expect(behind.status).toBe("behind");
  });
});

describe("caps and minimums", () => {
  it("caps school-based hours at 50% of the required hours", () => {
    const r = rule({ caps: [{ bucket: "school_based", maxHours: null, maxPercent: 50 }] });
    const res = evaluate("2026-01-10", [rec("2021-05-01", 250, { schoolBased: true }), rec("2022-05-01", 150)], r, teacher(), 4);
    expect(res.verified).toBe(H(400));
    expect(res.counted).toBe(H(330));
    expect(res.excluded).toBe(H(70));
    expect(res.status).toBe("behind");
    const cap = res.checks.find((c) => c.code === "cap")!;
    expect(cap).toMatchObject({ bucket: "school_based", required: H(180), hours: H(250), excluded: H(70), passed: false });
  });

  it("with a category cap too, counts the most hours both caps allow", () => {
    const caps = new Map([
      ["ict", H(100)],
      ["school_based", H(50)],
    ] as const);
    const cells = [
      { category: "ict" as const, schoolBased: false, hours: H(80) },
      { category: "ict" as const, schoolBased: true, hours: H(60) },
      { category: "subject" as const, schoolBased: true, hours: H(40) },
    ];
    // ict: 80 not school-based count, 20 more room for school-based ict; subject: 40 school-based; school-based cap 50 of those 60.
    expect(countedAfterCaps(cells, caps)).toBe(H(130));
  });

  it("requires each bucket minimum, before caps, pro-rated like the total", () => {
    const r = rule({ minimums: [{ bucket: "ethics", hours: H(36) }] });
    const short = evaluate("2026-01-10", [rec("2021-05-01", 340), rec("2022-05-01", 30, { category: "ethics" })], r, teacher(), 4);
    expect(short.counted).toBe(H(370));
    expect(short.status).toBe("behind");
    expect(short.checks.find((c) => c.code === "minimum")).toMatchObject({
      bucket: "ethics",
      required: H(36),
      hours: H(30),
      passed: false,
      closed: true,
    });
    const met = evaluate("2026-01-10", [rec("2021-05-01", 330), rec("2022-05-01", 36, { category: "ethics" })], r, teacher(), 4);
    expect(met.status).toBe("complete");
  });

  it("checks the yearly minimum for every full calendar year of the obligation", () => {
    const r = rule({ minHoursPerYear: H(24) });
    const records = [rec("2021-03-01", 100), rec("2022-03-01", 100), rec("2023-03-01", 10), rec("2024-03-01", 100), rec("2025-03-01", 100)];
    const res = evaluate("2026-01-10", records, r, teacher(), 4);
    expect(res.counted).toBe(H(410));
    expect(res.status).toBe("behind");
    const years = res.checks.filter((c) => c.code === "year_minimum");
    expect(years.map((y) => [y.year, y.passed])).toEqual([
      [2021, true],
      [2022, true],
      [2023, false],
      [2024, true],
      [2025, true],
    ]);
    // Mid-cycle: a failed year that has ended already makes the teacher behind.
    expect(evaluate("2024-01-15", records.slice(0, 3), r, teacher()).status).toBe("behind");
  });

  it("checks an extra requirement in its own window (e.g. 50 学时 中级培训 within three years)", () => {
    const r = rule({
      requirements: [
        { code: "T32", title: "中级培训", programId: "p-mid", category: null, hours: H(50), from: "2021-01-01", to: "2023-12-31" },
      ],
    });
    const records = [rec("2021-06-01", 300), rec("2023-05-01", 30, { programId: "p-mid" }), rec("2024-02-01", 60, { programId: "p-mid" })];
    const res = evaluate("2026-01-10", records, r, teacher(), 4);
    expect(res.counted).toBe(H(390));
    const q = res.checks.find((c) => c.code === "requirement")!;
    expect(q).toMatchObject({ requirementCode: "T32", required: H(50), hours: H(30), passed: false, closed: true });
    expect(q.recordIds).toEqual([records[1]!.id]);
    expect(res.status).toBe("behind");
  });
});

describe("eligibility and pro-rating", () => {
  it("a teacher not yet eligible (years of teaching) is not_eligible", () => {
    const r = rule({ minYearsOfTeaching: 1 });
    const res = evaluate("2024-03-01", [], r, teacher({ teachingStart: "2023-09-01" }));
    expect(res).toMatchObject({ status: "not_eligible", notEligibleReason: "years_of_teaching", obligationFrom: "2024-09-01" });
    expect(evaluate("2024-09-01", [], r, teacher({ teachingStart: "2023-09-01" })).status).not.toBe("not_eligible");
  });

  it("pro-rates a mid-cycle joiner by remaining years or months, from the day they become eligible", () => {
    const t = teacher({ teachingStart: "2022-09-01" });
    const byYear = evaluate("2024-06-30", [], rule({ proRate: "year", minYearsOfTeaching: 1 }), t);
    expect(byYear.obligationFrom).toBe("2023-09-01");
    expect(byYear.proRating).toEqual({ method: "year", numerator: 3, denominator: 5 });
    expect(byYear.required).toBe(H(216));
    const byMonth = evaluate("2024-06-30", [], rule({ proRate: "month", minYearsOfTeaching: 1 }), t);
    expect(byMonth.proRating).toEqual({ method: "month", numerator: 28, denominator: 60 });
    expect(byMonth.required).toBe(H(168));
    const none = evaluate("2024-06-30", [], rule({ proRate: "none", minYearsOfTeaching: 1 }), t);
    expect(none.required).toBe(H(360));
    expect(none.proRating).toBeNull();
  });

  it("pro-rates minimums and percentage caps with the total", () => {
    const r = rule({
      proRate: "year",
      minimums: [{ bucket: "ethics", hours: H(36) }],
      caps: [{ bucket: "school_based", maxHours: null, maxPercent: 50 }],
    });
    const res = evaluate("2024-06-30", [], r, teacher({ teachingStart: "2023-03-01" }));
    expect(res.required).toBe(H(216));
    expect(res.checks.find((c) => c.code === "minimum")!.required).toBe(216);
    expect(res.checks.find((c) => c.code === "cap")!.required).toBe(H(108));
  });

  it("a teacher who left before the evaluation date, a cycle that has not started and no rule are not_eligible", () => {
    expect(evaluate("2024-06-30", [], rule(), teacher({ status: "retired", endedOn: "2024-01-31" })).notEligibleReason).toBe(
      "not_in_service",
    );
    expect(evaluate("2024-06-30", [], rule(), teacher({ status: "retired", endedOn: "2024-07-31" })).status).not.toBe("not_eligible");
    expect(evaluate("2024-06-30", [], rule(), teacher(), 5).notEligibleReason).toBe("cycle_not_started");
    expect(
      evaluateCompliance({ asOf: "2024-06-30", teacher: teacher(), resolution: resolveRule([], "2024-06-30"), records: [] })
        .notEligibleReason,
    ).toBe("no_rule");
  });
});

describe("pending and rejected records", () => {
  it("counts a record by its decision dates on asOf (valid time)", () => {
    const r = rec("2023-03-01", 10, { submittedAt: at("2023-03-02"), verifiedAt: at("2023-03-10"), rejectedAt: null });
    expect(recordStatusAsOf(r, "2023-03-01")).toBe("pending"); // completed, not yet decided
    expect(recordStatusAsOf(r, "2023-03-09")).toBe("pending");
    expect(recordStatusAsOf(r, "2023-03-10")).toBe("verified");
    const withdrawn = { ...r, rejectedAt: at("2023-04-01"), rejectedOn: "2023-04-01" };
    expect(recordStatusAsOf(withdrawn, "2023-03-31")).toBe("verified");
    expect(recordStatusAsOf(withdrawn, "2023-04-01")).toBe("rejected");
    // Imported today with a historical decision: it counts from its decision date.
    const imported = { ...r, submittedAt: at("2026-12-01"), verifiedAt: at("2026-12-01"), verifiedOn: "2023-05-02" };
    expect(recordStatusAsOf(imported, "2023-05-01")).toBe("pending");
    expect(recordStatusAsOf(imported, "2023-05-02")).toBe("verified");
  });

  it("shows what the register held at knownAt (knowledge time)", () => {
    const imported = rec("2023-03-01", 10, { submittedAt: at("2026-12-01"), verifiedAt: at("2026-12-01"), verifiedOn: "2023-05-02" });
    expect(recordStatusAsOf(imported, "2024-01-01", at("2026-11-30"))).toBe("not_submitted");
    expect(recordStatusAsOf(imported, "2024-01-01", at("2026-12-01"))).toBe("verified"); // recorded at that very instant
    const late = rec("2025-06-01", 10, { submittedAt: at("2025-06-02"), verifiedAt: at("2026-12-01") });
    expect(recordStatusAsOf(late, "2026-12-01", at("2026-11-30"))).toBe("pending");
    expect(recordStatusAsOf(late, "2026-12-01")).toBe("verified");
    const withdrawn = { ...late, rejectedAt: at("2026-12-02"), rejectedOn: "2026-12-02" };
    expect(recordStatusAsOf(withdrawn, "2026-12-02", at("2026-12-01", "23:00:00"))).toBe("verified");
    expect(recordStatusAsOf(withdrawn, "2026-12-02")).toBe("rejected");
  });

  it("shows pending hours apart, never counts rejected ones, and stays reproducible", () => {
    const pending = rec("2022-05-01", 40, { verifiedAt: null });
    const rejected = rec("2022-06-01", 50, { verifiedAt: null, rejectedAt: at("2022-07-01") });
    const revoked = rec("2022-08-01", 60, { rejectedAt: at("2024-01-01") });
    const res = evaluate("2023-06-30", [rec("2022-01-10", 100), pending, rejected, revoked]);
    expect(res.verified).toBe(H(160)); // the revoked one still counted on 2023-06-30
    expect(res.pending).toBe(H(40));
    expect(res.checks[0]!.pendingRecordIds).toEqual([pending.id]);
    expect(res.records.find((x) => x.id === rejected.id)!.statusAsOf).toBe("rejected");
    const later = evaluate("2024-06-30", [rec("2022-01-10", 100), pending, rejected, revoked]);
    expect(later.verified).toBe(H(100));
  });
});

describe("enrolment lifecycle", () => {
  const base: EnrollmentState = { status: "enrolled", enrolledOn: "2025-02-20", startedOn: null, completedOn: null, withdrawnOn: null };

  it("goes enrolled → started → completed and credits once", () => {
    const s = transition(base, "started", "2025-03-01");
    expect(s).toMatchObject({ ok: true, changed: true, credit: null });
    const c = transition((s as { next: EnrollmentState }).next, "completed", "2025-06-28");
    expect(c).toMatchObject({
      ok: true,
      credit: "grant",
      next: { status: "completed", startedOn: "2025-03-01", completedOn: "2025-06-28" },
    });
    const again = transition((c as { next: EnrollmentState }).next, "completed", "2025-06-28");
    expect(again).toMatchObject({ ok: true, changed: false, credit: null });
    const corrected = transition((c as { next: EnrollmentState }).next, "failed", "2025-06-28");
    expect(corrected).toMatchObject({ ok: true, credit: "revoke" });
  });

  it("records a result straight from enrolled, and refuses what cannot happen", () => {
    expect(transition(base, "completed", "2025-06-28")).toMatchObject({ ok: true, next: { startedOn: "2025-06-28" } });
    expect(transition(base, "started", "2025-02-19")).toMatchObject({ ok: false, kind: "invalid" });
    const withdrawn = (transition(base, "withdrawn", "2025-03-01") as { next: EnrollmentState }).next;
    expect(transition(withdrawn, "started", "2025-03-02")).toMatchObject({ ok: false, kind: "conflict" });
    const done = (transition(base, "completed", "2025-06-28") as { next: EnrollmentState }).next;
    expect(transition(done, "withdrawn", "2025-07-01")).toMatchObject({ ok: false, kind: "conflict" });
    expect(transition(done, "started", "2025-07-01")).toMatchObject({ ok: false, kind: "conflict" });
  });

  it("rates are fractions, null over nothing", () => {
    expect(rate(95, 100)).toBe(0.95);
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(0, 0)).toBeNull();
  });
});

describe("a record as known at an instant", () => {
  const stored = {
    status: "rejected" as const,
    submittedAt: new Date("2025-03-02T08:00:00Z"),
    reviewedBy: "clerk-2",
    verifiedAt: new Date("2025-03-10T08:00:00Z"),
    verifiedOn: "2025-03-10",
    rejectedAt: new Date("2025-06-01T08:00:00Z"),
    rejectedOn: "2025-06-01",
    rejectionReason: "证书无效",
  };
  it("takes back the decisions recorded after it, and is absent before its submission", () => {
    expect(asKnownAt(stored, at("2025-03-01"))).toBeNull();
    expect(asKnownAt(stored, at("2025-03-05"))).toEqual({
      ...stored,
      status: "submitted",
      reviewedBy: null,
      verifiedAt: null,
      verifiedOn: null,
      rejectedAt: null,
      rejectedOn: null,
      rejectionReason: null,
    });
    expect(asKnownAt(stored, at("2025-05-31"))).toMatchObject({
      status: "verified",
      verifiedOn: "2025-03-10",
      rejectedAt: null,
      rejectionReason: null,
    });
    expect(asKnownAt(stored, Date.parse("2025-06-01T08:00:00Z"))).toBe(stored); // nothing recorded since
  });
});
