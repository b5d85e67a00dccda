import { count, eq, like } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { cpus, loadavg } from "node:os";
import postgres from "postgres";
import { createApp } from "../src/app.ts";
import { insertClient, tokenForClient } from "../src/auth/client-records.ts";
import { createAuthService } from "../src/auth/service.ts";
import { generateDataset, loadDataset } from "../src/cli/demo/index.ts";
import { openDatabase } from "../src/db/client.ts";
import * as schema from "../src/db/schema/index.ts";
import type { Database } from "../src/db/types.ts";
import { postgresOptions } from "../src/db/postgres-options.ts";
import { parseEnv } from "../src/env.ts";
import { writeSection } from "./report.ts";
import { compareAll } from "./stats.ts";

/**
 * Issue 5 bench: continuing-education compliance for a county of 5,000 teachers with ~150,000
 * training records (the demo generator: one county, 60 schools, the county's rule = 360 学时 in cycle
 * 4 (2021–2025), ethics ≥ 12, school-based ≤ 50 %, 教龄 ≥ 1 year, pro-rated by year, plus T32's 50 学时
 * 中级培训 in 2023–2025). Measured on PostgreSQL:
 *   - one page (limit 50) of `GET /v1/training-compliance`, without and with a status filter;
 *   - the full county as CSV (`Accept: text/csv`).
 * The baseline is one hand-written SQL query for the same rule, returning the same teachers with the
 * same status and counted hours, run by postgres.js in the same run (interleaved). The bench fails if
 * the API and the baseline disagree on any teacher.
 *   bash bench/with-postgres.sh npm run bench:training
 * BENCH_TEACHERS, BENCH_RECORDS_PER_TEACHER, BENCH_RUNS, BENCH_OUT as in bench/teachers-list.ts.
 */
const TEACHERS = Number(process.env.BENCH_TEACHERS ?? 5_000);
const PER_TEACHER = Number(process.env.BENCH_RECORDS_PER_TEACHER ?? 32);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const AS_OF = "2025-08-31";
const PREFIX = "BTRAIN";

interface Row {
  teacherId: string;
  status: string;
  counted: number;
}

