import { recordAudit } from "../../db/audit/record.ts";
import { assignmentStartingAfter, endOpenAssignments } from "../../db/teacher-records/assignments.ts";
import { findTeacher, lockTeacher } from "../../db/teachers/read.ts";
import { updateTeacherRow } from "../../db/teachers/write.ts";
import type { Database } from "../../db/types.ts";
import { Conflict, NotFound, RuleViolation } from "../../domain/errors.ts";
import type { Actor } from "../actor.ts";

export interface TeacherEnd {
  teacherId: string;
  status: "retired" | "left";
  /** Last day of service; open assignments end on this day. */
  endedOn: string;
  reason?: string;
  /** The version the caller read (If-Match); undefined writes whatever is there. */
  expectedVersion: number | undefined;
}

/**
 * Record that a teacher retired or left (personnel records are never deleted): status and end date,
 * every open assignment ended that day, the audit event. Returns the teacher as of the end date.
 */
export async function endTeacher(db: Database, actor: Actor, input: TeacherEnd) {
  const { teacherId, endedOn } = input;
  await db.transaction(async (tx) => {
    const current = await lockTeacher(tx, teacherId, actor.scope);
    if (!current) throw new NotFound("Teacher", teacherId);
    if (current.status !== "active") throw new Conflict(`Teacher ${teacherId} already ${current.status} on ${current.endedOn}`);
    const late = await assignmentStartingAfter(tx, teacherId, endedOn);
    if (late) {
      throw new RuleViolation("An assignment starts after this date", [
        { pointer: "/endedOn", detail: `An assignment starts on ${late}; correct it first` },
      ]);
    }
    const updated = await updateTeacherRow(tx, teacherId, input.expectedVersion, {
      status: input.status,
      endedOn,
      endReason: input.reason ?? null,
    });
    await recordAudit(tx, actor, { action: "end", entity: "Teacher", entityId: teacherId, teacherId, before: current, after: updated });
    await endOpenAssignments(tx, teacherId, endedOn);
  });
  return (await findTeacher(db, teacherId, endedOn))!;
}
