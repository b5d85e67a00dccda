import { eq } from "drizzle-orm";
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

/** The school of one assignment and its path, for the scope check of a write that changes or ends it. */
export async function assignmentSchool(tx: Queryable, assignmentId: string): Promise<{ schoolId: string; path: string } | undefined> {
  const [row] = await tx
    .select({ schoolId: teacherAssignments.schoolId, path: schools.path })
    .from(teacherAssignments)
    .innerJoin(schools, eq(schools.id, teacherAssignments.schoolId))
    .where(eq(teacherAssignments.id, assignmentId));
  return row;
}
