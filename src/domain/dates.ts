/**
 * Calendar arithmetic on business dates (YYYY-MM-DD strings, no time zone). Whole years are counted the
 * way 周岁 are: the count goes up on the anniversary itself; someone born on 29 February gains a year on
 * 1 March in common years.
 */
export function wholeYearsBetween(from: string, asOf: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = asOf.split("-").map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return years;
}

/** The day before a date (used to end a previous period when a new one starts). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Inclusive validity: from <= asOf <= to (open-ended when to is null). */
export function isValidOn(validFrom: string, validTo: string | null, asOf: string): boolean {
  return validFrom <= asOf && (validTo === null || asOf <= validTo);
}

/** Calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
