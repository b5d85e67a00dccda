import { drizzle } from "drizzle-orm/postgres-js";
import { cpus, loadavg } from "node:os";
import postgres from "postgres";
import { createApp } from "../src/app.ts";
import { insertClient, tokenForClient } from "../src/auth/client-records.ts";
import { createAuthService } from "../src/auth/service.ts";
import { openDatabase } from "../src/db/client.ts";
import * as schema from "../src/db/schema/index.ts";
import type { Database } from "../src/db/types.ts";
import { postgresOptions } from "../src/db/postgres-options.ts";
import { parseEnv } from "../src/env.ts";
import {
  averageNumbers,
  dualQualifiedRatioSql,
  ratioNumbers,
  ruralAverageAgeSql,
  type Evaluated,
  type UnitNumbers,
} from "./province/baselines.ts";
import { PROVINCE_DEFAULTS } from "./province/generate.ts";
import { ensureProvince, provinceTableSizes } from "./province/load.ts";
import { writeSection } from "./report.ts";
import { compareAll, summary, timeRuns } from "./stats.ts";

/**
 * Issue 7 bench: metric evaluation at province scale. 1,000,000 generated teachers with history in a
 * province (12 cities × 10 counties × 30 schools; bench/province/generate.ts, loaded inside PostgreSQL),
 * two metrics as of 2025-08-31 over the province root with groupBy=school:
 *   a. the dual-qualified (双师型) ratio among teaching posts in vocational schools;
 *   b. the average age (周岁) in rural schools.
 * API = `POST /v1/metrics/evaluate` through the app in-process; raw = one hand-written SQL statement
 * per metric (bench/province/baselines.ts) by postgres.js. Interleaved; the bench fails unless the
 * API's totals and every school's numbers equal the raw query's.
 *   bash bench/with-postgres.sh npm run bench:metrics
 *   DATABASE_URL=postgres://... npm run bench:metrics        # an existing scratch database (data reused)
 * BENCH_RUNS (15), BENCH_TEACHERS (1000000), BENCH_SKIP_API=1 (raw side only, nothing written unless
 * BENCH_OUT is set), BENCH_EXPLAIN=1 (EXPLAIN ANALYZE of the raw queries), BENCH_OUT=path.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TEACHERS = Number(process.env.BENCH_TEACHERS ?? PROVINCE_DEFAULTS.teachers);
const SKIP_API = Boolean(process.env.BENCH_SKIP_API);
const AS_OF = "2025-08-31";

const METRICS = {
  dual: {
    label: "双师型 ratio: teaching posts in vocational schools with an active teacher certificate and occupational qualification",
    definition: { kind: "ratio", population: { schoolStage: ["vocational"], postType: ["teaching"] }, numerator: { dualQualified: true } },
    sql: dualQualifiedRatioSql,
    numbers: ratioNumbers as (rows: readonly never[]) => Evaluated,
  },
  age: {
    label: "average age (周岁) in rural schools",
    definition: { kind: "average", attribute: "age", population: { locationClass: ["rural"] } },
    sql: ruralAverageAgeSql,
    numbers: averageNumbers as (rows: readonly never[]) => Evaluated,
  },
} as const;

interface ApiUnit {
  unitType: string;
  unitId: string;
  unitName?: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  population: number;
  suppressed?: boolean;
}
interface ApiResult {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  population: number;
  breakdown: ApiUnit[];
}

/**
 * The API's numbers equal the raw ones: numerator and denominator exactly; population = the
 * denominator (every teacher in these populations has a value); value equal to 4 decimals (within half
 * a unit of the 4th decimal of the exact rational, so a different rounding at a tie is not a failure).
 * Ratio rows with denominator 0 may carry null or 0 as numerator/denominator (no population).
 */
function mismatches(kind: "dual" | "age", api: ApiResult, raw: Evaluated): string[] {
  const out: string[] = [];
  const same = (
    where: string,
    a: { numerator: number | null; denominator: number | null; value: number | null; population?: number },
    r: UnitNumbers,
  ) => {
    const empty = r.denominator === 0;
    const num = kind === "age" ? a.numerator === null : a.numerator === r.numerator || (empty && a.numerator === null);
    const den = a.denominator === r.denominator || (empty && a.denominator === null);
    const pop = a.population === undefined || a.population === r.denominator;
    const val = r.exact === null ? a.value === null : a.value !== null && Math.abs(a.value - r.exact) <= 0.00005 + 1e-9;
    if (!(num && den && pop && val)) {
      out.push(
        `${where}: API ${JSON.stringify({ n: a.numerator, d: a.denominator, v: a.value, p: a.population })} ≠ raw ${JSON.stringify({ n: r.numerator, d: r.denominator, v: r.value })}`,
      );
    }
  };
  same("total", api, raw.total);
  const schools = api.breakdown.filter((u) => u.unitType === "school");
  if (schools.length !== api.breakdown.length) out.push(`${api.breakdown.length - schools.length} breakdown rows are not schools`);
  const seen = new Set<string>();
  for (const u of schools) {
    seen.add(u.unitId);
    const r = raw.schools.get(u.unitId);
    if (!r) out.push(`school ${u.unitId} is not under the province (raw has no row)`);
    else if (u.suppressed && u.value === null && u.numerator === null && u.denominator === null)
      out.push(`school ${u.unitId} is suppressed`);
    else same(`school ${u.unitId}`, u, r);
  }
  for (const k of raw.schools.keys()) if (!seen.has(k)) out.push(`school ${k} is missing from the breakdown`);
  return out;
}

