import type { ProRateMethod, TrainingBucket, TrainingCategory } from "../vocab.ts";
import type { Tenths } from "./hours.ts";

/**
 * A version of a jurisdiction's continuing-education rule set (继续教育周期规定). Versions are
 * immutable once in effect; a change is a new version with a later `effectiveFrom`. Hours are tenths.
 */
export interface TrainingRuleVersion {
  id: string;
  jurisdictionId: string;
  name: string;
  effectiveFrom: string;
  /** Cycle length in calendar years, and the first calendar year of cycle 1 (cycle n starts anchorYear + (n-1)·cycleYears). */
  cycleYears: number;
  anchorYear: number;
  hoursPerCycle: Tenths;
  /** Verified hours required in every calendar year wholly inside the teacher's obligation. */
  minHoursPerYear: Tenths | null;
  /** Eligibility: 教龄 at least this many whole years (counted from the teaching start, else the hire date). */
  minYearsOfTeaching: number;
  proRate: ProRateMethod;
  /** Verified hours required in a bucket during the cycle (pro-rated like the total). */
  minimums: { bucket: TrainingBucket; hours: Tenths }[];
  /** Hours above the cap do not count toward the cycle total. At most one cap per bucket. */
  caps: { bucket: TrainingBucket; maxHours: Tenths | null; maxPercent: number | null }[];
  /** Extra requirements with their own hours and window (e.g. 50 学时 中级培训 within three years). */
  requirements: TrainingRequirement[];
}

interface TrainingRequirement {
  code: string;
  title: string;
  /** Records credited from this programme count (and/or records of this category). */
  programId: string | null;
  category: TrainingCategory | null;
  hours: Tenths;
  from: string;
  to: string;
}

export interface CycleWindow {
  number: number;
  from: string;
  to: string;
}

/** The cycle containing a date (0 or less before cycle 1). */
export function cycleNumberOn(rule: Pick<TrainingRuleVersion, "cycleYears" | "anchorYear">, date: string): number {
  const year = Number(date.slice(0, 4));
  return Math.floor((year - rule.anchorYear) / rule.cycleYears) + 1;
}

export function cycleWindow(rule: Pick<TrainingRuleVersion, "cycleYears" | "anchorYear">, n: number): CycleWindow {
  const first = rule.anchorYear + (n - 1) * rule.cycleYears;
  return { number: n, from: `${pad4(first)}-01-01`, to: `${pad4(first + rule.cycleYears - 1)}-12-31` };
}

function pad4(y: number): string {
  return String(y).padStart(4, "0");
}

/**
 * The rule chain of an org node: the versions of each jurisdiction from the node up to the root,
 * nearest first. The nearest jurisdiction with a version in force on a date decides.
 */
export type RuleChain = TrainingRuleVersion[][];

function ruleInForce(chain: RuleChain, date: string): TrainingRuleVersion | undefined {
  for (const versions of chain) {
    let best: TrainingRuleVersion | undefined;
    for (const v of versions) if (v.effectiveFrom <= date && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
    if (best) return best;
  }
  return undefined;
}

export type RuleResolution =
  | { rule: TrainingRuleVersion; window: CycleWindow }
  | { rule: null; window: null; reason: "no_rule" }
  | { rule: TrainingRuleVersion; window: null; reason: "no_cycle" };

/**
 * Which rule version and cycle window apply on `asOf` (cycle: the one containing asOf unless given).
 * The version in force on asOf numbers the cycles. When the requested cycle ended before asOf, the
 * version in force on that cycle's last day applies instead, so a closed cycle is judged by the rule
 * of its time and a later version never rewrites it.
 */
export function resolveRule(chain: RuleChain, asOf: string, cycle?: number): RuleResolution {
  const now = ruleInForce(chain, asOf);
  if (!now) return { rule: null, window: null, reason: "no_rule" };
  const n = cycle ?? cycleNumberOn(now, asOf);
  if (n < 1) return { rule: now, window: null, reason: "no_cycle" };
  const window = cycleWindow(now, n);
  if (window.to < asOf) {
    const then = ruleInForce(chain, window.to);
    if (then && then.id !== now.id) return { rule: then, window: cycleWindow(then, n) };
  }
  return { rule: now, window };
}
