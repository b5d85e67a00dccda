import { recordAuditMany } from "../../db/audit/record.ts";
import { endTenuresRunningPast, recordStartingAfter } from "../../db/teacher-records/service-end.ts";
import { employmentPeriods } from "../../db/teachers/employment.ts";
import { findTeacher, lockTeacher } from "../../db/teachers/read.ts";
import type { Database } from "../../db/types.ts";
import { dayAfter, type EmploymentPeriod, planEnd, TENURE_RECORDS } from "../../domain/employment.ts";
import { NotFound, RuleViolation, VersionConflict } from "../../domain/errors.ts";
import type { Actor } from "../actor.ts";
import { requireOwnAssignment } from "../teacher-records/assignable-school.ts";
import { requireHomeSchool } from "../teacher-records/home-school.ts";
import { RECORD_KINDS, recordRulesOf } from "../teacher-records/kinds.ts";
import { decided, storePlan } from "./employment.ts";

export interface TeacherEnd {
  teacherId: string;
  status: "retired" | "left" | "deceased";
  /** Last day of service; every tenure running past it ends on this day. */
  endedOn: string;
  reason?: string;
  /** The version the caller read (If-Match); undefined writes whatever is there. */
  expectedVersion: number | undefined;
}

/**
 * End a teacher's service (personnel records are never deleted; domain.md §1.3): the open employment
 * period ends on `endedOn` and one with the end status opens the next day; every tenure (assignments,
 * post appointments, subjects, designations) that runs past the end ends that day with the reason,
 * each its own audited change. A record that starts after the end is refused: correct it first.
 * Returns the teacher as of the day after the end (the first day out of service).
 */
export async function endTeacher(db: Database, actor: Actor, input: TeacherEnd) {
  const { teacherId, endedOn } = input;
  const reason = input.reason ?? null;
  await db.transaction(async (tx) => {
    const current = await lockTeacher(tx, teacherId, actor.scope);
    if (!current) throw new NotFound("Teacher", teacherId);
    await requireHomeSchool(tx, actor, teacherId); // the end of service is an employment change
    if (input.expectedVersion !== undefined && current.version !== input.expectedVersion)
      throw new VersionConflict("Teacher", teacherId, current.version);
    const periods = await employmentPeriods(tx, teacherId);
    const plan = decided(planEnd(periods as EmploymentPeriod[], { endedOn, status: input.status, reason }));
    const late = await recordStartingAfter(tx, RECORD_KINDS, teacherId, endedOn);
    if (late) {
      const noun = recordRulesOf(late.kind).noun;
      throw new RuleViolation(`A record starts after the end of service on ${endedOn} (domain.md §1.3, ending is total)`, [
        { pointer: "/endedOn", detail: `${noun} starts on ${late.validFrom}, after ${endedOn}; correct or remove it first` },
      ]);
    }
    const ended = await endTenuresRunningPast(tx, TENURE_RECORDS, teacherId, endedOn, reason ?? `teacher ${input.status}`);
    // Ending service ends the home assignment too: a host school may not end it at another school's (rolled back).
    for (const e of ended) if (e.kind === "assignments") await requireOwnAssignment(tx, actor, e.after.id as string);
    await recordAuditMany(
      tx,
      actor,
      ended.map((e) => ({
        action: "end",
        entity: recordRulesOf(e.kind).singular,
        entityId: e.after.id as string,
        teacherId,
        before: e.before,
        after: e.after,
      })),
    );
    const { teacher } = await storePlan(tx, actor, teacherId, periods, plan, "end");
    await recordAuditMany(tx, actor, [
      { action: "end", entity: "Teacher", entityId: teacherId, teacherId, before: current, after: teacher },
    ]);
  });
  return (await findTeacher(db, teacherId, dayAfter(endedOn)))!;
}
