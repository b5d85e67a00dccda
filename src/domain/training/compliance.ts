import type { ComplianceStatus, TeacherStatus, TrainingBucket, TrainingCategory } from "../vocab.ts";
import { TRAINING_CATEGORIES } from "../vocab.ts";
import { anniversary, daysInclusive, maxDate, minDate, monthOf, yearOf } from "./calendar.ts";
import { percentOf, scaleTenths, sum, type Tenths } from "./hours.ts";
import type { CycleWindow, RuleResolution, TrainingRuleVersion } from "./rules.ts";

/**
 * Continuing-education cycle compliance as a pure function of plain data: a teacher, the rule
 * resolution (version + cycle window, see rules.ts), the teacher's training records and a date.
 * The SQL in src/db/training-compliance.ts mirrors the status decision for list filters; the tests
 * hold the two to the same answers.
 *
 * Rules, in order:
 * 1. Not eligible: no rule applies; the teacher is not in service on the evaluation date E
 *    (= min(asOf, cycle end)); the cycle starts after asOf; or the teacher's obligation starts after E.
 *    The obligation starts on the later of the cycle start and the day the teacher completes the
 *    rule's minimum years of teaching (unknown teaching start: the cycle start).
 * 2. Required hours: the cycle's hours, pro-rated (if the rule says so) when the obligation starts
 *    after the cycle start, by the remaining calendar years or months including the one it starts in,
 *    rounded half up to 0.1 h. Bucket minimums are pro-rated by the same fraction.
 * 3. A record counts as of asOf: completed by asOf, and its status on asOf by its decision dates
 *    (valid time: verified with verifiedOn <= asOf counts; rejected with rejectedOn <= asOf does not;
 *    otherwise it is pending). With knownAt (knowledge time), only what the register had recorded by that
 *    instant: a record submitted later is not considered, a decision recorded later has not happened.
 *    Cycle records are those completed inside the window.
 * 4. Caps: hours above a bucket's cap (the smaller of its hours and its percentage of the required
 *    hours) do not count toward the total. Per category, hours not school-based are counted first;
 *    the school-based cap then applies to what remains, which is the most hours the caps allow.
 * 5. Checks: the cycle total (counted ≥ required), each bucket minimum (verified hours in the bucket,
 *    before caps), each calendar year wholly inside the obligation (≥ the yearly minimum) and each extra
 *    requirement whose window overlaps the cycle (its own window and hours, not pro-rated). A check is
 *    closed once its window's last day is on or before asOf.
 * 6. Status: complete when every check passes; behind when a closed check failed or the counted
 *    hours are below the straight-line share of the required hours for the days elapsed (rounded
 *    down); otherwise on_track.
 */
export interface TeacherFacts {
  id: string;
  /** teachingStartDate, else hireDate. */
  teachingStart: string | null;
  status: TeacherStatus;
  endedOn: string | null;
}

export interface RecordFacts {
  id: string;
  hours: Tenths;
  category: TrainingCategory;
  schoolBased: boolean;
  completedOn: string;
  programId: string | null;
  /** Instants (epoch milliseconds) the record and its decisions were recorded (knowledge time). */
  submittedAt: number;
  verifiedAt: number | null;
  rejectedAt: number | null;
  /** The business dates of the decisions (valid time); set exactly when the instant is. */
  verifiedOn: string | null;
  rejectedOn: string | null;
}

export type RecordStatusAsOf = "verified" | "pending" | "rejected" | "not_submitted";
type ConsideredStatus = Exclude<RecordStatusAsOf, "not_submitted">;

export type NotEligibleReason = "no_rule" | "no_cycle" | "not_in_service" | "cycle_not_started" | "years_of_teaching";

type CheckCode = "cycle_total" | "minimum" | "cap" | "year_minimum" | "requirement";

interface ComplianceCheck {
  code: CheckCode;
  bucket?: TrainingBucket;
  year?: number;
  requirementCode?: string;
  from: string;
  to: string;
  /** Hours required (for a cap: the most hours that count). */
  required: Tenths;
  /** Verified hours toward the check (cycle_total: after caps; cap: all verified hours in the bucket). */
  hours: Tenths;
  pending: Tenths;
  /** Caps: verified hours over the cap, not counted. */
  excluded?: Tenths;
  passed: boolean;
  /** The window has ended on or before asOf, so a failure is final. */
  closed: boolean;
  recordIds: string[];
  pendingRecordIds: string[];
}

