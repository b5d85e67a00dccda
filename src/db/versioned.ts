import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { ApiError } from "../lib/problem.ts";
import type { Database, Queryable } from "./types.ts";

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * UPDATE ... SET version = version + 1 guarded by the version the caller read (If-Match), in one
 * statement, so two clerks editing the same record cannot silently overwrite each other.
 * Unknown id -> 404; known id at another version -> 412.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Queryable,
  table: T,
  what: string,
  id: string,
  expected: number | undefined,
  values: Record<string, unknown>,
  scope?: SQL,
): Promise<T["$inferSelect"]> {
  const conditions = [eq(table.id, id), scope];
  if (expected !== undefined) conditions.push(eq(table.version, expected));
  const rows = (await db
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
    .where(and(...conditions))
    .returning()) as T["$inferSelect"][];
  if (rows[0]) return rows[0];
  const found = await db.select({ version: table.version }).from(table as PgTable).where(and(eq(table.id, id), scope));
  if (found.length === 0) throw ApiError.notFound(what, id);
  throw new ApiError("precondition_failed", `${what} ${id} is at version ${String(found[0]!.version)}; read it again`);
}

/**
 * Prepared statements per database handle: drizzle builds the SQL once, the driver keeps the plan.
 * On Node the handle lives for the process; on Workers it lives for one request.
 */
const cache = new WeakMap<object, Map<string, unknown>>();
export function prepared<P>(db: Database, name: string, build: (db: Database) => P): P {
  let forDb = cache.get(db);
  if (!forDb) cache.set(db, (forDb = new Map()));
  let stmt = forDb.get(name) as P | undefined;
  if (!stmt) forDb.set(name, (stmt = build(db)));
  return stmt;
}

/** Reject unknown or out-of-date references with a 422 pointing at the field that holds them. */
export function invalidReference(pointer: string, what: string, id: string): ApiError {
  return ApiError.invalid(`${what} ${id} does not exist`, [{ pointer, detail: `No ${what.toLowerCase()} with this id` }]);
}
