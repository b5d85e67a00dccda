import { and, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { NotFound, VersionConflict } from "../domain/errors.ts";
import type { Queryable } from "./types.ts";

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * UPDATE ... SET version = version + 1 guarded by the version the caller read (If-Match), in one
 * statement, so two clerks editing the same record cannot silently overwrite each other.
 * Unknown id: NotFound; known id at another version: VersionConflict.
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
  const found = await db
    .select({ version: table.version })
    .from(table as PgTable)
    .where(and(eq(table.id, id), scope));
  if (found.length === 0) throw new NotFound(what, id);
  throw new VersionConflict(what, id, found[0]!.version as number);
}
