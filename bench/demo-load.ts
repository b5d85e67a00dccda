import { loadavg } from "node:os";
import { DEMO_DEFAULTS, generateDataset, loadDataset } from "../src/cli/demo/index.ts";
import { openDatabase } from "../src/db/client.ts";
import { parseEnv } from "../src/env.ts";
import { writeSection } from "./report.ts";
import { summary } from "./stats.ts";

/**
 * What the demo register adds to `npm start`: generating the 300-teacher demo and loading it into a
 * fresh, migrated database. Always PGlite in memory (a new instance per run, as at start-up); also
 * PostgreSQL when DATABASE_URL is set (each run under its own code prefix, id stream and region code,
 * so runs do not collide). Opening and migrating is timed too, for scale.
 *   npm run bench:demo
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

async function measure(url: string | undefined) {
  const gen: number[] = [];
  const load: number[] = [];
  const open: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const database = await openDatabase({ DATABASE_URL: url, PGLITE_DIR: undefined });
    await database.migrate();
    open.push(performance.now() - t0);
    const t1 = performance.now();
    const ds = url
      ? generateDataset({
          codePrefix: `DL${Date.now().toString(36)}${i}`,
          idSeed: (Date.now() + i) % 2 ** 31,
          regionCode: String(1100 + ((Date.now() + i) % 8900)),
        })
      : generateDataset();
    gen.push(performance.now() - t1);
    rows = Object.values(ds).reduce((a, b) => a + b.length, 0);
    const t2 = performance.now();
    await loadDataset(database.db, ds);
    load.push(performance.now() - t2);
    await database.close();
  }
  const kind = url ? "PostgreSQL (postgres.js)" : "PGlite (in memory)";
  const [g, l, o] = [summary(gen), summary(load), summary(open)].map((x) => Math.round(x.median));
  console.log(`${kind}: generate ${g} ms, load ${l} ms, open + migrate ${o} ms (${rows} rows, median of ${RUNS})`);
  return `| ${kind} | ${DEMO_DEFAULTS.teachers} teachers, ${rows.toLocaleString("en")} rows | ${g} | ${l} | ${o} |`;
}

async function main() {
  const env = parseEnv(process.env);
  const lines = [await measure(undefined)];
  if (env.DATABASE_URL) lines.push(await measure(env.DATABASE_URL));
  writeSection(
    process.env.BENCH_OUT ?? "BENCHMARKS.md",
    "demo-load",
    [
      `Median of ${RUNS} runs each, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end of the run. Times in ms.`,
      "",
      "| database | data | generate | load | open + migrate |",
      "|---|---|---|---|---|",
      ...lines,
    ].join("\n"),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
