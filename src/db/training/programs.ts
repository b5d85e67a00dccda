import { and, asc, eq, getTableColumns, gt, inArray, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { canSeeProgram, programScope } from "../../auth/training-scope.ts";
import { underPath } from "../paths.ts";
import { jurisdictions, schools, trainingEnrollments, trainingProgramModules, trainingPrograms } from "../schema/index.ts";
import type { Database, Queryable } from "../types.ts";
import { prepared } from "../prepared.ts";
import { NotFound } from "../../domain/errors.ts";

export type ProgramRow = typeof trainingPrograms.$inferSelect & { ownerPath: string };
export type ModuleRow = typeof trainingProgramModules.$inferSelect;

/** Programme columns plus the owner's current materialised path. */
const programColumns = {
  ...getTableColumns(trainingPrograms),
  ownerPath: sql<string>`coalesce(${jurisdictions.path}, ${schools.path})`.as("owner_path"),
};

function programsWithOwner(db: Queryable) {
  return db
    .select(programColumns)
    .from(trainingPrograms)
    .leftJoin(jurisdictions, eq(jurisdictions.id, trainingPrograms.ownerJurisdictionId))
    .leftJoin(schools, eq(schools.id, trainingPrograms.ownerSchoolId));
}

function programById(db: Database) {
  return prepared(db, "training_program_by_id", (d) =>
    programsWithOwner(d)
      .where(eq(trainingPrograms.id, sql.placeholder("id")))
      .limit(1)
      .prepare("training_program_by_id"),
  );
}

/** A programme with its owner's path, whoever may see it (the caller decides). */
export async function programWithOwner(db: Queryable, id: string): Promise<ProgramRow | undefined> {
  const [row] = await programsWithOwner(db).where(eq(trainingPrograms.id, id));
  return row;
}

export interface ProgramListQuery {
  /** Owner at or below this path (the named jurisdiction's). */
  underPath?: string;
  schoolId?: string;
  level?: ProgramRow["level"];
  category?: ProgramRow["category"];
  mode?: ProgramRow["mode"];
  year?: number;
  after?: string;
  limit: number;
}

/** A page of the programmes the principal may see, ordered by id (`limit` rows; ask one more to know there is a next page). */
export function programPage(db: Queryable, p: Principal, q: ProgramListQuery): Promise<ProgramRow[]> {
  const where: (SQL | undefined)[] = [programScope(p)];
  if (q.underPath) where.push(underPath(sql`coalesce("jurisdictions"."path", "schools"."path")`, q.underPath));
  if (q.schoolId) where.push(eq(trainingPrograms.ownerSchoolId, q.schoolId));
  if (q.level) where.push(eq(trainingPrograms.level, q.level));
  if (q.category) where.push(eq(trainingPrograms.category, q.category));
  if (q.mode) where.push(eq(trainingPrograms.mode, q.mode));
  if (q.year) where.push(sql`${trainingPrograms.startDate} between ${`${q.year}-01-01`}::date and ${`${q.year}-12-31`}::date`);
  if (q.after) where.push(gt(trainingPrograms.id, q.after));
  return programsWithOwner(db)
    .where(and(...where))
    .orderBy(asc(trainingPrograms.id))
    .limit(q.limit);
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

/** The modules of one programme, in order. */
export async function modulesOfProgram(db: Queryable, programId: string): Promise<ModuleRow[]> {
  return (await modulesOf(db, [programId])).get(programId)!;
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
  const row = locked ? await programWithOwner(tx, id) : undefined;
  if (!row || !canSeeProgram(p, row.ownerPath, await principalEnrolled(tx, p, id))) throw new NotFound("Training programme", id);
  return row;
}
