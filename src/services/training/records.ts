import { canSeeProgram } from "../../auth/training-scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { programWithOwner } from "../../db/training/programs.ts";
import { findRecord, insertClaim, requireTeacher, reviewRecordRow, type RecordRow } from "../../db/training/records.ts";
import type { Database } from "../../db/types.ts";
import { can } from "../../auth/policy.ts";
import { Conflict, invalidReference, RuleViolation, ScopeViolation } from "../../domain/errors.ts";
import { claimColumns, importedDecision, type ClaimCreate } from "../../contract/training/records.ts";
import type { Actor } from "../actor.ts";

/**
 * Submit a claim for hours earned outside a recorded enrollment, for a teacher in the actor's scope
 * (a teacher: themself). It starts `submitted` and counts once verified. With a status `verified` or
 * `rejected` it is a historical import (permission training.import): stored with its decision date and
 * decider, recorded now, and audited as `import` (the actor stays the caller).
 */
export async function claimTraining(
  db: Database,
  actor: Actor,
  input: { teacherId: string; claim: ClaimCreate; today: string },
): Promise<RecordRow> {
  const { teacherId, claim } = input;
  const decision = importedDecision(claim);
  if (decision && !can(actor.scope.role, "training.import"))
    throw new ScopeViolation("Importing a decided training record needs the permission training.import (bureau_admin, hr_clerk)");
  if (claim.completedOn > input.today)
    throw new RuleViolation("Training cannot be claimed before it is completed", [
      { pointer: "/completedOn", detail: "Must not be in the future" },
    ]);
  return db.transaction(async (tx) => {
    await requireTeacher(tx, actor.scope, teacherId, true);
    let level = claim.level ?? null;
    if (claim.programId) {
      const program = await programWithOwner(tx, claim.programId);
      // A teacher sees only programmes they are enrolled in, so a teacher may name any programme; the
      // clerk who verifies the claim checks it. Other callers must see the programme.
      if (!program || (actor.scope.orgType !== "teacher" && !canSeeProgram(actor.scope, program.ownerPath, false))) {
        throw invalidReference("/programId", "Training programme", claim.programId);
      }
      level = claim.level ?? program.level;
    }
    const created = await insertClaim(
      tx,
      { teacherId, programId: claim.programId ?? null, ...claimColumns(claim, level), submittedBy: actor.id },
      decision,
    );
    // An import's event names the historical decider (reviewedBy) and date in `after`.
    const action = decision ? "import" : "submit";
    await recordAudit(tx, actor, { action, entity: "TrainingRecord", entityId: created.id, teacherId, after: created });
    return created;
  });
}

export interface ReviewInput {
  recordId: string;
  /** The version the caller read (If-Match), if it sent one. */
  expected?: number;
}

function review(
  db: Database,
  actor: Actor,
  { recordId, expected }: ReviewInput,
  to: "verified" | "rejected",
  reason?: string,
): Promise<RecordRow> {
  return db.transaction(async (tx) => {
    const current = await findRecord(tx, actor.scope, recordId, true);
    if (to === "verified" && current.status !== "submitted")
      throw new Conflict(`The record is ${current.status}; only a submitted record can be verified`);
    if (to === "rejected") {
      if (current.status === "rejected") throw new Conflict("The record is already rejected");
      if (current.enrollmentId) throw new Conflict("This record credits a programme completion; change the enrolment's result instead");
    }
    const updated = await reviewRecordRow(
      tx,
      recordId,
      expected,
      to === "verified" ? { to, reviewedBy: actor.id } : { to, reviewedBy: actor.id, reason: reason! },
    );
    await recordAudit(tx, actor, {
      action: to === "verified" ? "verify" : "reject",
      entity: "TrainingRecord",
      entityId: recordId,
      teacherId: current.teacherId,
      before: current,
      after: updated,
    });
    return updated;
  });
}

/** submitted → verified; the reviewer and the instant are kept. */
export function verifyRecord(db: Database, actor: Actor, input: ReviewInput): Promise<RecordRow> {
  return review(db, actor, input, "verified");
}

/** submitted or verified → rejected, with the reason; a programme completion changes through its enrollment instead. */
export function rejectRecord(db: Database, actor: Actor, input: ReviewInput & { reason: string }): Promise<RecordRow> {
  return review(db, actor, input, "rejected", input.reason);
}
