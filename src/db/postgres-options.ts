/**
 * postgres.js options shared by the Node entry and the benches. JIT is off for the session: the
 * compliance and report queries are estimated as costly (set-returning functions over JSON rule
 * parameters are guessed at 100–1,000 rows), which crosses jit_above_cost, and compiling them costs
 * several times their run (BENCHMARKS.md, "Why the code is shaped this way"). An API's short queries
 * never gain from JIT. On Workers (Hyperdrive) set it on the database: `ALTER DATABASE … SET jit = off`.
 */
export const postgresOptions = {
  onnotice: () => {},
  connection: { jit: "off" },
} as const;
