/** Business-date helpers for the training rules (YYYY-MM-DD strings, UTC calendar, no time zone). */

const DAY = 86_400_000;

function ms(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** Days from a to b counting both ends (a <= b), e.g. 2025-01-01..2025-01-01 is 1. */
export function daysInclusive(a: string, b: string): number {
  return Math.round((ms(b) - ms(a)) / DAY) + 1;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * The day someone who started on `start` completes `years` whole years, counted the way 周岁 and 教龄
 * are (src/domain/dates.ts): a start on 29 February completes its years on 1 March in common years.
 */
export function anniversary(start: string, years: number): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // Date.UTC rolls 29 Feb of a common year over to 1 Mar, which is the rule we want.
  return iso(target.getTime());
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}
