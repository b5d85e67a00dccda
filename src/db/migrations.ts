import { sql } from "drizzle-orm";
import type { Database } from "./types.ts";

/** Number of applied migrations, for /health. 0 when the migrations table does not exist yet. */
export async function appliedMigrationCount(db: Database): Promise<number> {
  const rows = await db.execute<{ n: number }>(
    sql`select case when to_regclass('drizzle.__drizzle_migrations') is null then 0
        else (select count(*)::int from drizzle.__drizzle_migrations) end as n`,
  );
  return Number(rowsOf<{ n: number }>(rows)[0]?.n ?? 0);
}

/** db.execute returns { rows } on PGlite and an array on postgres.js; this reads both. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
