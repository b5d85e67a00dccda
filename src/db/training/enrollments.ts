import { and, eq, gt, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { teachers, trainingEnrollments, trainingModuleResults, trainingRecords } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

export type EnrollmentRow = typeof trainingEnrollments.$inferSelect & { teacherName: string };
export type ModuleResultRow = typeof trainingModuleResults.$inferSelect;

const enrollmentColumns = { enrollment: trainingEnrollments, teacherName: teachers.name };

/** Enrollments joined to their teacher's name, filtered by `where` (scope included by the caller). */
async function selectEnrollments(db: Queryable, where: SQL | undefined, limit?: number, lock = false): Promise<EnrollmentRow[]> {
  const q = db
    .select(enrollmentColumns)
    .from(trainingEnrollments)
    .innerJoin(teachers, eq(teachers.id, trainingEnrollments.teacherId))
    .where(where)
    .orderBy(trainingEnrollments.id);
  const rows = await (limit ? q.limit(limit) : q);
  if (lock && rows.length) {
    await db
      .select({ id: trainingEnrollments.id })
      .from(trainingEnrollments)
      .where(
        inArray(
          trainingEnrollments.id,
          rows.map((r) => r.enrollment.id),
        ),
      )
      .for("update");
  }
  return rows.map((r) => ({ ...r.enrollment, teacherName: r.teacherName }));
}

const inScope = (p: Principal) => teacherScope(p, sql.raw(`"training_enrollments"."teacher_id"`));

/** One enrollment of a programme whose teacher is in the principal's scope (optionally locked). */
export async function enrollmentInScope(
  db: Queryable,
  p: Principal,
  programId: string,
  enrollmentId: string,
  lock = false,
): Promise<EnrollmentRow | undefined> {
  const where = and(eq(trainingEnrollments.id, enrollmentId), eq(trainingEnrollments.programId, programId), inScope(p));
  const [row] = await selectEnrollments(db, where, undefined, lock);
  return row;
}

export interface EnrollmentListQuery {
  status?: EnrollmentRow["status"];
  teacherId?: string;
  after?: string;
  limit: number;
}

/** A page of a programme's enrollments of teachers in scope, ordered by id. */
export function enrollmentPage(db: Queryable, p: Principal, programId: string, q: EnrollmentListQuery): Promise<EnrollmentRow[]> {
  const where: (SQL | undefined)[] = [eq(trainingEnrollments.programId, programId), inScope(p)];
  if (q.status) where.push(eq(trainingEnrollments.status, q.status));
  if (q.teacherId) where.push(eq(trainingEnrollments.teacherId, q.teacherId));
  if (q.after) where.push(gt(trainingEnrollments.id, q.after));
  return selectEnrollments(db, and(...where), q.limit);
}

/** The enrollments of these teachers in a programme (optionally locked). */
export async function enrollmentsOfTeachers(
  tx: Queryable,
  programId: string,
  teacherIds: string[],
  lock = false,
): Promise<EnrollmentRow[]> {
  if (teacherIds.length === 0) return [];
  return selectEnrollments(
    tx,
    and(eq(trainingEnrollments.programId, programId), inArray(trainingEnrollments.teacherId, teacherIds)),
    undefined,
    lock,
  );
}

export interface EnrollmentDetails {
  results: ModuleResultRow[];
  /** The training record crediting each enrollment's completion, by enrollment id. */
  recordOf: Map<string, string>;
}

/** Module results and credited records of some enrollments (two queries for any number). */
export async function enrollmentDetails(db: Queryable, ids: string[]): Promise<EnrollmentDetails> {
  const results = ids.length ? await db.select().from(trainingModuleResults).where(inArray(trainingModuleResults.enrollmentId, ids)) : [];
  const records = ids.length
    ? await db
        .select({ id: trainingRecords.id, enrollmentId: trainingRecords.enrollmentId })
        .from(trainingRecords)
        .where(inArray(trainingRecords.enrollmentId, ids))
    : [];
  return { results, recordOf: new Map(records.map((r) => [r.enrollmentId!, r.id])) };
}

/** Enrollments that hold a place (not withdrawn). */
export async function countActiveEnrollments(tx: Queryable, programId: string): Promise<number> {
  const [{ n }] = (await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingEnrollments)
    .where(and(eq(trainingEnrollments.programId, programId), ne(trainingEnrollments.status, "withdrawn")))) as [{ n: number }];
  return n;
}

/**
 * New enrollments, with their teacher's name; a teacher enrolled meanwhile by a concurrent request is
 * skipped (ON CONFLICT DO NOTHING), so fewer rows may come back than were sent.
 */
export async function insertEnrollments(
  tx: Queryable,
  values: { programId: string; teacherId: string; enrolledOn: string; note: string | null }[],
): Promise<EnrollmentRow[]> {
  if (values.length === 0) return [];
  const inserted = await tx.insert(trainingEnrollments).values(values).onConflictDoNothing().returning();
  const names = new Map<string, string>();
  if (inserted.length) {
    const rows = await tx
      .select({ id: teachers.id, name: teachers.name })
      .from(teachers)
      .where(
        inArray(
          teachers.id,
          inserted.map((r) => r.teacherId),
        ),
      );
    for (const r of rows) names.set(r.id, r.name);
  }
  return inserted.map((r) => ({ ...r, teacherName: names.get(r.teacherId) ?? "" }));
}

export type EnrollmentChange = Partial<
  Pick<EnrollmentRow, "status" | "enrolledOn" | "startedOn" | "completedOn" | "withdrawnOn" | "score" | "note">
>;

/** Set fields of an enrollment and move its version on. */
export async function updateEnrollmentRow(
  tx: Queryable,
  id: string,
  values: EnrollmentChange,
): Promise<typeof trainingEnrollments.$inferSelect> {
  const [updated] = await tx
    .update(trainingEnrollments)
    .set({ ...values, version: sql`${trainingEnrollments.version} + 1`, updatedAt: sql`now()` })
    .where(eq(trainingEnrollments.id, id))
    .returning();
  return updated!;
}

/** Record module results (insert, or change a different result); how many rows were written. */
export async function upsertModuleResults(
  tx: Queryable,
  values: { enrollmentId: string; moduleId: string; result: ModuleResultRow["result"]; recordedOn: string }[],
): Promise<number> {
  const written = await tx
    .insert(trainingModuleResults)
    .values(values)
    .onConflictDoUpdate({
      target: [trainingModuleResults.enrollmentId, trainingModuleResults.moduleId],
      set: { result: sql`excluded.result`, recordedOn: sql`excluded.recorded_on`, updatedAt: sql`now()` },
      setWhere: sql`${trainingModuleResults.result} <> excluded.result`,
    })
    .returning({ id: trainingModuleResults.id });
  return written.length;
}
