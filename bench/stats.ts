/** Timing helpers shared by the benches: interleaved runs, median and p95 in milliseconds. */
export async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: round(at(0.5)), p95: round(at(0.95)), runs: s.length };
}

export function round(x: number, digits = 2) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Run A and B alternately so both see the same machine state; returns both timing lists. */
export async function compare(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>) {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(...(await timeRuns(1, a)));
    tb.push(...(await timeRuns(1, b)));
  }
  return { a: summary(ta), b: summary(tb) };
}

/** Run each function once per round, in turn, for `runs` rounds; returns one summary per function. */
export async function compareAll(runs: number, fns: (() => Promise<unknown>)[]) {
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of fns.entries()) times[k]!.push(...(await timeRuns(1, fn)));
  }
  return times.map(summary);
}