interface HoursSplit {
  verified: Tenths;
  pending: Tenths;
}

export interface ComplianceResult {
  asOf: string;
  status: ComplianceStatus;
  notEligibleReason: NotEligibleReason | null;
  rule: TrainingRuleVersion | null;
  window: CycleWindow | null;
  evaluatedOn: string | null;
  obligationFrom: string | null;
  proRating: { method: "year" | "month"; numerator: number; denominator: number } | null;
  requiredBeforeProRating: Tenths;
  required: Tenths;
  expectedToDate: Tenths;
  verified: Tenths;
  counted: Tenths;
  excluded: Tenths;
  pending: Tenths;
  shortfall: Tenths;
  byCategory: ({ category: TrainingCategory } & HoursSplit)[];
  byYear: ({ year: number } & HoursSplit)[];
  schoolBased: HoursSplit;
  checks: ComplianceCheck[];
  /** Every record considered, with its status as of asOf and whether it lies in the cycle window. */
  records: { id: string; statusAsOf: ConsideredStatus; inCycle: boolean }[];
}

type Decisions = Pick<RecordFacts, "submittedAt" | "verifiedAt" | "rejectedAt" | "verifiedOn" | "rejectedOn">;

/**
 * A record's status on the business date asOf as the register showed it at knownAt (epoch ms; omitted:
 * everything recorded). A decision counts from its own date, once it has been recorded.
 */
export function recordStatusAsOf(r: Decisions, asOf: string, knownAt = Infinity): RecordStatusAsOf {
  if (r.submittedAt > knownAt) return "not_submitted";
  const decided = (at: number | null, on: string | null) => at !== null && at <= knownAt && on !== null && on <= asOf;
  if (decided(r.rejectedAt, r.rejectedOn)) return "rejected";
  if (decided(r.verifiedAt, r.verifiedOn)) return "verified";
  return "pending";
}

/** In service on a date: active, or ended after it. */
function inServiceOn(t: Pick<TeacherFacts, "status" | "endedOn">, date: string): boolean {
  return t.status === "active" || (t.endedOn !== null && t.endedOn > date);
}

/** The day the teacher's obligation in this cycle starts. */
function obligationStart(
  t: Pick<TeacherFacts, "teachingStart">,
  rule: Pick<TrainingRuleVersion, "minYearsOfTeaching">,
  window: CycleWindow,
): string {
  if (!t.teachingStart) return window.from;
  return maxDate(window.from, anniversary(t.teachingStart, rule.minYearsOfTeaching));
}

/** The pro-rating fraction for an obligation starting on `from` (1/1 when none applies). */
function proRateFraction(rule: Pick<TrainingRuleVersion, "proRate" | "cycleYears">, window: CycleWindow, from: string) {
  if (rule.proRate === "none" || from <= window.from) return { numerator: 1, denominator: 1 };
  const years = yearOf(window.to) - yearOf(from);
  if (rule.proRate === "year") return { numerator: years + 1, denominator: rule.cycleYears };
  return { numerator: years * 12 + (12 - monthOf(from)) + 1, denominator: rule.cycleYears * 12 };
}

/** Category caps first for hours not school-based, then the school-based cap on what remains (rule 4). */
export function countedAfterCaps(
  cells: { category: TrainingCategory; schoolBased: boolean; hours: Tenths }[],
  caps: Map<TrainingBucket, Tenths>,
): Tenths {
  let counted = 0;
  let schoolBasedRoom = 0;
  for (const category of TRAINING_CATEGORIES) {
    const cap = caps.get(category) ?? Infinity;
    const h0 = sum(cells.filter((c) => c.category === category && !c.schoolBased).map((c) => c.hours));
    const h1 = sum(cells.filter((c) => c.category === category && c.schoolBased).map((c) => c.hours));
    const x0 = Math.min(h0, cap);
    counted += x0;
    schoolBasedRoom += Math.min(h1, cap - x0);
  }
  return counted + Math.min(caps.get("school_based") ?? Infinity, schoolBasedRoom);
}

function inBucket(r: Pick<RecordFacts, "category" | "schoolBased">, bucket: TrainingBucket): boolean {
  return bucket === "school_based" ? r.schoolBased : r.category === bucket;
}

