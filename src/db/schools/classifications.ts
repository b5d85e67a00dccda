import { and, asc, eq, sql } from "drizzle-orm";
import { schoolClassifications } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { updateVersioned } from "../versioned.ts";

export type ClassificationRow = typeof schoolClassifications.$inferSelect;
const sc = schoolClassifications;

/** A school's classification periods in date order (the first, without a start, first). */
export function classificationHistory(db: Queryable, schoolId: string, lock = false): Promise<ClassificationRow[]> {
  const q = db.select().from(sc).where(eq(sc.schoolId, schoolId)).orderBy(sql`${sc.validFrom} asc nulls first`, asc(sc.id));
  return lock ? q.for("update") : q;
}

export async function insertClassification(tx: Queryable, values: typeof sc.$inferInsert): Promise<ClassificationRow> {
  const [created] = await tx.insert(sc).values(values).returning();
  return created!;
}

/** Versioned update of one of the school's periods (NotFound / VersionConflict). */
export function updateClassificationRow(
  tx: Queryable,
  schoolId: string,
  id: string,
  expected: number | undefined,
  values: Partial<typeof sc.$inferInsert>,
): Promise<ClassificationRow> {
  return updateVersioned(tx, sc, "School classification", id, expected, values, and(eq(sc.schoolId, schoolId)));
}
