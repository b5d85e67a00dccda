import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { teachers, trainingRecords } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { updateVersioned } from "../versioned.ts";
import { NotFound } from "../../domain/errors.ts";
import type { ImportedDecision } from "../../domain/training/decision.ts";

export type RecordRow = typeof trainingRecords.$inferSelect;

/** Scope of training records: their teacher's scope. */
export function recordScope(p: Principal): SQL | undefined {
  return teacherScope(p, sql.raw(`"training_records"."teacher_id"`));
}

/** A record in scope (optionally locked), or 404. */
export async function findRecord(db: Queryable, p: Principal, id: string, lock = false): Promise<RecordRow> {
  const q = db
    .select()
    .from(trainingRecords)
    .where(and(eq(trainingRecords.id, id), recordScope(p)));
  const [row] = await (lock ? q.for("update") : q);
  if (!row) throw new NotFound("Training record", id);
  return row;
}

/** The teacher must exist and be in scope (a teacher principal: themself); otherwise 404. */
export async function requireTeacher(db: Queryable, p: Principal, teacherId: string, lock = false): Promise<void> {
  const q = db
    .select({ id: teachers.id })
    .from(teachers)
    .where(and(eq(teachers.id, teacherId), teacherScope(p)));
  const [row] = await (lock ? q.for("share") : q);
  if (!row) throw new NotFound("Teacher", teacherId);
}

export type ClaimValues = Pick<
  typeof trainingRecords.$inferInsert,
  | "teacherId"
  | "source"
  | "programId"
  | "title"
  | "category"
  | "level"
  | "organiser"
  | "schoolBased"
  | "hours"
  | "completedOn"
  | "evidenceRef"
  | "note"
  | "submittedBy"
>;

/** The decision's columns; the recording instant is the database's (the same as submittedAt's). */
function decisionColumns(d: ImportedDecision) {
  return d.status === "verified"
    ? { status: d.status, reviewedBy: d.reviewedBy, verifiedAt: sql`now()`, verifiedOn: d.decidedOn }
    : { status: d.status, reviewedBy: d.reviewedBy, rejectedAt: sql`now()`, rejectedOn: d.decidedOn, rejectionReason: d.rejectionReason };
}

/** A submitted claim, or with `decision` an imported record that already has it. */
export async function insertClaim(tx: Queryable, values: ClaimValues, decision: ImportedDecision | null = null): Promise<RecordRow> {
  const [created] = await tx
    .insert(trainingRecords)
    .values({ ...values, ...(decision ? decisionColumns(decision) : { status: "submitted" as const }) })
    .returning();
  return created!;
}

export type Review = { to: "verified"; reviewedBy: string } | { to: "rejected"; reviewedBy: string; reason: string };

/** The business date of a decision recorded now: the recording day (UTC, as `today`). */
export const RECORDING_DAY = sql`(now() at time zone 'UTC')::date`;

/** Verify or reject a record, guarded by the version read (NotFound / VersionConflict); the instant and its day are the database's. */
export function reviewRecordRow(tx: Queryable, id: string, expected: number | undefined, review: Review): Promise<RecordRow> {
  const values =
    review.to === "verified"
      ? { status: "verified" as const, reviewedBy: review.reviewedBy, verifiedAt: sql`now()`, verifiedOn: RECORDING_DAY }
      : {
          status: "rejected" as const,
          reviewedBy: review.reviewedBy,
          rejectedAt: sql`now()`,
          rejectedOn: RECORDING_DAY,
          rejectionReason: review.reason,
        };
  return updateVersioned(tx, trainingRecords, "Training record", id, expected, values);
}
