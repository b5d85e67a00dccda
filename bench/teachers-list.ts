import { eq } from "drizzle-orm";
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { writeFileSync } from "node:fs";
import { createApp } from "../src/app.ts";
import { insertClient, tokenForClient } from "../src/auth/client-records.ts";
import { createAuthService } from "../src/auth/service.ts";
import { generateDataset, loadDataset } from "../src/cli/demo/index.ts";
import { openDatabase } from "../src/db/client.ts";
import * as schema from "../src/db/schema/index.ts";
import type { Database } from "../src/db/types.ts";
import { parseEnv } from "../src/env.ts";
import { compare } from "./stats.ts";

/**
 * Issue 3 bench: one page (50) of teachers filtered by derived attributes as of a date, over 50,000
 * generated teachers with history, through the app (in-process app.request on postgres.js), against a
 * hand-written single SQL query for the same page run by postgres.js, interleaved in one run.
 *   bash bench/with-postgres.sh npm run bench:teachers
 */
const TEACHERS = Number(process.env.BENCH_TEACHERS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const AS_OF = "2025-08-31";

async function main() {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) throw new Error("Set DATABASE_URL (a PostgreSQL database); see bench/with-postgres.sh");
  const database = await openDatabase(env);
  await database.migrate();
  const t0 = performance.now();
  const ds = generateDataset({ teachers: TEACHERS, counties: 10, schoolsPerCounty: 30, codePrefix: "BENCH", seed: 99 });
  // Re-running against the same database reuses the data (the dataset is deterministic).
  const loaded = await database.db.select({ id: schema.jurisdictions.id }).from(schema.jurisdictions).where(eq(schema.jurisdictions.code, "BENCH-C"));
  const counts = loaded.length ? Object.fromEntries(Object.entries(ds).map(([k, v]) => [k, v.length])) : await loadDataset(database.db, ds);
  console.log(`loaded ${counts.teachers} teachers (${Object.values(counts).reduce((a, b) => a + b, 0)} rows) in ${Math.round(performance.now() - t0)} ms`);
  const sql = postgres(env.DATABASE_URL, { max: 4, onnotice: () => {} });
  await sql`analyze`;
  const db = drizzle(sql, { schema, casing: "snake_case" }) as unknown as Database;
  const auth = createAuthService({ ...env, SECRET_HASH_ITERATIONS: 1000, RATE_LIMIT_PER_MINUTE: 1_000_000 });
  const app = createApp({ getDb: () => db, dbKind: "postgres", logger: { log() {} }, maxBodyBytes: 1 << 20, auth });
  const { client } = await insertClient(db, auth, { name: "bench", role: "bureau_admin" });
  const token = await tokenForClient(db, auth, client);
  const city = ds.jurisdictions[0]!;

  const api = async (query: string) => {
    const res = await app.request(`/v1/teachers?${query}`, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${res.status} ${await res.text()}`);
    return ((await res.json()) as { items: { id: string }[] }).items.map((t) => t.id);
  };

  // The same page written by hand: filters as EXISTS, derived columns as correlated subqueries.
  const raw = (filter: "rural_senior" | "dual") => {
    const like = sql.unsafe(`'${city.path}%'`); // a literal prefix, as the app writes it (see src/db/paths.ts)
    const where =
      filter === "rural_senior"
        ? sql`exists (select 1 from teacher_titles x where x.teacher_id = t.id and x.valid_from <= ${AS_OF} and (x.valid_to is null or x.valid_to >= ${AS_OF})
               and x.level in ('first_grade','senior','senior_professional'))
           and exists (select 1 from teacher_education x where x.teacher_id = t.id and x.valid_from <= ${AS_OF} and (x.valid_to is null or x.valid_to >= ${AS_OF})
               and x.level in ('bachelor','master','doctorate'))
           and exists (select 1 from teacher_assignments a join schools s on s.id = a.school_id where a.teacher_id = t.id and a.kind = 'primary'
               and a.valid_from <= ${AS_OF} and (a.valid_to is null or a.valid_to >= ${AS_OF}) and s.location_class = 'rural')`
        : sql`exists (select 1 from teacher_credentials c where c.teacher_id = t.id and c.kind = 'teacher_certificate' and c.valid_from <= ${AS_OF}
               and (c.valid_to is null or c.valid_to >= ${AS_OF})
               and coalesce((select e.status from teacher_credential_events e where e.credential_id = c.id and e.effective_on <= ${AS_OF} order by e.effective_on desc limit 1), 'active') = 'active')
           and exists (select 1 from teacher_credentials c where c.teacher_id = t.id and c.kind = 'occupational_qualification' and c.valid_from <= ${AS_OF}
               and (c.valid_to is null or c.valid_to >= ${AS_OF})
               and coalesce((select e.status from teacher_credential_events e where e.credential_id = c.id and e.effective_on <= ${AS_OF} order by e.effective_on desc limit 1), 'active') = 'active')`;
    return sql<{ id: string }[]>`
      select t.*,
        (select a.school_id from teacher_assignments a where a.teacher_id = t.id and a.kind = 'primary' and a.valid_from <= ${AS_OF} and (a.valid_to is null or a.valid_to >= ${AS_OF}) order by a.valid_from desc limit 1) as current_school_id,
        (select x.level from teacher_titles x where x.teacher_id = t.id and x.valid_from <= ${AS_OF} and (x.valid_to is null or x.valid_to >= ${AS_OF}) order by x.valid_from desc limit 1) as title,
        (select x.level from teacher_education x where x.teacher_id = t.id and x.valid_from <= ${AS_OF} and (x.valid_to is null or x.valid_to >= ${AS_OF})
           order by array_position(array['below_secondary','secondary_vocational','associate','bachelor','master','doctorate'], x.level) desc limit 1) as highest_education,
        exists (select 1 from teacher_graduate_coursework x where x.teacher_id = t.id and x.valid_from <= ${AS_OF} and (x.valid_to is null or x.valid_to >= ${AS_OF})) as graduate_coursework,
        (select count(distinct c.kind) = 2 from teacher_credentials c where c.teacher_id = t.id and c.kind in ('teacher_certificate','occupational_qualification')
           and c.valid_from <= ${AS_OF} and (c.valid_to is null or c.valid_to >= ${AS_OF})
           and coalesce((select e.status from teacher_credential_events e where e.credential_id = c.id and e.effective_on <= ${AS_OF} order by e.effective_on desc limit 1), 'active') = 'active') as dual_qualified,
        coalesce((select json_agg(json_build_object('id', x.id, 'type', x.type, 'level', x.level) order by array_position(array['school','township','county','city','provincial','national'], x.level) desc)
           from teacher_designations x where x.teacher_id = t.id and x.valid_from <= ${AS_OF} and (x.valid_to is null or x.valid_to >= ${AS_OF})), '[]') as designations,
        coalesce((select json_agg(distinct x.subject) from teacher_subjects x where x.teacher_id = t.id and x.valid_from <= ${AS_OF} and (x.valid_to is null or x.valid_to >= ${AS_OF})), '[]') as subjects
      from teachers t
      where exists (select 1 from teacher_assignments a join schools s on s.id = a.school_id where a.teacher_id = t.id
              and a.valid_from <= ${AS_OF} and (a.valid_to is null or a.valid_to >= ${AS_OF}) and s.path like ${like})
        and ${where}
      order by t.id limit 51`.then((rows) => rows.slice(0, 50).map((r) => r.id));
  };

  const cases = [
    ["title ≥ first_grade, education ≥ bachelor, rural home school", `jurisdictionId=${city.id}&asOf=${AS_OF}&titleAtLeast=first_grade&educationAtLeast=bachelor&locationClass=rural&limit=50`, "rural_senior"],
    ["dual-qualified", `jurisdictionId=${city.id}&asOf=${AS_OF}&dualQualified=true&limit=50`, "dual"],
  ] as const;

  const results: string[] = [];
  for (const [label, query, rawFilter] of cases) {
    const [apiIds, rawIds] = [await api(query), await raw(rawFilter)];
    if (JSON.stringify(apiIds) !== JSON.stringify(rawIds)) throw new Error(`${label}: the API and the raw query disagree`);
    for (let i = 0; i < 5; i++) await Promise.all([api(query), raw(rawFilter)]);
    const { a, b } = await compare(RUNS, () => api(query), () => raw(rawFilter));
    const line = `| ${label} | ${apiIds.length} | ${a.median} | ${a.p95} | ${b.median} | ${b.p95} | ${(a.median / b.median).toFixed(2)} |`;
    console.log(line);
    results.push(line);
  }
  const report = [
    `### Teacher list filtered by derived attributes (issue 3)`,
    ``,
    `${TEACHERS.toLocaleString("en")} teachers with history (${Object.values(counts).reduce((x, y) => x + y, 0).toLocaleString("en")} rows), PostgreSQL ${(await sql`show server_version`)[0]!.server_version}, ${RUNS} interleaved runs each; API = in-process \`app.request\` (auth, validation, JSON) on postgres.js; raw = one hand-written SQL query returning the same page with the same derived columns, by postgres.js. Times in ms.`,
    ``,
    `| page (limit 50, as of ${AS_OF}) | rows | API median | API p95 | raw median | raw p95 | ratio |`,
    `|---|---|---|---|---|---|---|`,
    ...results,
    ``,
    `Command: \`bash bench/with-postgres.sh npm run bench:teachers\``,
  ].join("\n");
  writeFileSync(process.env.BENCH_OUT ?? "bench/.out/teachers-list.md", `${report}\n`);
  await sql.end();
  await database.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
