import { drizzle } from "drizzle-orm/postgres-js";
import { cpus, loadavg } from "node:os";
import postgres from "postgres";
import { createApp } from "../src/app.ts";
import { insertClient, tokenForClient } from "../src/auth/client-records.ts";
import { createAuthService } from "../src/auth/service.ts";
import { openDatabase } from "../src/db/client.ts";
import { postgresOptions } from "../src/db/postgres-options.ts";
import * as schema from "../src/db/schema/index.ts";
import type { Database } from "../src/db/types.ts";
import { checkCharacter } from "../src/domain/national-id.ts";
import { parseEnv } from "../src/env.ts";
import { uuidv7 } from "../src/lib/ids.ts";
import { writeSection } from "./report.ts";
import { summary } from "./stats.ts";

/**
 * Issue 6 bench, on PostgreSQL:
 *  1. apply a batch of 10,000 new teachers, each with an assignment and a teacher certificate
 *     (30,000 rows), through POST /v1/sync/batches, against a raw postgres.js multi-row
 *     `INSERT … ON CONFLICT` of the same rows (three statements, one transaction) into a fresh school;
 *  2. pull 100,000 changes through GET /v1/changes (pages of 1,000) against a raw keyset SELECT of the
 *     same changes, same page size.
 * Each side runs BENCH_RUNS times into fresh schools (medians), after one warm-up run of each that is
 * not counted (the first batch of a process also compiles the code it runs). Rows per second and
 * ratios go to BENCHMARKS.md.
 *   bash bench/with-postgres.sh npm run bench:sync
 */
