import { eq, inArray } from "drizzle-orm";
import { trainingEnrollments, trainingModuleResults, trainingProgramModules, trainingPrograms } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { updateVersioned } from "../versioned.ts";
import type { ModuleRow } from "./programs.ts";

export type ProgramInsert = typeof trainingPrograms.$inferInsert;

export async function insertProgram(tx: Queryable, values: ProgramInsert): Promise<typeof trainingPrograms.$inferSelect> {
  const [created] = await tx.insert(trainingPrograms).values(values).returning();
  return created!;
}

/** Version-guarded update (NotFound / VersionConflict). */
export function updateProgramRow(tx: Queryable, id: string, expected: number | undefined, values: Partial<ProgramInsert>) {
  return updateVersioned(tx, trainingPrograms, "Training programme", id, expected, values);
}

/** Modules in the order given (position 1, 2, …); hours as numeric text. */
export async function insertModules(
  tx: Queryable,
  programId: string,
  modules: { code: string; title: string; hours: string | null }[],
): Promise<ModuleRow[]> {
  if (modules.length === 0) return [];
  return tx
    .insert(trainingProgramModules)
    .values(modules.map((m, i) => ({ programId, code: m.code, title: m.title, hours: m.hours, position: i + 1 })))
    .returning();
}

/** Whether any result is recorded against these modules. */
export async function moduleResultsRecorded(tx: Queryable, moduleIds: string[]): Promise<boolean> {
  const [used] = await tx
    .select({ id: trainingModuleResults.id })
    .from(trainingModuleResults)
    .innerJoin(trainingEnrollments, eq(trainingEnrollments.id, trainingModuleResults.enrollmentId))
    .where(inArray(trainingModuleResults.moduleId, moduleIds))
    .limit(1);
  return !!used;
}

export async function deleteModules(tx: Queryable, programId: string): Promise<void> {
  await tx.delete(trainingProgramModules).where(eq(trainingProgramModules.programId, programId));
}