const empty = (asOf: string, status: ComplianceStatus, reason: NotEligibleReason, res: RuleResolution): ComplianceResult => ({
  asOf,
  status,
  notEligibleReason: reason,
  rule: res.rule,
  window: res.window,
  evaluatedOn: res.window ? minDate(asOf, res.window.to) : null,
  obligationFrom: null,
  proRating: null,
  requiredBeforeProRating: res.rule?.hoursPerCycle ?? 0,
  required: 0,
  expectedToDate: 0,
  verified: 0,
  counted: 0,
  excluded: 0,
  pending: 0,
  shortfall: 0,
  byCategory: [],
  byYear: [],
  schoolBased: { verified: 0, pending: 0 },
  checks: [],
  records: [],
});

export function evaluateCompliance(input: {
  asOf: string;
  teacher: TeacherFacts;
  resolution: RuleResolution;
  records: RecordFacts[];
  /** Knowledge time (epoch ms): what the register showed at that instant; omitted, everything recorded. */
  knownAt?: number;
}): ComplianceResult {
  const { asOf, teacher, resolution, knownAt } = input;
  if (!resolution.rule) return empty(asOf, "not_eligible", "no_rule", resolution);
  if (!resolution.window) return empty(asOf, "not_eligible", "no_cycle", resolution);
  const rule = resolution.rule;
  const window = resolution.window;
  const evaluatedOn = minDate(asOf, window.to);
  if (window.from > asOf) return empty(asOf, "not_eligible", "cycle_not_started", resolution);
  if (!inServiceOn(teacher, evaluatedOn)) return empty(asOf, "not_eligible", "not_in_service", resolution);
  const from = obligationStart(teacher, rule, window);
  if (from > evaluatedOn) return { ...empty(asOf, "not_eligible", "years_of_teaching", resolution), obligationFrom: from };

  // Rule 2: required hours and the pro-rating fraction.
  const fraction = proRateFraction(rule, window, from);
  const scale = (t: Tenths) => scaleTenths(t, fraction.numerator, fraction.denominator);
  const required = scale(rule.hoursPerCycle);
  const capLimits = new Map<TrainingBucket, Tenths>();
  for (const cap of rule.caps) {
    const byHours = cap.maxHours ?? Infinity;
    const byShare = cap.maxPercent !== null ? percentOf(required, cap.maxPercent) : Infinity;
    capLimits.set(cap.bucket, Math.min(byHours, byShare));
  }

  // Rule 3: each record's status as of asOf; records completed after asOf, or not recorded by knownAt, are not considered.
  const considered = input.records
    .filter((r) => r.completedOn <= asOf)
    .map((r) => ({ ...r, st: recordStatusAsOf(r, asOf, knownAt), inCycle: r.completedOn >= window.from && r.completedOn <= window.to }))
    .filter((r): r is typeof r & { st: ConsideredStatus } => r.st !== "not_submitted");
  const cycle = considered.filter((r) => r.inCycle);
  const verified = cycle.filter((r) => r.st === "verified");
  const pending = cycle.filter((r) => r.st === "pending");
  const hoursOf = (rs: { hours: Tenths }[]) => sum(rs.map((r) => r.hours));
  const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

  const total = hoursOf(verified);
  const counted = countedAfterCaps(verified, capLimits);
  const daysElapsed = daysInclusive(from, evaluatedOn);
  const daysTotal = daysInclusive(from, window.to);
  const expectedToDate = evaluatedOn >= window.to ? required : Math.floor((required * daysElapsed) / daysTotal);
  const cycleClosed = window.to <= asOf;

  const checks: ComplianceCheck[] = [];
  checks.push({
    code: "cycle_total",
    from: window.from,
    to: window.to,
    required,
    hours: counted,
    pending: hoursOf(pending),
    passed: counted >= required,
    closed: cycleClosed,
    recordIds: ids(verified),
    pendingRecordIds: ids(pending),
  });
  for (const cap of rule.caps) {
    const inB = verified.filter((r) => inBucket(r, cap.bucket));
    const limit = capLimits.get(cap.bucket)!;
    const h = hoursOf(inB);
    checks.push({
      code: "cap",
      bucket: cap.bucket,
      from: window.from,
      to: window.to,
      required: limit,
      hours: h,
      pending: hoursOf(pending.filter((r) => inBucket(r, cap.bucket))),
      excluded: Math.max(0, h - limit),
      passed: h <= limit,
      closed: cycleClosed,
      recordIds: ids(inB),
      pendingRecordIds: ids(pending.filter((r) => inBucket(r, cap.bucket))),
    });
  }
  for (const min of rule.minimums) {
    const inB = verified.filter((r) => inBucket(r, min.bucket));
    const need = scale(min.hours);
    checks.push({
      code: "minimum",
      bucket: min.bucket,
      from: window.from,
      to: window.to,
      required: need,
      hours: hoursOf(inB),
      pending: hoursOf(pending.filter((r) => inBucket(r, min.bucket))),
      passed: hoursOf(inB) >= need,
      closed: cycleClosed,
      recordIds: ids(inB),
      pendingRecordIds: ids(pending.filter((r) => inBucket(r, min.bucket))),
    });
  }
  if (rule.minHoursPerYear !== null) {
    for (let y = yearOf(window.from); y <= yearOf(window.to); y++) {
      const yFrom = `${y}-01-01`;
      const yTo = `${y}-12-31`;
      if (yFrom < from) continue; // not a full year of obligation
      const v = verified.filter((r) => r.completedOn >= yFrom && r.completedOn <= yTo);
      const p = pending.filter((r) => r.completedOn >= yFrom && r.completedOn <= yTo);
      checks.push({
        code: "year_minimum",
        year: y,
        from: yFrom,
        to: yTo,
        required: rule.minHoursPerYear,
        hours: hoursOf(v),
        pending: hoursOf(p),
        passed: hoursOf(v) >= rule.minHoursPerYear,
        closed: yTo <= asOf,
        recordIds: ids(v),
        pendingRecordIds: ids(p),
      });
    }
  }
  for (const q of rule.requirements) {
    if (q.from > window.to || q.to < window.from) continue;
    const matches = (r: RecordFacts) =>
      r.completedOn >= q.from &&
      r.completedOn <= q.to &&
      (q.programId === null || r.programId === q.programId) &&
      (q.category === null || r.category === q.category);
    const v = considered.filter((r) => r.st === "verified" && matches(r));
    const p = considered.filter((r) => r.st === "pending" && matches(r));
    checks.push({
      code: "requirement",
      requirementCode: q.code,
      from: q.from,
      to: q.to,
      required: q.hours,
      hours: hoursOf(v),
      pending: hoursOf(p),
      passed: hoursOf(v) >= q.hours,
      closed: q.to <= asOf,
      recordIds: ids(v),
      pendingRecordIds: ids(p),
    });
  }

  // Rule 6.
  const decisive = checks.filter((c) => c.code !== "cap");
  const complete = decisive.every((c) => c.passed);
  const behind = !complete && (decisive.some((c) => !c.passed && c.closed) || counted < expectedToDate);
  const status: ComplianceStatus = complete ? "complete" : behind ? "behind" : "on_track";

  const split = (rs: typeof cycle, pick: (r: (typeof cycle)[number]) => boolean): HoursSplit => ({
    verified: hoursOf(rs.filter((r) => r.st === "verified" && pick(r))),
    pending: hoursOf(rs.filter((r) => r.st === "pending" && pick(r))),
  });
  const byCategory = TRAINING_CATEGORIES.map((category) => ({ category, ...split(cycle, (r) => r.category === category) })).filter(
    (x) => x.verified > 0 || x.pending > 0,
  );
  const byYear: ComplianceResult["byYear"] = [];
  for (let y = yearOf(window.from); y <= yearOf(window.to); y++)
    byYear.push({ year: y, ...split(cycle, (r) => yearOf(r.completedOn) === y) });

  return {
    asOf,
    status,
    notEligibleReason: null,
    rule,
    window,
    evaluatedOn,
    obligationFrom: from,
    proRating: fraction.numerator === fraction.denominator ? null : { method: rule.proRate as "year" | "month", ...fraction },
    requiredBeforeProRating: rule.hoursPerCycle,
    required,
    expectedToDate,
    verified: total,
    counted,
    excluded: total - counted,
    pending: hoursOf(pending),
    shortfall: Math.max(0, required - counted),
    byCategory,
    byYear,
    schoolBased: split(cycle, (r) => r.schoolBased),
    checks,
    records: considered.map((r) => ({ id: r.id, statusAsOf: r.st, inCycle: r.inCycle })),
  };
}
