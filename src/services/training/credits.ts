import { recordAudit } from "../../db/audit/record.ts";
import { creditOf, rejectCredit, standingCreditOf, upsertCredit } from "../../db/training/credits.ts";
import type { EnrollmentRow } from "../../db/training/enrollments.ts";
import type { ProgramRow } from "../../db/training/programs.ts";
import type { Tx } from "../../db/types.ts";
import { hoursIn } from "../../contract/training/shared.ts";
import type { Actor } from "../actor.ts";

/** Completion credits the programme's hours to the teacher as a verified record, once per enrollment. */
export async function creditCompletion(tx: Tx, actor: Actor, program: ProgramRow, e: EnrollmentRow): Promise<void> {
  const before = await creditOf(tx, e.id);
  const row = await upsertCredit(tx, {
    teacherId: e.teacherId,
    programId: program.id,
    enrollmentId: e.id,
    title: program.title,
    category: program.category,
    level: program.level,
    organiser: program.organiser,
    schoolBased: program.level === "school",
    hours: hoursIn(Number(program.creditedHours)),
    completedOn: e.completedOn!,
    submittedBy: actor.id,
    reviewedBy: actor.id,
  });
  await recordAudit(tx, actor, {
    action: before ? "credit:update" : "credit",
    entity: "TrainingRecord",
    entityId: row.id,
    teacherId: e.teacherId,
    before,
    after: row,
  });
}

/** A completion corrected away rejects the record that credited it (if it still stands). */
export async function revokeCompletion(tx: Tx, actor: Actor, e: EnrollmentRow, reason: string): Promise<void> {
  const before = await standingCreditOf(tx, e.id);
  if (!before) return;
  const row = await rejectCredit(tx, before.id, reason, actor.id);
  await recordAudit(tx, actor, {
    action: "reject",
    entity: "TrainingRecord",
    entityId: before.id,
    teacherId: e.teacherId,
    before,
    after: row,
  });
}
