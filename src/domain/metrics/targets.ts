import { daysBetween } from "../dates.ts";
import { RuleViolation } from "../errors.ts";
import { isShare, type Metric } from "./definition.ts";

export const COMPARATORS = ["gte", "lte", "eq", "approx"] as const;
export type Comparator = (typeof COMPARATORS)[number];
/** Units a target's value is stated in (domain.md §1.15: %, 人/名, 人次, 所, 学时, 周岁 …). */
export const TARGET_UNITS = ["percent", "people", "person_times", "designations", "schools", "years", "hours"] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];
export const TARGET_STATUSES = ["active", "archived"] as const;

/** The unit a metric's value comes out in; a target must be stated in it. */
export function unitOf(m: Metric): TargetUnit {
  if (isShare(m)) return "percent";
  if (m.kind === "average") return "years";
  if (m.kind === "training_rate") return "person_times";
  if (m.kind === "count") return m.of === "designations" ? "designations" : "people";
  return "people";
}

/**
 * Rules across a target's fields: the unit must be the metric's (a share is stated in percent), `approx`
 * needs a tolerance. Throws a RuleViolation pointing at the field to fix.
 */
export function checkTargetTerms(t: { metric: Metric; unit: TargetUnit; comparator: Comparator; tolerance: number | null }): void {
  const want = unitOf(t.metric);
  if (t.unit !== want)
    throw new RuleViolation("The unit does not fit the metric", [{ pointer: "/unit", detail: `A ${t.metric.kind} metric yields ${want}` }]);
  if (t.comparator === "approx" && t.tolerance === null) {
    throw new RuleViolation("An approximate target needs a tolerance", [
      { pointer: "/tolerance", detail: "How far from the value still counts as met (左右)" },
    ]);
  }
}

/** The teachers behind a target's figures: the numerator, the population, or the gap (in the population, not the numerator). */
export const MEMBER_SETS = ["numerator", "population", "gap"] as const;
export type MemberSet = (typeof MEMBER_SETS)[number];

export interface Judgement {
  met: boolean;
  /** How far the value is from meeting the target, in the target's unit (0 when met). */
  gap: number;
}

/**
 * Whether a measured value meets the target. `approx` (左右) is met within ±tolerance; `eq` exactly.
 * Values are compared after rounding to 4 decimals, so 60% of 5 teachers (3/5) meets "≥ 60".
 */
export function judge(value: number | null, comparator: Comparator, target: number, tolerance = 0): Judgement | null {
  if (value === null) return null;
  const v = round(value, 4);
  const gap = (() => {
    switch (comparator) {
      case "gte":
        return Math.max(0, target - v);
      case "lte":
        return Math.max(0, v - target);
      case "eq":
        return Math.abs(v - target);
      case "approx":
        return Math.max(0, Math.abs(v - target) - tolerance);
    }
  })();
  const g = round(gap, 4);
  return { met: g === 0, gap: g };
}

/**
 * For a share: how many more (gte) or fewer (lte) numerator members would meet the target, given the
 * denominator — the figure a bureau plans with ("17 more 双师型 teachers"). Null when not a share.
 */
export function gapInMembers(
  numerator: number | null,
  denominator: number | null,
  comparator: Comparator,
  targetPercent: number,
): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const needed = (targetPercent * denominator) / 100;
  if (comparator === "gte") return Math.max(0, Math.ceil(round(needed - numerator, 6)));
  if (comparator === "lte") return Math.max(0, Math.ceil(round(numerator - needed, 6)));
  return null;
}

/** Days from the evaluation date to the deadline (negative once it has passed); null without a deadline. */
export function daysToDeadline(asOf: string, deadline: string | null): number | null {
  return deadline ? daysBetween(asOf, deadline) : null;
}

export function round(x: number, places: number): number {
  const f = 10 ** places;
  return Math.round(x * f) / f;
}

/** A share in percent, or null for an empty denominator. */
export function percent(numerator: number, denominator: number): number | null {
  return denominator > 0 ? round((100 * numerator) / denominator, 4) : null;
}

/** Cells of a breakdown smaller than this are suppressed for aggregate-only readers. */
export const SMALL_CELL = 5;
