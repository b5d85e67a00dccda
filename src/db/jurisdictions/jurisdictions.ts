import { count, eq, sql } from "drizzle-orm";
import { jurisdictions, schools } from "../schema/index.ts";
import type { Database, Queryable } from "../types.ts";
import { prepared } from "../prepared.ts";
import { updateVersioned } from "../versioned.ts";

type JurisdictionRow = typeof jurisdictions.$inferSelect;

export function findJurisdiction(db: Database, id: string) {
  return prepared(db, "jurisdiction_by_id", (d) =>
    d
      .select()
      .from(jurisdictions)
      .where(eq(jurisdictions.id, sql.placeholder("id")))
      .limit(1)
      .prepare("jurisdiction_by_id"),
  )
    .execute({ id })
    .then((rows) => rows[0]);
}

export async function lockJurisdiction(tx: Queryable, id: string) {
  const [row] = await tx.select().from(jurisdictions).where(eq(jurisdictions.id, id)).for("update");
  return row;
}

/** A jurisdiction's path, row-locked (`share`: it must not move while a target is added; `update`: a bulk load waits for it). */
export async function lockJurisdictionPath(tx: Queryable, id: string, strength: "share" | "update"): Promise<string | undefined> {
  const [row] = await tx.select({ path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, id)).for(strength);
  return row?.path;
}

/** Id and path of a jurisdiction (the id as stored), or undefined. */
export async function jurisdictionRef(db: Queryable, id: string): Promise<{ id: string; path: string } | undefined> {
  const [row] = await db.select({ id: jurisdictions.id, path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, id));
  return row;
}

/** The levels of a jurisdiction's direct children. */
export function childLevels(tx: Queryable, parentId: string) {
  return tx.select({ level: jurisdictions.level }).from(jurisdictions).where(eq(jurisdictions.parentId, parentId));
}

export async function insertJurisdiction(tx: Queryable, values: typeof jurisdictions.$inferInsert): Promise<JurisdictionRow> {
  const [created] = await tx.insert(jurisdictions).values(values).returning();
  return created!;
}

/** Versioned update (NotFound / VersionConflict). */
export function updateJurisdictionRow(
  tx: Queryable,
  id: string,
  expected: number | undefined,
  values: Record<string, unknown>,
): Promise<JurisdictionRow> {
  return updateVersioned(tx, jurisdictions, "Jurisdiction", id, expected, values);
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
function subtreePattern(path: string): string {
  return `${path}%`;
}

export async function jurisdictionCount(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(jurisdictions);
  return Number(row?.n ?? 0);
}
