import { eq, sql } from "drizzle-orm";
import { schools } from "../schema/index.ts";
import type { Database, Queryable } from "../types.ts";
import { prepared } from "../prepared.ts";
import { updateVersioned } from "../versioned.ts";

type SchoolRow = typeof schools.$inferSelect;

export function findSchool(db: Database, id: string) {
  return prepared(db, "school_by_id", (d) =>
    d
      .select()
      .from(schools)
      .where(eq(schools.id, sql.placeholder("id")))
      .limit(1)
      .prepare("school_by_id"),
  )
    .execute({ id })
    .then((rows) => rows[0]);
}

export async function lockSchool(tx: Queryable, id: string): Promise<SchoolRow | undefined> {
  const [row] = await tx.select().from(schools).where(eq(schools.id, id)).for("update");
  return row;
}

/** The materialised path of a school, or undefined. */
export async function schoolPath(db: Queryable, id: string): Promise<string | undefined> {
  const [row] = await db.select({ path: schools.path }).from(schools).where(eq(schools.id, id));
  return row?.path;
}

export async function insertSchool(tx: Queryable, values: typeof schools.$inferInsert): Promise<SchoolRow> {
  const [created] = await tx.insert(schools).values(values).returning();
  return created!;
}

/** Versioned update (NotFound / VersionConflict). */
export function updateSchoolRow(
  tx: Queryable,
  id: string,
  expected: number | undefined,
  values: Record<string, unknown>,
): Promise<SchoolRow> {
  return updateVersioned(tx, schools, "School", id, expected, values);
}