async function main() {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) throw new Error("bench:training measures PostgreSQL: run `bash bench/with-postgres.sh npm run bench:training`.");
  const database = await openDatabase(env);
  await database.migrate();
  const ds = generateDataset({
    teachers: TEACHERS,
    counties: 1,
    schoolsPerCounty: 60,
    codePrefix: PREFIX,
    seed: 5,
    trainingRecordsPerTeacher: PER_TEACHER,
    regionCode: "2199",
  });
  const [present] = await database.db
    .select({ n: count() })
    .from(schema.teachers)
    .where(like(schema.teachers.staffNumber, `${PREFIX}-T%`));
  let loadNote: string;
  if (Number(present?.n ?? 0) === TEACHERS) loadNote = "reused from an earlier run";
  else if (Number(present?.n ?? 0) > 0)
    throw new Error(`The database holds ${present!.n} ${PREFIX} teachers, not ${TEACHERS}; use a fresh database.`);
  else {
    const t0 = performance.now();
    await loadDataset(database.db, ds);
    loadNote = `loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  }
  const records = ds.trainingRecords.length;
  console.log(`${TEACHERS.toLocaleString("en")} teachers, ${records.toLocaleString("en")} training records: ${loadNote}`);

  const sql = postgres(env.DATABASE_URL, { max: 4, ...postgresOptions });
  await sql`analyze`;
  const db = drizzle(sql, { schema, casing: "snake_case" }) as unknown as Database;
  const auth = createAuthService({ ...env, SECRET_HASH_ITERATIONS: 1000, RATE_LIMIT_PER_MINUTE: 1_000_000 });
  const app = createApp({ getDb: () => db, dbKind: "postgres", logger: { log() {} }, maxBodyBytes: 1 << 20, auth });
  const { client } = await insertClient(db, auth, { name: "bench", role: "bureau_admin" });
  const token = await tokenForClient(db, auth, client);
  const [county] = await db
    .select()
    .from(schema.jurisdictions)
    .where(eq(schema.jurisdictions.code, `${PREFIX}-J1`));
  if (!county) throw new Error("no bench county");
  const [rule] = await db.select().from(schema.trainingRules).where(eq(schema.trainingRules.jurisdictionId, county.id));
  const t32 = rule!.requirements[0]!;

  const api = async (query: string): Promise<Row[]> => {
    const res = await app.request(`/v1/training-compliance?${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
    return ((await res.json()) as { items: Row[] }).items.map((x) => ({ teacherId: x.teacherId, status: x.status, counted: x.counted }));
  };
  const apiCsv = async (query: string): Promise<Row[]> => {
    const res = await app.request(`/v1/training-compliance?${query}`, {
      headers: { authorization: `Bearer ${token}`, accept: "text/csv" },
    });
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
    const [head, ...lines] = (await res.text()).trim().split(/\r?\n/);
    const cols = head!.replace(/^\uFEFF/, "").split(",");
    const [i, s, h] = ["teacherId", "status", "counted"].map((c) => cols.indexOf(c));
    // No field before `counted` holds a comma except names, which are quoted; ids and statuses are plain.
    return lines.map((l) => {
      const cells = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((x) => x.replace(/,$/, ""));
      return { teacherId: cells[i!]!, status: cells[s!]!, counted: Number(cells[h!]) };
    });
  };

  // The same answer written by hand for this one rule: the teachers assigned on asOf to a school of the
  // county, their latest primary school, one aggregate over their verified cycle records, then the
  // rule's arithmetic in tenths of an hour (pro-rating by year, the 50 % school-based cap, the ethics
  // minimum, T32's programme requirement, the straight-line pace).
  const rawQuery = (status: string | null, limit: number | null) => sql<Row[]>`
    with t as (
      select t.id, t.status, t.ended_on, coalesce(t.teaching_start_date, t.hire_date) as ts
      from teachers t
      where exists (select 1 from teacher_assignments a join schools s on s.id = a.school_id where a.teacher_id = t.id
          and a.valid_from <= ${AS_OF}::date and (a.valid_to is null or a.valid_to >= ${AS_OF}::date) and s.path like ${sql.unsafe(`'${county.path}%'`)})
    ), o as (
      select t.*, case when ts is null then date '2021-01-01' else greatest(date '2021-01-01', (ts + interval '1 year')::date) end as o from t
    ), q as (
      select o.*, case when o.o <= date '2021-01-01' then 5 else 2025 - extract(year from o.o)::int + 1 end as num from o
    ), r as (
      select q.*, (2 * 3600 * num + 5) / 10 as req, (2 * 120 * num + 5) / 10 as eth_req,
        coalesce(h.nsb, 0) as nsb, coalesce(h.sb, 0) as sb, coalesce(h.eth, 0) as eth, coalesce(h.t32, 0) as t32
      from q left join lateral (
        select sum(x.hours * 10) filter (where not x.school_based) as nsb, sum(x.hours * 10) filter (where x.school_based) as sb,
          sum(x.hours * 10) filter (where x.category = 'ethics') as eth,
          sum(x.hours * 10) filter (where x.program_id = ${t32.programId} and x.completed_on >= ${t32.from}::date) as t32
        from training_records x
        where x.teacher_id = q.id and x.completed_on between date '2021-01-01' and ${AS_OF}::date
          and x.verified_on <= ${AS_OF}::date and (x.rejected_on is null or x.rejected_on > ${AS_OF}::date)
      ) h on true
    ), s as (
      select r.id, (r.nsb + least(r.sb, (r.req * 50) / 100))::bigint as counted,
        case
          when not (r.status = 'active' or coalesce(r.ended_on > ${AS_OF}::date, false)) or r.o > ${AS_OF}::date then 'not_eligible'
          when r.nsb + least(r.sb, (r.req * 50) / 100) >= r.req and r.eth >= r.eth_req and r.t32 >= ${t32.hours * 10} then 'complete'
          when r.nsb + least(r.sb, (r.req * 50) / 100) < (r.req * ((${AS_OF}::date - r.o) + 1)) / ((date '2025-12-31' - r.o) + 1) then 'behind'
          else 'on_track' end as status
      from r
    )
    select id as "teacherId", status, counted::float8 / 10 as counted from s
    where ${status ? sql`status = ${status}` : sql`true`}
    order by id ${limit ? sql`limit ${limit}` : sql``}`;
  const raw = async (status: string | null, limit: number | null) =>
    (await rawQuery(status, limit)).map((x) => ({ ...x, counted: Number(x.counted) }));

  const base = `jurisdictionId=${county.id}&asOf=${AS_OF}`;
  const cases: [string, () => Promise<Row[]>, () => Promise<Row[]>][] = [
    ["page of 50, all statuses", () => api(`${base}&limit=50`), () => raw(null, 50)],
    ["page of 50, `status=behind`", () => api(`${base}&limit=50&status=behind`), () => raw("behind", 50)],
    ["page of 50, `status=complete`", () => api(`${base}&limit=50&status=complete`), () => raw("complete", 50)],
    ["whole county as CSV", () => apiCsv(base), () => raw(null, null)],
  ];
  const lines: string[] = [];
  for (const [label, a, b] of cases) {
    const [x, y] = [await a(), await b()];
    const diff = x.findIndex((row, k) => JSON.stringify(row) !== JSON.stringify(y[k]));
    if (x.length !== y.length || diff >= 0)
      throw new Error(
        `${label}: API and raw differ (${x.length} vs ${y.length} rows; first difference ${JSON.stringify(x[diff])} vs ${JSON.stringify(y[diff])})`,
      );
    for (let i = 0; i < 3; i++) await Promise.all([a(), b()]);
    const [ta, tb] = await compareAll(label.includes("CSV") ? Math.max(5, Math.round(RUNS / 3)) : RUNS, [a, b]);
    const line = `| ${label} | ${x.length.toLocaleString("en")} | ${ta!.median} | ${ta!.p95} | ${tb!.median} | ${tb!.p95} | ${(ta!.median / tb!.median).toFixed(2)} |`;
    console.log(line);
    lines.push(line);
  }
  const statuses = new Map<string, number>();
  for (const x of await raw(null, null)) statuses.set(x.status, (statuses.get(x.status) ?? 0) + 1);

  const [{ server_version: version }] = (await sql`show server_version`) as unknown as [{ server_version: string }];
  writeSection(
    process.env.BENCH_OUT ?? "BENCHMARKS.md",
    "training-compliance",
    [
      `${TEACHERS.toLocaleString("en")} teachers in one county (60 schools), ${records.toLocaleString("en")} training records (${loadNote}); statuses as of ${AS_OF}: ` +
        `${[...statuses].map(([k, v]) => `${k} ${v.toLocaleString("en")}`).join(", ")}. PostgreSQL ${version}, Node ${process.version}, ${cpus().length} cores ` +
        `(load average ${loadavg()[0]!.toFixed(1)} at the end of the run); ${RUNS} interleaved runs per page case, ${Math.max(5, Math.round(RUNS / 3))} for the CSV, after 3 warm-up runs. ` +
        "API = the app in-process (`app.request`: token check, validation, rule resolution, the page query with the SQL status, the records query, " +
        "the domain evaluation of every teacher, JSON or CSV); raw = one hand-written SQL query computing the same status and counted hours for the " +
        "same teachers, by postgres.js. Both give the same teachers, statuses and hours (checked). Times in ms.",
      "",
      "| request | rows | API median | API p95 | raw median | raw p95 | ratio API / raw (medians) |",
      "|---|---|---|---|---|---|---|",
      ...lines,
    ].join("\n"),
  );
  await sql.end();
  await database.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