const TEACHERS = Number(process.env.BENCH_SYNC_TEACHERS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FEED = Number(process.env.BENCH_FEED_CHANGES ?? 100_000);
const PAGE = 1000;
const REGION = String(110000 + Math.floor(Math.random() * 800000));

async function main() {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL) throw new Error("bench:sync measures PostgreSQL: run `bash bench/with-postgres.sh npm run bench:sync`.");
  const database = await openDatabase(env);
  await database.migrate();
  const sql = postgres(env.DATABASE_URL, { max: 4, ...postgresOptions });
  const db = drizzle(sql, { schema, casing: "snake_case" }) as unknown as Database;
  const auth = createAuthService({ ...env, SECRET_HASH_ITERATIONS: 1000, RATE_LIMIT_PER_MINUTE: 1_000_000 });
  const app = createApp({ getDb: () => db, dbKind: "postgres", logger: { log() {} }, maxBodyBytes: 1 << 20, auth });
  const { client } = await insertClient(db, auth, { name: "bench", role: "bureau_admin" });
  const token = await tokenForClient(db, auth, client);
  const cityId = uuidv7();
  const cityPath = `/${cityId}/`;
  await db.insert(schema.jurisdictions).values({ id: cityId, code: `BS-${Date.now()}`, name: "同步市", level: "city", path: cityPath });
  const city = { id: cityId };
  let schoolNo = 0;
  const newSchool = async () => {
    const id = uuidv7();
    await db.insert(schema.schools).values({
      id,
      code: `BS-${Date.now()}-${schoolNo++}`,
      name: "同步学校",
      jurisdictionId: city.id,
      path: `${cityPath}${id}/`,
    });
    await db
      .insert(schema.schoolClassifications)
      .values({ id: uuidv7(), schoolId: id, validFrom: null, stages: ["primary"], ownership: "public", locationClass: "urban" });
    return id;
  };
  let serial = 0;
  const rows = () =>
    Array.from({ length: TEACHERS }, (_, i) => {
      serial += 1;
      // unique per process: a random region, and (birth date, sequence) from the serial
      const day = Math.floor(serial / 1000) % 2025;
      const birth = `19${70 + Math.floor(day / 81)}-0${1 + (Math.floor(day / 9) % 9)}-1${day % 9}`;
      const first17 = `${REGION}${birth.replace(/-/g, "")}${String(serial % 1000).padStart(3, "0")}`;
      void i;
      return {
        key: `S${serial}`,
        nationalId: first17 + checkCharacter(first17),
        birth,
        gender: Number(first17[16]) % 2 ? "male" : "female",
      } as const;
    });

  // ---- 1. batch apply --------------------------------------------------------------------------
  const apiTimes: number[] = [];
  const rawTimes: number[] = [];
  let lastSchool = "";
  for (let run = -1; run < RUNS; run++) {
    const data = rows();
    const schoolId = await newSchool();
    lastSchool = schoolId;
    const body = {
      schoolId,
      mode: "apply",
      scope: "delta",
      records: {
        teachers: data.map((t) => ({
          sourceKey: t.key,
          name: "教师",
          gender: t.gender,
          birthDate: t.birth,
          nationalId: t.nationalId,
          employmentCategory: "on_establishment",
          hireDate: "2015-09-01",
        })),
        assignments: data.map((t) => ({
          sourceKey: `A${t.key}`,
          teacherSourceKey: t.key,
          kind: "primary",
          postType: "teaching",
          validFrom: "2015-09-01",
        })),
        credentials: data.map((t) => ({
          sourceKey: `C${t.key}`,
          teacherSourceKey: t.key,
          kind: "teacher_certificate",
          issuedOn: "2014-08-01",
        })),
      },
    };
    const t0 = performance.now();
    const res = await app.request("/v1/sync/batches", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": uuidv7() },
      body: JSON.stringify(body),
    });
    const out = (await res.json()) as { counts?: { created: number; rejected: number } };
    const apiTime = performance.now() - t0;
    if (res.status !== 200 || out.counts!.created !== 3 * TEACHERS)
      throw new Error(`batch: ${res.status} ${JSON.stringify(out).slice(0, 500)}`);

    // Raw: the same rows, three multi-row INSERT … ON CONFLICT statements in one transaction.
    const rawData = rows();
    const rawSchool = await newSchool();
    const r0 = performance.now();
    await sql.begin(async (tx) => {
      const t = rawData.map((x) => ({
        id: uuidv7(),
        name: "教师",
        gender: x.gender,
        birth_date: x.birth,
        national_id: x.nationalId,
        employment_category: "on_establishment",
        hire_date: "2015-09-01",
      }));
      for (let i = 0; i < t.length; i += 5000) {
        await tx`insert into teachers ${tx(t.slice(i, i + 5000))} on conflict (national_id) do update set name = excluded.name`;
      }
      const a = t.map((x) => ({
        id: uuidv7(),
        teacher_id: x.id,
        school_id: rawSchool,
        kind: "primary",
        post_type: "teaching",
        valid_from: "2015-09-01",
      }));
      for (let i = 0; i < a.length; i += 5000)
        await tx`insert into teacher_assignments ${tx(a.slice(i, i + 5000))} on conflict (id) do nothing`;
      const c = t.map((x) => ({ id: uuidv7(), teacher_id: x.id, kind: "teacher_certificate", valid_from: "2014-08-01" }));
      for (let i = 0; i < c.length; i += 5000)
        await tx`insert into teacher_credentials ${tx(c.slice(i, i + 5000))} on conflict (id) do nothing`;
    });
    const rawTime = performance.now() - r0;
    console.log(`batch run ${run < 0 ? "(warm-up)" : run + 1}: API ${Math.round(apiTime)} ms, raw ${Math.round(rawTime)} ms`);
    if (run < 0) continue;
    apiTimes.push(apiTime);
    rawTimes.push(rawTime);
  }

  // ---- 2. feed pull -------------------------------------------------------------------------------
  const [{ n }] = (await sql`select count(*)::int as n from changes`) as unknown as [{ n: number }];
  if (n < FEED) throw new Error(`only ${n} changes; raise BENCH_RUNS or lower BENCH_FEED_CHANGES`);
  // A bureau-wide reader pulls FEED changes; a school system pulls its own school's 3 × TEACHERS
  // changes (the last batch's school) out of the whole feed, through its recorded scope.
  const school = await insertClient(db, auth, { name: "bench school", role: "school_sync", schoolId: lastSchool });
  const schoolToken = await tokenForClient(db, auth, school.client);
  const SCHOOL_FEED = 3 * TEACHERS;
  const pullApi = async (bearer: string, want: number) => {
    let cursor: string | undefined;
    let got = 0;
    while (got < want) {
      const res = await app.request(`/v1/changes?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ""}`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      const page = (await res.json()) as { items: unknown[]; nextCursor: string };
      got += page.items.length;
      cursor = page.nextCursor;
      if (page.items.length === 0) break;
    }
    return got;
  };
  const pullRaw = async (want: number, org?: string) => {
    let x = 0;
    let s = 0;
    let got = 0;
    const scope = org ? sql`and scope_orgs @> ${`{${org}}`}::uuid[]` : sql``;
    while (got < want) {
      const page = await sql<
        { xid: number; seq: number }[]
      >`select seq, xid, entity, entity_id, teacher_id, operation, state, changed_at from changes
        where (xid, seq) > (${x}, ${s}) and xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint ${scope} order by xid, seq limit ${PAGE}`;
      if (page.length === 0) break;
      got += page.length;
      x = Number(page.at(-1)!.xid);
      s = Number(page.at(-1)!.seq);
    }
    return got;
  };
  const feedApi: number[] = [];
  const feedRaw: number[] = [];
  const schoolApi: number[] = [];
  const schoolRaw: number[] = [];
  for (let run = -1; run < RUNS; run++) {
    let t0 = performance.now();
    const a = await pullApi(token, FEED);
    const apiTime = performance.now() - t0;
    t0 = performance.now();
    const b = await pullRaw(FEED);
    const rawTime = performance.now() - t0;
    if (a < FEED || b < FEED) throw new Error(`pulled ${a} / ${b} changes`);
    t0 = performance.now();
    const c = await pullApi(schoolToken, SCHOOL_FEED + 1);
    const schoolTime = performance.now() - t0;
    t0 = performance.now();
    const d = await pullRaw(SCHOOL_FEED + 1, lastSchool);
    const schoolRawTime = performance.now() - t0;
    if (c !== SCHOOL_FEED || d !== SCHOOL_FEED) throw new Error(`the school pulled ${c} / ${d} changes, not ${SCHOOL_FEED}`);
    if (run < 0) continue;
    feedApi.push(apiTime);
    feedRaw.push(rawTime);
    schoolApi.push(schoolTime);
    schoolRaw.push(schoolRawTime);
  }

  const [batchApi, batchRaw, fApi, fRaw, sApi, sRaw] = [apiTimes, rawTimes, feedApi, feedRaw, schoolApi, schoolRaw].map(
    (t) => summary(t).median,
  );
  // each run's API time over the raw time measured right after it
  const spread = (api: number[], raw: number[]) => {
    const ratios = api.map((t, i) => t / raw[i]!);
    return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  };
  const rps = (rowsCount: number, ms: number) => Math.round((rowsCount * 1000) / ms).toLocaleString("en");
  const [{ server_version: version }] = (await sql`show server_version`) as unknown as [{ server_version: string }];
  const lines = [
    `PostgreSQL ${version}, Node ${process.version}, ${cpus().length} cores (load average ${loadavg()[0]!.toFixed(1)} at the end of the run); medians of ${RUNS} runs after a warm-up run of each. Times in ms.`,
    "",
    "| operation | rows | API median | API rows/s | raw median | raw rows/s | ratio API / raw (medians) | ratio per run (min–max) |",
    "|---|---|---|---|---|---|---|---|",
    `| batch: ${TEACHERS.toLocaleString("en")} new teachers + assignments + certificates | ${(3 * TEACHERS).toLocaleString("en")} | ${Math.round(batchApi!)} | ${rps(3 * TEACHERS, batchApi!)} | ${Math.round(batchRaw!)} | ${rps(3 * TEACHERS, batchRaw!)} | ${(batchApi! / batchRaw!).toFixed(2)} | ${spread(apiTimes, rawTimes)} |`,
    `| feed: pull ${FEED.toLocaleString("en")} changes, pages of ${PAGE} | ${FEED.toLocaleString("en")} | ${Math.round(fApi!)} | ${rps(FEED, fApi!)} | ${Math.round(fRaw!)} | ${rps(FEED, fRaw!)} | ${(fApi! / fRaw!).toFixed(2)} | ${spread(feedApi, feedRaw)} |`,
    `| feed: a school system pulls its ${SCHOOL_FEED.toLocaleString("en")} changes out of ${n.toLocaleString("en")} | ${SCHOOL_FEED.toLocaleString("en")} | ${Math.round(sApi!)} | ${rps(SCHOOL_FEED, sApi!)} | ${Math.round(sRaw!)} | ${rps(SCHOOL_FEED, sRaw!)} | ${(sApi! / sRaw!).toFixed(2)} | ${spread(schoolApi, schoolRaw)} |`,
  ].join("\n");
  console.log(lines);
  writeSection(process.env.BENCH_OUT ?? "BENCHMARKS.md", "sync", lines);
  await sql.end();
  await database.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
