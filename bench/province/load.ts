import type { Sql } from "postgres";
import { PROVINCE_DEFAULTS, PROVINCE_TABLES, provinceAfterLoad, provinceStatements, type ProvinceOptions } from "./generate.ts";

const LOAD_NOTE = "shizi bench province: ";

export interface ProvinceLoad {
  provinceId: string;
  provincePath: string;
  /** "loaded in … s" or "reused from an earlier run". */
  note: string;
  loadSeconds?: number;
  analyzeSeconds?: number;
}

/**
 * Load the province into a PostgreSQL database (postgres.js) unless it is already there: the marker is
 * the province's code plus the number of its teachers. The load is one transaction (all or nothing),
 * then VACUUM (ANALYZE) of each table so plans see the statistics and index-only scans the visibility map.
 */
export async function ensureProvince(sql: Sql, options: Partial<ProvinceOptions> = {}): Promise<ProvinceLoad> {
  const o = { ...PROVINCE_DEFAULTS, ...options };
  const present = async () => {
    const [row] = await sql<{ id: string; path: string; n: string }[]>`
      select j.id, j.path, (select count(*) from teachers t where t.staff_number like ${`${o.prefix}-T%`}) as n
      from jurisdictions j where j.code = ${`${o.prefix}-P`}`;
    return row;
  };
  const before = await present();
  if (before) {
    if (Number(before.n) !== o.teachers) {
      throw new Error(`The database holds a ${o.prefix} province with ${before.n} teachers, not ${o.teachers}; use a fresh database.`);
    }
    // the earlier run's load time, kept as the database's comment (a scratch database)
    const [c] = await sql<
      { d: string | null }[]
    >`select shobj_description(oid, 'pg_database') as d from pg_database where datname = current_database()`;
    const earlier = c?.d?.startsWith(LOAD_NOTE) ? `; it was ${c.d.slice(LOAD_NOTE.length)}` : "";
    return { provinceId: before.id, provincePath: before.path, note: `reused from an earlier run${earlier}` };
  }
  const t0 = performance.now();
  await sql.begin(async (tx) => {
    await tx.unsafe(`set local maintenance_work_mem = '512MB'`);
    await tx.unsafe(`set local work_mem = '256MB'`);
    // Secondary indexes (not the primary keys, which foreign keys depend on) are dropped for the load and
    // rebuilt after it in the same transaction: one sorted build instead of millions of random inserts
    // (10x on a busy machine). The unique ones are checked when they are rebuilt.
    const indexes = await tx<{ name: string; def: string }[]>`
      select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
      from pg_index i join pg_class c on c.oid = i.indrelid
      where c.relnamespace = 'public'::regnamespace and c.relname in ${tx(PROVINCE_TABLES.slice(2))}
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)`;
    for (const { name } of indexes) await tx.unsafe(`drop index ${name}`);
    for (const statement of provinceStatements(o)) {
      const s0 = performance.now();
      await tx.unsafe(statement);
      if (process.env.BENCH_VERBOSE)
        console.log(`${(performance.now() - s0).toFixed(0).padStart(7)} ms  ${statement.trim().split("\n")[0]!.slice(0, 90)}`);
    }
    const s0 = performance.now();
    for (const { def } of indexes) await tx.unsafe(def);
    if (process.env.BENCH_VERBOSE)
      console.log(`${(performance.now() - s0).toFixed(0).padStart(7)} ms  ${indexes.length} secondary indexes rebuilt`);
  });
  const t1 = performance.now();
  for (const statement of provinceAfterLoad) await sql.unsafe(statement);
  const t2 = performance.now();
  const after = await present();
  if (!after || Number(after.n) !== o.teachers) throw new Error("the province load did not produce the expected teachers");
  const loadSeconds = (t1 - t0) / 1000;
  const analyzeSeconds = (t2 - t1) / 1000;
  const note = `loaded in ${loadSeconds.toFixed(1)} s + ${analyzeSeconds.toFixed(1)} s vacuum/analyze`;
  await sql.unsafe(`do $$ begin execute format('comment on database %I is %L', current_database(), '${LOAD_NOTE}${note}'); end $$`);
  return { provinceId: after.id, provincePath: after.path, loadSeconds, analyzeSeconds, note };
}

/** Rows and on-disk size (with indexes) per table the generator fills. */
export async function provinceTableSizes(sql: Sql) {
  const out: { table: string; rows: number; bytes: number }[] = [];
  for (const table of PROVINCE_TABLES) {
    const [row] = await sql.unsafe<{ n: string; bytes: string }[]>(
      `select count(*) as n, pg_total_relation_size('${table}') as bytes from ${table}`,
    );
    out.push({ table, rows: Number(row!.n), bytes: Number(row!.bytes) });
  }
  return out;
}