async function main() {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) throw new Error("bench:metrics measures PostgreSQL: run `bash bench/with-postgres.sh npm run bench:metrics`.");
  const database = await openDatabase(env);
  await database.migrate();
  await database.close();
  const sql = postgres(env.DATABASE_URL, { max: 4, ...postgresOptions });
  const load = await ensureProvince(sql, { teachers: TEACHERS });
  const sizes = await provinceTableSizes(sql);
  const rows = sizes.reduce((a, b) => a + b.rows, 0);
  const mb = sizes.reduce((a, b) => a + b.bytes, 0) / 2 ** 20;
  console.log(
    `${TEACHERS.toLocaleString("en")} teachers, ${rows.toLocaleString("en")} rows (${mb.toFixed(0)} MB with indexes): ${load.note}`,
  );
  console.table(sizes.map((s) => ({ table: s.table, rows: s.rows, MB: Math.round(s.bytes / 2 ** 20) })));

  const db = drizzle(sql, { schema, casing: "snake_case" }) as unknown as Database;
  const auth = createAuthService({ ...env, SECRET_HASH_ITERATIONS: 1000, RATE_LIMIT_PER_MINUTE: 1_000_000 });
  const app = createApp({ getDb: () => db, dbKind: "postgres", logger: { log() {} }, maxBodyBytes: 1 << 20, auth });
  const token = SKIP_API
    ? ""
    : await tokenForClient(db, auth, (await insertClient(db, auth, { name: "bench metrics", role: "bureau_admin" })).client);

  const lines: string[] = [];
  const explains: string[] = [];
  for (const [key, m] of Object.entries(METRICS) as [keyof typeof METRICS, (typeof METRICS)[keyof typeof METRICS]][]) {
    const text = m.sql(load.provincePath);
    const raw = async () => m.numbers((await sql.unsafe(text, [AS_OF], { prepare: true })) as never);
    const body = JSON.stringify({ jurisdictionId: load.provinceId, asOf: AS_OF, groupBy: "school", metric: m.definition });
    const api = async () => {
      const res = await app.request("/v1/metrics/evaluate", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body,
      });
      if (res.status !== 200) throw new Error(`${key}: ${res.status} ${await res.text()}`);
      return (await res.json()) as ApiResult;
    };
    const expected = await raw();
    if (!SKIP_API) {
      const bad = mismatches(key, await api(), expected);
      if (bad.length) throw new Error(`${key}: the API and the raw query disagree (${bad.length}):\n  ${bad.slice(0, 20).join("\n  ")}`);
    }
    for (let i = 0; i < 2; i++) await (SKIP_API ? raw() : Promise.all([api(), raw()])); // warm-up
    const [a, b] = SKIP_API ? [undefined, summary(await timeRuns(RUNS, raw))] : await compareAll(RUNS, [api, raw]);
    const t = expected.total;
    const result = `${t.value ?? "—"} (${t.numerator === null ? "" : `${t.numerator.toLocaleString("en")} / `}${t.denominator.toLocaleString("en")} teachers)`;
    const line = `| ${m.label} | ${result} | ${a ? a.median : "—"} | ${a ? a.p95 : "—"} | ${b!.median} | ${b!.p95} | ${a ? (a.median / b!.median).toFixed(2) : "—"} |`;
    console.log(line);
    lines.push(line);
    if (process.env.BENCH_EXPLAIN) {
      const plan = await sql.unsafe(`explain (analyze, buffers) ${text}`, [AS_OF]);
      explains.push(`-- ${key}: raw\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
  }
  if (explains.length) console.log(explains.join("\n\n"));

  const [{ server_version: version }] = (await sql`show server_version`) as unknown as [{ server_version: string }];
  const schools = sizes.find((s) => s.table === "schools")!.rows;
  const section = [
    `${TEACHERS.toLocaleString("en")} teachers with history in ${schools.toLocaleString("en")} schools (${rows.toLocaleString("en")} rows in ${sizes.length} tables, ` +
      `${(mb / 1024).toFixed(2)} GB with indexes; ${load.note}), PostgreSQL ${version}, Node ${process.version}, ${cpus().length} cores ` +
      `(load average ${loadavg()[0]!.toFixed(1)} at the end of the run); ${RUNS} interleaved runs per side after 2 warm-up runs. ` +
      `As of ${AS_OF}, the province root, \`groupBy=school\` (${schools.toLocaleString("en")} rows). ` +
      (SKIP_API
        ? "**Raw side only (BENCH_SKIP_API=1): the API was not measured.** "
        : "The API's totals and every school's numbers equal the raw query's (checked). ") +
      "Times in ms.",
    "",
    "| metric | province value | API median | API p95 | raw median | raw p95 | ratio API / raw (medians) |",
    "|---|---|---|---|---|---|---|",
    ...lines,
    "",
    "| table | rows | MB (with indexes) |",
    "|---|---|---|",
    ...sizes.map((s) => `| ${s.table} | ${s.rows.toLocaleString("en")} | ${Math.round(s.bytes / 2 ** 20)} |`),
  ].join("\n");
  const out = process.env.BENCH_OUT ?? (SKIP_API ? undefined : "BENCHMARKS.md");
  if (out) writeSection(out, "metrics", section);
  else console.log(`${section}\n(not written: BENCH_SKIP_API=1 without BENCH_OUT)`);
  await sql.end();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
