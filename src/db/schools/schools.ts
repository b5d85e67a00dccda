import { eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import { schoolClassificationOn } from "../as-of.ts";
import { schoolClassifications, type SchoolOn, schools } from "../schema/index.ts";
import type { Database, Queryable } from "../types.ts";
import { prepared } from "../prepared.ts";
import { updateVersioned } from "../versioned.ts";

type SchoolRow = typeof schools.$inferSelect;
export type { SchoolOn };

const sc = schoolClassifications;
/** The select list of a SchoolOn: the school's columns and its classification's facts. */
export const schoolOnColumns = {
  ...getTableColumns(schools),
  classificationId: sc.id,
  stages: sc.stages,
  ownership: sc.ownership,
  locationClass: sc.locationClass,
  remote: sc.remote,
  weak: sc.weak,
  staffingQuota: sc.staffingQuota,
};
/** The join condition of a SchoolOn: the school's classification on d (src/db/as-of.ts validOnOpenStart). */
export const classificationOnJoin = (d: SQL) => schoolClassificationOn("school_classifications", sql`${schools.id}`, d);

/** The school row itself (path, name, version), whatever its classification. */
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

/** The school with its classification on `asOf`. */
export function findSchoolOn(db: Queryable, id: string, asOf: string): Promise<SchoolOn | undefined> {
  return db
    .select(schoolOnColumns)
    .from(schools)
    .innerJoin(sc, classificationOnJoin(sql`${asOf}`))
    .where(eq(schools.id, id))
    .limit(1)
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
