import { and, eq, isNull, sql } from "drizzle-orm";
import { schools, teacherAssignments } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

/** The materialised path of the school an assignment names (undefined when there is no such school). */
export async function schoolPath(tx: Queryable, schoolId: string): Promise<string | undefined> {
  const [school] = await tx.select({ path: schools.path }).from(schools).where(eq(schools.id, schoolId));
  return school?.path;
}

export async function insertAssignment(
  tx: Queryable,
  values: typeof teacherAssignments.$inferInsert,
): Promise<typeof teacherAssignments.$inferSelect> {
  const [row] = await tx.insert(teacherAssignments).values(values).returning();
  return row!;
}

/** The start of one of the teacher's assignments that begins after `date`, if any. */
export async function assignmentStartingAfter(tx: Queryable, teacherId: string, date: string): Promise<string | undefined> {
  const [late] = await tx
    .select({ validFrom: teacherAssignments.validFrom })
    .from(teacherAssignments)
    .where(and(eq(teacherAssignments.teacherId, teacherId), sql`${teacherAssignments.validFrom} > ${date}::date`))
    .limit(1);
  return late?.validFrom;
}

/** End every open assignment of the teacher on `date` (the teacher retired or left). */
export async function endOpenAssignments(tx: Queryable, teacherId: string, date: string): Promise<void> {
  await tx
    .update(teacherAssignments)
    .set({ validTo: date, version: sql`${teacherAssignments.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(teacherAssignments.teacherId, teacherId), isNull(teacherAssignments.validTo)));
}

/** The school of one assignment and its path, for the scope check of a write that changes or ends it. */
export async function assignmentSchool(tx: Queryable, assignmentId: string): Promise<{ schoolId: string; path: string } | undefined> {
  const [row] = await tx
    .select({ schoolId: teacherAssignments.schoolId, path: schools.path })
    .from(teacherAssignments)
    .innerJoin(schools, eq(schools.id, teacherAssignments.schoolId))
    .where(eq(teacherAssignments.id, assignmentId));
  return row;
}
