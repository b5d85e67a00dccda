import { eq, sql } from "drizzle-orm";
import { jurisdictions, schools } from "../schema/index.ts";
import type { Database, Queryable } from "../types.ts";
import { prepared } from "../prepared.ts";

export function findJurisdiction(db: Database, id: string) {
  return prepared(db, "jurisdiction_by_id", (d) =>
    d.select().from(jurisdictions).where(eq(jurisdictions.id, sql.placeholder("id"))).limit(1).prepare("jurisdiction_by_id"),
  )
    .execute({ id })
    .then((rows) => rows[0]);
}

export async function lockJurisdiction(tx: Queryable, id: string) {
  const [row] = await tx.select().from(jurisdictions).where(eq(jurisdictions.id, id)).for("update");
  return row;
}

/** Re-root a subtree: every jurisdiction and school whose path starts with oldPrefix moves under newPrefix. */
export async function movePaths(tx: Queryable, oldPrefix: string, newPrefix: string) {
  const like = subtreePattern(oldPrefix);
  for (const table of [jurisdictions, schools]) {
    await tx
      .update(table)
      .set({ path: sql`${newPrefix} || substr(${table.path}, ${oldPrefix.length + 1})` })
      .where(sql`${table.path} like ${like}`);
  }
}

/** LIKE pattern matching a node's subtree. Paths hold only '/', hex digits and '-', so nothing needs escaping. */
export function subtreePattern(path: string): string {
  return `${path}%`;
}
