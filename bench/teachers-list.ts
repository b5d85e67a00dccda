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
import { compare, compareAll } from "./stats.ts";

/**
 * Issue 3 bench: one page (limit 50) of teachers filtered by derived attributes as of a date, over
 * 50,000 generated teachers with history (the demo generator scaled up: one city, 10 counties, 300
 * schools). The API side is the real app in-process (`app.request`: auth, validation, the query, JSON)
 * on postgres.js; the raw side is one hand-written SQL query for the same page run by postgres.js.
 * Both must return the same ids; they run interleaved, and the median, p95 and ratio are written
 * into BENCHMARKS.md.
 *   bash bench/with-postgres.sh npm run bench:teachers        # throw-away cluster, removed afterwards
 *   DATABASE_URL=postgres://... npm run bench:teachers         # an existing (scratch!) database
 * BENCH_TEACHERS, BENCH_RUNS change the size and the number of runs; BENCH_EXPLAIN=1 prints
 * EXPLAIN ANALYZE of both queries; BENCH_OUT=path writes the section elsewhere than BENCHMARKS.md.
 */
const TEACHERS = Number(process.env.BENCH_TEACHERS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const AS_OF = "2025-08-31";
const PREFIX = "BENCH";

async function main() {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) {
    throw new Error(
      "bench:teachers measures PostgreSQL: set DATABASE_URL to a scratch database, or run `bash bench/with-postgres.sh npm run bench:teachers`.",
    );
  }
  const database = await openDatabase(env);
  await database.migrate();
  const ds = generateDataset({ teachers: TEACHERS, counties: 10, schoolsPerCounty: 30, codePrefix: PREFIX, seed: 99 });
  const rows = Object.values(ds).reduce((a, b) => a + b.length, 0);
  // Re-running against the same database reuses the data (the dataset is deterministic).
  const [present] = await database.db
    .select({ n: count() })
    .from(schema.teachers)
    .where(like(schema.teachers.staffNumber, `${PREFIX}-T%`));
  let loadNote: string;
  if (Number(present?.n ?? 0) === TEACHERS) {
    loadNote = "reused from an earlier run";
  } else if (Number(present?.n ?? 0) > 0) {
    throw new Error(`The database holds ${present!.n} ${PREFIX} teachers, not ${TEACHERS}; use a fresh database.`);
  } else {
    const t0 = performance.now();
    await loadDataset(database.db, ds);
    loadNote = `loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  }
  console.log(`${TEACHERS.toLocaleString("en")} teachers, ${rows.toLocaleString("en")} rows: ${loadNote}`);

  const sql = postgres(env.DATABASE_URL, { max: 4, ...postgresOptions });
  await sql`analyze`;
  let lastQuery: { query: string; params: unknown[] } | undefined;
  const db = drizzle(sql, {
    schema,
    casing: "snake_case",
    logger: { logQuery: (query, params) => void (/from "teachers"/.test(query) && (lastQuery = { query, params })) },
  }) as unknown as Database;
  const auth = createAuthService({ ...env, SECRET_HASH_ITERATIONS: 1000, RATE_LIMIT_PER_MINUTE: 1_000_000 });
  const app = createApp({ getDb: () => db, dbKind: "postgres", logger: { log() {} }, maxBodyBytes: 1 << 20, auth });
  const { client } = await insertClient(db, auth, { name: "bench", role: "bureau_admin" });
  const token = await tokenForClient(db, auth, client);
  const [city] = await db
    .select()
    .from(schema.jurisdictions)
    .where(eq(schema.jurisdictions.code, `${PREFIX}-C`));
  if (!city) throw new Error("no bench city");

  const api = async (query: string) => {
    const res = await app.request(`/v1/teachers?${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
    return ((await res.json()) as { items: { id: string }[] }).items.map((t) => t.id);
  };

  // The same page written by hand: filters as EXISTS, derived columns as correlated subqueries (the
  // columns the API returns, so both sides do the same work). The subtree prefix is a literal, as the
  // app writes it (src/db/paths.ts); the path is a UUID path read from the database.
  const valid = (alias: string) =>
    sql`${sql(alias)}.valid_from <= ${AS_OF}::date and (${sql(alias)}.valid_to is null or ${sql(alias)}.valid_to >= ${AS_OF}::date)`;
  // Employment periods: the first has no start; the list holds the teachers in service on the date.
  const openValid = (alias: string) =>
    sql`(${sql(alias)}.valid_from is null or ${sql(alias)}.valid_from <= ${AS_OF}::date) and (${sql(alias)}.valid_to is null or ${sql(alias)}.valid_to >= ${AS_OF}::date)`;
  const employed = (column: ReturnType<typeof sql>) =>
    sql`(select ${column} from teacher_employment e where e.teacher_id = t.id and ${openValid("e")} order by e.valid_from desc nulls last limit 1)`;
  const credentialRows = (kind: string) => sql`from teacher_credentials c where c.teacher_id = t.id and c.kind = ${kind} and ${valid("c")}
      and coalesce((select e.status from teacher_credential_events e where e.credential_id = c.id and e.effective_on <= ${AS_OF}::date
         order by e.effective_on desc, e.id desc limit 1), 'active') = 'active'`;
  // As a filter, EXISTS (the planner may semi-join from the few matching credentials). As a column, a
  // per-row scalar subquery: an EXISTS in the select list can become a hashed subplan that scans every
  // credential (measured: 490 ms for a page with no filter, against 20 ms).
  const activeCredential = (kind: string) => sql`exists (select 1 ${credentialRows(kind)})`;
  const hasCredential = (kind: string) => sql`coalesce((select true ${credentialRows(kind)} limit 1), false)`;
  const filters = {
    rural: sql`exists (select 1 from teacher_titles x where x.teacher_id = t.id and ${valid("x")} and x.level in ('first_grade', 'senior', 'senior_professional'))
      and exists (select 1 from teacher_education x where x.teacher_id = t.id and ${valid("x")} and x.level in ('bachelor', 'master', 'doctorate'))
      and exists (select 1 from teacher_assignments a join school_classifications sc on sc.school_id = a.school_id where a.teacher_id = t.id and a.kind = 'primary'
         and ${valid("a")} and (sc.valid_from is null or sc.valid_from <= ${AS_OF}::date) and (sc.valid_to is null or sc.valid_to >= ${AS_OF}::date)
         and sc.location_class = 'rural')`,
    dual: sql`${activeCredential("teacher_certificate")} and ${activeCredential("occupational_qualification")}`,
    none: sql`true`,
  };
  const rawQuery = (filter: keyof typeof filters) => sql<{ id: string }[]>`
      select t.*,
        (select a.school_id from teacher_assignments a where a.teacher_id = t.id and a.kind = 'primary' and ${valid("a")} order by a.valid_from desc limit 1) as current_school_id,
        (select x.level from teacher_titles x where x.teacher_id = t.id and ${valid("x")} order by x.valid_from desc limit 1) as title,
        (select x.level from teacher_education x where x.teacher_id = t.id and ${valid("x")}
           order by array_position(array['below_secondary','secondary_vocational','associate','bachelor','master','doctorate'], x.level) desc limit 1) as highest_education,
        coalesce((select true from teacher_graduate_coursework x where x.teacher_id = t.id and ${valid("x")} limit 1), false) as graduate_coursework,
        (${hasCredential("teacher_certificate")} and ${hasCredential("occupational_qualification")}) as dual_qualified,
        coalesce((select json_agg(json_build_object('id', x.id, 'type', x.type, 'level', x.level)
             order by array_position(array['school','township','county','city','provincial','national'], x.level) desc, x.valid_from)
           from teacher_designations x where x.teacher_id = t.id and ${valid("x")}), '[]') as designations,
        coalesce((select json_agg(distinct x.subject order by x.subject) from teacher_subjects x where x.teacher_id = t.id and ${valid("x")}), '[]') as subjects,
        ${employed(sql`e.employment_category`)} as employment_category_on, ${employed(sql`e.on_establishment_not_at_post`)} as not_at_post_on,
        ${employed(sql`e.status`)} as status_on, ${employed(sql`case when e.status in ('retired', 'left', 'deceased') then (e.valid_from - 1)::text end`)} as ended_on_on,
        ${employed(sql`case when e.status in ('retired', 'left', 'deceased') then e.reason end`)} as end_reason_on
      from teachers t
      where exists (select 1 from teacher_assignments a join schools s on s.id = a.school_id where a.teacher_id = t.id
              and ${valid("a")} and s.path like ${sql.unsafe(`'${city.path}%'`)})
        and not exists (select 1 from teacher_employment ex where ex.teacher_id = t.id and ${openValid("ex")} and ex.status in ('retired', 'left', 'deceased'))
        and ${filters[filter]}
      order by t.id limit 51`;
  const raw = async (filter: keyof typeof filters) => (await rawQuery(filter)).slice(0, 50).map((r) => r.id);

  const cases = [
    [
      "title ≥ first_grade, education ≥ bachelor, rural home school",
      `jurisdictionId=${city.id}&asOf=${AS_OF}&titleAtLeast=first_grade&educationAtLeast=bachelor&locationClass=rural&limit=50`,
      "rural",
    ],
    ["dual-qualified (双师型)", `jurisdictionId=${city.id}&asOf=${AS_OF}&dualQualified=true&limit=50`, "dual"],
    ["no attribute filter (the city's subtree only)", `jurisdictionId=${city.id}&asOf=${AS_OF}&limit=50`, "none"],
  ] as const;

  const lines: string[] = [];
  const explains: string[] = [];
  // The per-request floor: the same auth and JSON path around a primary-key read.
  {
    const read = async () => {
      const res = await app.request(`/v1/jurisdictions/${city.id}`, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
      return [((await res.json()) as { id: string }).id];
    };
    const pk = async () => (await sql<{ id: string }[]>`select * from jurisdictions where id = ${city.id}`).map((r) => r.id);
    for (let i = 0; i < 5; i++) await Promise.all([read(), pk()]);
    const { a, b } = await compare(RUNS, read, pk);
    lines.push(
      `| floor: \`GET /v1/jurisdictions/{id}\` vs \`select … where id = $1\` | 1 | ${a.median} | ${a.p95} | — | ${b.median} | ${b.p95} | ${(a.median / b.median).toFixed(2)} |`,
    );
    console.log(lines[0]);
  }
  for (const [label, query, filter] of cases) {
    const [apiIds, rawIds] = [await api(query), await raw(filter)];
    if (JSON.stringify(apiIds) !== JSON.stringify(rawIds)) throw new Error(`${label}: the API and the raw query return different pages`);
    if (apiIds.length < 50) console.warn(`${label}: only ${apiIds.length} rows; the page is not full`);
    // The app's own statement (as drizzle sent it, captured by the logger) run by postgres.js alone:
    // separates what the SQL costs from what the request around it costs.
    const captured = lastQuery!;
    const appSql = () => sql.unsafe(captured.query, captured.params as never[], { prepare: true });
    for (let i = 0; i < 5; i++) await Promise.all([api(query), appSql(), raw(filter)]); // warm-up (and postgres.js prepares)
    const [a, c, b] = await compareAll(RUNS, [() => api(query), appSql, () => raw(filter)]);
    const line = `| ${label} | ${apiIds.length} | ${a!.median} | ${a!.p95} | ${c!.median} | ${b!.median} | ${b!.p95} | ${(a!.median / b!.median).toFixed(2)} |`;
    console.log(line);
    lines.push(line);
    if (process.env.BENCH_EXPLAIN) {
      await api(query);
      const appPlan = await sql.unsafe(`explain (analyze, buffers) ${lastQuery!.query}`, lastQuery!.params as never[]);
      const rawPlan = await sql`explain (analyze, buffers) ${rawQuery(filter)}`.catch(() => undefined);
      explains.push(`-- ${label}: API\n${appPlan.map((r) => r["QUERY PLAN"]).join("\n")}`);
      if (rawPlan) explains.push(`-- ${label}: raw\n${rawPlan.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
  }
  if (explains.length) console.log(explains.join("\n\n"));

  const [{ server_version: version }] = (await sql`show server_version`) as unknown as [{ server_version: string }];
  const section = [
    `${TEACHERS.toLocaleString("en")} teachers with history (${rows.toLocaleString("en")} rows in ${Object.keys(ds).length} tables; ${loadNote}), PostgreSQL ${version}, ` +
      `Node ${process.version}, ${cpus().length} cores (load average ${loadavg()[0]!.toFixed(1)} at the end of the run); ${RUNS} interleaved runs per side after 5 warm-up runs. ` +
      "API = the app in-process (`app.request`: bearer-token check, query validation, the list query, JSON) on postgres.js; " +
      "raw = one hand-written SQL query returning the same page with the same derived columns, by postgres.js. " +
      "\"App's SQL alone\" = the statement the app sent (captured from drizzle's logger) run by postgres.js without the request around it. " +
      "Both return the same 50 ids (checked). Times in ms.",
    "",
    `| page (limit 50, as of ${AS_OF}) | rows | API median | API p95 | app's SQL alone, median | raw median | raw p95 | ratio API / raw (medians) |`,
    "|---|---|---|---|---|---|---|---|",
    ...lines,
  ].join("\n");
  writeSection(process.env.BENCH_OUT ?? "BENCHMARKS.md", "teachers-list", section);
  await sql.end();
  await database.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
