import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { trainingRecords } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { RECORDING_DAY, type RecordRow } from "./records.ts";

/*
 * The training records that credit a programme completion: one per enrollment, verified when the
 * result is recorded, rejected when it is corrected to failed.
 */

/** Claims entered by hand (not through an enrollment, not rejected) for a programme, by teacher: the record id. */
export async function manualClaimsOf(tx: Queryable, programId: string, teacherIds: string[]): Promise<Map<string, string>> {
  const claims = teacherIds.length
    ? await tx
        .select({ teacherId: trainingRecords.teacherId, id: trainingRecords.id })
        .from(trainingRecords)
        .where(
          and(
            eq(trainingRecords.programId, programId),
            inArray(trainingRecords.teacherId, teacherIds),
            isNull(trainingRecords.enrollmentId),
            ne(trainingRecords.status, "rejected"),
          ),
        )
    : [];
  return new Map(claims.map((x) => [x.teacherId, x.id]));
}

/** The record crediting an enrollment, whatever its status. */
export async function creditOf(tx: Queryable, enrollmentId: string): Promise<RecordRow | undefined> {
  const [row] = await tx.select().from(trainingRecords).where(eq(trainingRecords.enrollmentId, enrollmentId));
  return row;
}

/** The record crediting an enrollment while it is not rejected. */
export async function standingCreditOf(tx: Queryable, enrollmentId: string): Promise<RecordRow | undefined> {
  const [row] = await tx
    .select()
    .from(trainingRecords)
    .where(and(eq(trainingRecords.enrollmentId, enrollmentId), ne(trainingRecords.status, "rejected")));
  return row;
}

export type CreditValues = Pick<
  RecordRow,
  | "teacherId"
  | "programId"
  | "enrollmentId"
  | "title"
  | "category"
  | "level"
  | "organiser"
  | "schoolBased"
  | "hours"
  | "completedOn"
  | "submittedBy"
  | "reviewedBy"
>;

/** Insert the verified credit of an enrollment, or verify it again (upsert on the enrollment's unique key). */
export async function upsertCredit(tx: Queryable, credit: CreditValues): Promise<RecordRow> {
  const values = { ...credit, source: "program" as const, status: "verified" as const, verifiedAt: sql`now()`, verifiedOn: RECORDING_DAY };
  const [row] = await tx
    .insert(trainingRecords)
    .values(values as never)
    .onConflictDoUpdate({
      target: trainingRecords.enrollmentId,
      set: {
        status: "verified",
        completedOn: values.completedOn,
        reviewedBy: values.reviewedBy,
        verifiedAt: sql`now()`,
        verifiedOn: RECORDING_DAY,
        rejectedAt: null,
        rejectedOn: null,
        rejectionReason: null,
        version: sql`${trainingRecords.version} + 1`,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  return row!;
}

/** Reject a credit, with the reason and the reviewer. */
export async function rejectCredit(tx: Queryable, id: string, reason: string, reviewedBy: string): Promise<RecordRow> {
  const [row] = await tx
    .update(trainingRecords)
    .set({
      status: "rejected",
      rejectedAt: sql`now()`,
      rejectedOn: RECORDING_DAY,
      rejectionReason: reason,
      reviewedBy,
      version: sql`${trainingRecords.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(trainingRecords.id, id))
    .returning();
  return row!;
}
