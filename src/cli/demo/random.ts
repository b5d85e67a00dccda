/** mulberry32: a tiny seeded PRNG, so the demo dataset is the same on every machine. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** An integer in [min, max], both inclusive. */
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  /** Pick by weight: [[value, weight], ...]. */
  const weighted = <T>(pairs: readonly (readonly [T, number])[]): T => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1]![0];
  };
  const chance = (p: number) => next() < p;
  // UUIDv7-shaped ids from a fixed clock and the PRNG: version 7, RFC 9562 variant, sortable in creation
  // order, identical per seed, and never read from the wall clock.
  let clock = Date.UTC(2025, 0, 1);
  const id = () => {
    clock += 1;
    const hex = clock.toString(16).padStart(12, "0");
    const rand = Array.from({ length: 18 }, () => Math.floor(next() * 16).toString(16)).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${rand.slice(0, 3)}-${"89ab"[Math.floor(next() * 4)]}${rand.slice(3, 6)}-${rand.slice(6, 18)}`;
  };
  return { next, int, pick, weighted, chance, id };
}

export type Random = ReturnType<typeof createRandom>;

/** Date arithmetic on YYYY-MM-DD strings (UTC, no time zone). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day n years later; 29 February becomes 28 February. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-");
  const day = m === "02" && d === "29" ? "28" : d;
  return `${String(Number(y) + years).padStart(4, "0")}-${m}-${day}`;
}

export const yearOf = (date: string) => Number(date.slice(0, 4));

/** A date in `year` between two month-day bounds ("08-20", "08-31"), inclusive. */
export function dateIn(r: Random, year: number, from: string, to: string): string {
  const start = `${year}-${from}`;
  const span = Math.round((Date.parse(`${year}-${to}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
  return addDays(start, r.int(0, span));
}
