/**
 * Training hours (学时) have one decimal place. Arithmetic is done in whole tenths so sums, caps and
 * pro-rating never drift (0.1 + 0.2 is 3 tenths, not 0.30000000000000004).
 */
export type Tenths = number;

/** 12.5 -> 125; "12.5" (a numeric column) -> 125. */
export function toTenths(hours: number | string): Tenths {
  return Math.round(Number(hours) * 10);
}

/** 125 -> 12.5 */
export function fromTenths(tenths: Tenths): number {
  return tenths / 10;
}

/** True when the number has at most one decimal place (12.5 yes, 12.55 no). */
export function hasOneDecimal(hours: number): boolean {
  return Number.isFinite(hours) && Math.abs(hours * 10 - Math.round(hours * 10)) < 1e-6;
}

/** round(a × num / den) to whole tenths, halves up; all arguments non-negative integers. */
export function scaleTenths(a: Tenths, num: number, den: number): Tenths {
  return Math.floor((2 * a * num + den) / (2 * den));
}

/** Whole-percent share of an amount, rounded down to tenths (a cap never grows by rounding). */
export function percentOf(a: Tenths, percent: number): Tenths {
  return Math.floor((a * percent) / 100);
}

export function sum(values: Iterable<Tenths>): Tenths {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
