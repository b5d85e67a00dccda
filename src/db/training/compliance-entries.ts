import type { CycleWindow, RuleResolution } from "../../domain/training/rules.ts";
import { TRAINING_BUCKETS, TRAINING_CATEGORIES, type TrainingBucket } from "../../domain/vocab.ts";
import type { ComplianceShape } from "./compliance-sql.ts";

/**
 * The rules, as the compliance SQL (compliance-sql.ts) reads them. Rules are resolved in TypeScript (they are few): one entry per jurisdiction that has rule
 * versions, with the version and cycle window that apply to teachers whose nearest such jurisdiction
 * it is. The entries travel as one JSON parameter; each teacher takes the entry with the longest path
 * prefixing their home school's path. Caps and minimums travel as arrays indexed by bucket
 * (TRAINING_BUCKETS order) and requirements as parallel arrays, so that each teacher's records are
 * read ONCE, into one aggregate of FILTERed sums, and every check is arithmetic on those sums.
 */
export interface RuleEntry {
  path: string;
  /** A rule and a cycle window apply (false: no rule in force, or asOf before cycle 1). */
  ok: boolean;
  rule_id: string | null;
  wfrom: string | null;
  wto: string | null;
  /** Earliest completion date any check looks at (the cycle start or an earlier requirement window). */
  lo: string | null;
  cyc: number | null;
  /** The cycle's number. */
  n: number | null;
  h: number | null;
  min_year: number | null;
  min_years: number | null;
  pro: string | null;
  /** Per bucket: cap in tenths, cap as a percentage of the required hours, minimum in tenths (null: none). */
  cap_h: (number | null)[];
  cap_p: (number | null)[];
  min_h: (number | null)[];
  /** Requirements overlapping the cycle: window, programme, category, tenths. */
  rq_f: string[];
  rq_t: string[];
  rq_p: (string | null)[];
  rq_c: (string | null)[];
  rq_h: number[];
}

export function ruleEntry(path: string, res: RuleResolution): RuleEntry {
  const empty = { cap_h: [], cap_p: [], min_h: [], rq_f: [], rq_t: [], rq_p: [], rq_c: [], rq_h: [] };
  const none: RuleEntry = {
    path,
    ok: false,
    rule_id: res.rule?.id ?? null,
    wfrom: null,
    wto: null,
    lo: null,
    cyc: null,
    n: null,
    h: null,
    min_year: null,
    min_years: null,
    pro: null,
    ...empty,
  };
  if (!res.rule || !res.window) return none;
  const r = res.rule;
  const w: CycleWindow = res.window;
  const reqs = r.requirements.filter((q) => q.from <= w.to && q.to >= w.from);
  const byBucket = <T>(pick: (b: (typeof TRAINING_BUCKETS)[number]) => T | undefined) => TRAINING_BUCKETS.map((b) => pick(b) ?? null);
  return {
    path,
    ok: true,
    rule_id: r.id,
    wfrom: w.from,
    wto: w.to,
    lo: reqs.reduce((lo, q) => (q.from < lo ? q.from : lo), w.from),
    cyc: r.cycleYears,
    n: w.number,
    h: r.hoursPerCycle,
    min_year: r.minHoursPerYear,
    min_years: r.minYearsOfTeaching,
    pro: r.proRate,
    cap_h: byBucket((b) => r.caps.find((c) => c.bucket === b)?.maxHours ?? undefined),
    cap_p: byBucket((b) => r.caps.find((c) => c.bucket === b)?.maxPercent ?? undefined),
    min_h: byBucket((b) => r.minimums.find((m) => m.bucket === b)?.hours),
    rq_f: reqs.map((q) => q.from),
    rq_t: reqs.map((q) => q.to),
    rq_p: reqs.map((q) => q.programId),
    rq_c: reqs.map((q) => q.category),
    rq_h: reqs.map((q) => q.hours),
  };
}

/** The longest entry path that prefixes `schoolPath` (the teacher's nearest rule-bearing jurisdiction). */
export function entryFor<T extends { path: string }>(entries: T[], schoolPath: string | null): T | undefined {
  if (!schoolPath) return undefined;
  let best: T | undefined;
  for (const e of entries) if (schoolPath.startsWith(e.path) && (!best || e.path.length > best.path.length)) best = e;
  return best;
}

export function shapeOf(entries: RuleEntry[]): ComplianceShape {
  const used = (values: (e: RuleEntry) => (number | null)[]) => (b: TrainingBucket) =>
    entries.some((e) => values(e)[TRAINING_BUCKETS.indexOf(b)] != null);
  const capped = used((e) => e.cap_h.map((h, k) => h ?? e.cap_p[k] ?? null));
  return {
    capped: TRAINING_CATEGORIES.filter(capped),
    minimums: TRAINING_BUCKETS.filter(used((e) => e.min_h)),
    years: entries.some((e) => e.min_year !== null),
    requirements: Math.max(0, ...entries.map((e) => e.rq_h.length)),
  };
}
