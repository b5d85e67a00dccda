import { teachers } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { updateVersioned } from "../versioned.ts";

type TeacherInsert = typeof teachers.$inferInsert;

export async function insertTeacher(tx: Queryable, values: TeacherInsert) {
  const [created] = await tx.insert(teachers).values(values).returning();
  return created!;
}

/** A versioned update of the core record (NotFound / VersionConflict as src/db/versioned.ts). */
export function updateTeacherRow(tx: Queryable, id: string, expected: number | undefined, values: Partial<TeacherInsert>) {
  return updateVersioned(tx, teachers, "Teacher", id, expected, values);
}
