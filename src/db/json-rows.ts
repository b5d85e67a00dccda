import { toSnakeCase } from "drizzle-orm/casing";
import { sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import { executePrepared } from "./driver.ts";
import { through, type Pipeline } from "./pipeline.ts";
import type { Queryable } from "./types.ts";

const cache = new WeakMap<PgTable, Map<string, { name: string; column: PgColumn }>>();

/** Property name -> [database column name, column], as drizzle maps them with `casing: "snake_case"`. */
function columnsOf(table: PgTable): Map<string, { name: string; column: PgColumn }> {
  const cached = cache.get(table);
  if (cached) return cached;
  const { columns } = getTableConfig(table);
  const byProperty = new Map<string, { name: string; column: PgColumn }>();
  for (const [key, value] of Object.entries(table as unknown as Record<string, unknown>)) {
    const column = columns.find((x) => x === value);
    if (column) byProperty.set(key, { name: column.keyAsName ? toSnakeCase(key) : column.name, column });
  }
  cache.set(table, byProperty);
  return byProperty;
}

/**
 * `column IN (values)` with the values as ONE JSON parameter. drizzle's `inArray` makes a parameter
 * per value, and building, binding and planning 10,000 of them cost a sync batch more than the
 * lookups themselves.
 */
export function inList(column: PgColumn, values: readonly string[]): SQL {
  return sql`${column} in (select v::${sql.raw(column.getSQLType())} from json_array_elements_text(${JSON.stringify(values)}::json) v)`;
}

/**
 * What a bulk statement over `rows` needs: the table's quoted name, and for the properties the rows
 * (and `extra`) carry, their quoted columns and SQL types, checked against the table; `json` renders
 * a chunk as the JSON parameter json_populate_recordset reads (database names; nulls left out, since
 * a missing key reads as null: shorter JSON to build, send and parse).
 */
export function bulkShape(table: PgTable, rows: Record<string, unknown>[], extra: string[] = []) {
  const names = columnsOf(table);
  const keys = [...new Set([...rows.flatMap((r) => Object.keys(r)), ...extra])];
  const tableName = getTableConfig(table).name;
  const unknown = keys.filter((k) => !names.has(k));
  if (unknown.length) throw new Error(`${tableName}: no column for ${unknown.join(", ")}`);
  const dbName = new Map(keys.map((k) => [k, names.get(k)!.name]));
  return {
    name: `"${tableName}"`,
    keys,
    column: (k: string) => `"${names.get(k)!.name}"`,
    type: (k: string) => names.get(k)!.column.getSQLType(),
    json(part: Record<string, unknown>[]): string {
      return JSON.stringify(
        part.map((row) => {
          const out: Record<string, unknown> = {};
          for (const k in row) if (row[k] !== null) out[dbName.get(k)!] = row[k];
          return out;
        }),
      );
    },
  };
}

/**
 * One prepared statement per chunk of `rows`, through the caller's pipeline (or an own one awaited
 * here): the next chunk's parameters are built while the database runs the one before.
 */
export async function sendChunks<T>(
  tx: Queryable,
  text: string,
  rows: T[],
  params: (part: T[]) => unknown[],
  { chunk = 1000, via }: { chunk?: number; via?: Pipeline } = {},
): Promise<void> {
  await through(via, async (p) => {
    for (let i = 0; i < rows.length; i += chunk) await p.send(executePrepared(tx, text, params(rows.slice(i, i + chunk))));
  });
}

/**
 * Insert many rows set-based: per chunk, `INSERT INTO t (cols) SELECT cols FROM
 * json_populate_recordset(null::t, $1)` with the chunk as ONE JSON parameter. Columns not given take
 * their defaults. Faster than drizzle's multi-row `.values(rows)` on both databases: no statement with
 * thousands of bind parameters to build, parse and plan (BENCHMARKS.md, "Demo register load").
 * `constants` are columns with one value for every row, sent once as parameters rather than in each
 * row (the database's JSON parsing is most of the cost of a wide chunk). The chunks are pipelined
 * (src/db/pipeline.ts): the next one is built while the database inserts one.
 */
export async function insertJsonRows(
  tx: Queryable,
  table: PgTable,
  rows: Record<string, unknown>[],
  { chunk = 1000, via, constants = {} }: { chunk?: number; via?: Pipeline; constants?: Record<string, unknown> } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const fixed = Object.keys(constants);
  const shape = bulkShape(table, rows);
  const twice = fixed.filter((k) => shape.keys.includes(k));
  if (twice.length) throw new Error(`${shape.name}: ${twice.join(", ")} both in the rows and constant`);
  const all = bulkShape(table, [], [...shape.keys, ...fixed]); // checks the constants' columns too
  const cols = shape.keys.map(shape.column).join(", ");
  const values = [cols, ...fixed.map((k, i) => `$${i + 2}::${all.type(k)}`)].join(", ");
  const text = `insert into ${shape.name} (${all.keys.map(all.column).join(", ")}) select ${values} from json_populate_recordset(null::${shape.name}, $1::json)`;
  const params = fixed.map((k) => constants[k] ?? null);
  await sendChunks(tx, text, rows, (part) => [shape.json(part), ...params], { chunk, via });
}

/**
 * Update many rows set-based: the changes of one id are merged (later wins), rows changing the same
 * columns are grouped, and each group is one `UPDATE t SET … FROM json_populate_recordset(null::t, $1)
 * v WHERE t.id = v.id` per chunk. A versioned table's version moves by one and its updated_at is now.
 */
export async function updateJsonRows(
  tx: Queryable,
  table: PgTable,
  updates: { id: string; change: Record<string, unknown> }[],
  { chunk = 1000, via }: { chunk?: number; via?: Pipeline } = {},
): Promise<void> {
  const merged = new Map<string, Record<string, unknown>>();
  for (const u of updates) merged.set(u.id, { ...(merged.get(u.id) ?? {}), ...u.change });
  const groups = new Map<string, { id: string; change: Record<string, unknown> }[]>();
  for (const [id, change] of merged) {
    const signature = Object.keys(change).sort().join(",");
    if (!signature) continue;
    const group = groups.get(signature);
    if (group) group.push({ id, change });
    else groups.set(signature, [{ id, change }]);
  }
  const names = columnsOf(table);
  const name = `"${getTableConfig(table).name}"`;
  const bump = [names.has("version") ? `"version" = t."version" + 1` : null, names.has("updatedAt") ? `"updated_at" = now()` : null].filter(
    Boolean,
  );
  await through(via, async (p) => {
    for (const [signature, rows] of groups) {
      const keys = signature.split(",");
      const { column } = bulkShape(table, [], keys);
      const set = [...keys.map((k) => `${column(k)} = v.${column(k)}`), ...bump].join(", ");
      const text = `update ${name} t set ${set} from json_populate_recordset(null::${name}, $1::json) v where t."id" = v."id"`;
      const json = (part: typeof rows) =>
        JSON.stringify(part.map((r) => ({ id: r.id, ...Object.fromEntries(keys.map((k) => [names.get(k)!.name, r.change[k]])) })));
      await sendChunks(tx, text, rows, (part) => [json(part)], { chunk, via: p });
    }
  });
}
