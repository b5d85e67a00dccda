import { and, asc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { canSeeProgram } from "../../auth/training-scope.ts";
import { jurisdictions, schools, trainingEnrollments, trainingProgramModules, trainingPrograms } from "../schema/index.ts";
import type { Database, Queryable } from "../types.ts";
import { prepared } from "../prepared.ts";
import { NotFound } from "../../domain/errors.ts";

export type ProgramRow = typeof trainingPrograms.$inferSelect & { ownerPath: string };
export type ModuleRow = typeof trainingProgramModules.$inferSelect;

/** Programme columns plus the owner's current materialised path. */
export const programColumns = {
  ...getTableColumns(trainingPrograms),
  ownerPath: sql<string>`coalesce(${jurisdictions.path}, ${schools.path})`.as("owner_path"),
};

export function programsWithOwner(db: Queryable) {
  return db
    .select(programColumns)
    .from(trainingPrograms)
    .leftJoin(jurisdictions, eq(jurisdictions.id, trainingPrograms.ownerJurisdictionId))
    .leftJoin(schools, eq(schools.id, trainingPrograms.ownerSchoolId));
}

function programById(db: Database) {
  return prepared(db, "training_program_by_id", (d) =>
    programsWithOwner(d).where(eq(trainingPrograms.id, sql.placeholder("id"))).limit(1).prepare("training_program_by_id"),
  );
}

export async function modulesOf(db: Queryable, programIds: string[]): Promise<Map<string, ModuleRow[]>> {
  const out = new Map<string, ModuleRow[]>(programIds.map((id) => [id, []]));
  if (programIds.length === 0) return out;
  const rows = await db
    .select()
    .from(trainingProgramModules)
    .where(inArray(trainingProgramModules.programId, programIds))
    .orderBy(asc(trainingProgramModules.programId), asc(trainingProgramModules.position));
  for (const r of rows) out.get(r.programId)!.push(r);
  return out;
}

async function principalEnrolled(db: Queryable, p: Principal, programId: string): Promise<boolean> {
  if (p.orgType !== "teacher" || !p.teacherId) return false;
  const [row] = await db
    .select({ id: trainingEnrollments.id })
    .from(trainingEnrollments)
    .where(and(eq(trainingEnrollments.programId, programId), eq(trainingEnrollments.teacherId, p.teacherId)));
  return !!row;
}

/** A programme the principal may see, or 404 (unknown and out of scope look the same). */
export async function visibleProgram(db: Database, p: Principal, id: string): Promise<ProgramRow> {
  const [row] = await programById(db).execute({ id });
  if (!row || !canSeeProgram(p, row.ownerPath, await principalEnrolled(db, p, id))) throw new NotFound("Training programme", id);
  return row;
}

/** The same, locked for a write inside a transaction. */
export async function lockVisibleProgram(tx: Queryable, p: Principal, id: string): Promise<ProgramRow> {
  const [locked] = await tx.select({ id: trainingPrograms.id }).from(trainingPrograms).where(eq(trainingPrograms.id, id)).for("update");
  const [row] = locked ? await programsWithOwner(tx).where(eq(trainingPrograms.id, id)) : [];
  if (!row || !canSeeProgram(p, row.ownerPath, await principalEnrolled(tx, p, id))) throw new NotFound("Training programme", id);
  return row;
}
