import { eq, sql, type SQL } from "drizzle-orm";
import { jurisdictions } from "./schema/index.ts";
import type { Queryable } from "./types.ts";

const PATH = /^\/(?:[0-9a-f-]{36}\/)+$/;

/**
 * `column LIKE '<path>%'` with the prefix as a literal, not a parameter. With a parameter,
 * PostgreSQL's generic plan for a prepared statement cannot see how selective the prefix is and picks
 * whole-table hash joins (BENCHMARKS.md, "Teacher list"). Paths hold only
 * UUIDs and slashes, checked here, so the literal is safe.
 */
export function underPath(column: SQL, path: string): SQL {
  if (!PATH.test(path)) throw new Error(`Not a materialised path: ${path}`);
  return sql`${column} like ${sql.raw(`'${path}%'`)}`;
}

/** The materialised path of a jurisdiction, or undefined when there is none. */
export async function jurisdictionPath(db: Queryable, id: string): Promise<string | undefined> {
  const [row] = await db.select({ path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, id));
  return row?.path;
}
