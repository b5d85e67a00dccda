import { and, asc, eq, sql } from "drizzle-orm";
import type { NewPeriod } from "../../domain/employment.ts";
import { inList } from "../json-rows.ts";
import { teacherEmployment } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { updateVersioned } from "../versioned.ts";

export type EmploymentRow = typeof teacherEmployment.$inferSelect;

/** The teacher's employment periods, first first (the one without a start sorts first). */
export function employmentPeriods(db: Queryable, teacherId: string): Promise<EmploymentRow[]> {
  return db
    .select()
    .from(teacherEmployment)
    .where(eq(teacherEmployment.teacherId, teacherId))
    .orderBy(sql`${teacherEmployment.validFrom} asc nulls first`, asc(teacherEmployment.id));
}

/** Periods of many teachers at once (sync reads them set-based). */
export function employmentPeriodsOf(db: Queryable, teacherIds: string[]): Promise<EmploymentRow[]> {
  if (teacherIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(teacherEmployment)
    .where(inList(teacherEmployment.teacherId, teacherIds))
    .orderBy(sql`${teacherEmployment.validFrom} asc nulls first`);
}

export async function insertPeriods(tx: Queryable, teacherId: string, periods: NewPeriod[]): Promise<EmploymentRow[]> {
  if (periods.length === 0) return [];
  return tx
    .insert(teacherEmployment)
    .values(periods.map((p) => ({ ...p, teacherId })))
    .returning();
}

/** A versioned change of one period (If-Match as src/db/versioned.ts), scoped to its teacher. */
export function updatePeriod(tx: Queryable, teacherId: string, id: string, expected: number | undefined, change: Partial<EmploymentRow>) {
  return updateVersioned(tx, teacherEmployment, "Employment period", id, expected, change, and(eq(teacherEmployment.teacherId, teacherId)));
}
