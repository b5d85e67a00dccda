import { enrollmentInScope, enrollmentsOfTeachers, type EnrollmentRow } from "../../db/training/enrollments.ts";
import { lockVisibleProgram, modulesOfProgram, type ModuleRow } from "../../db/training/programs.ts";
import { resolveTeachers } from "../../db/training/teacher-refs.ts";
import type { Database } from "../../db/types.ts";
import { NotFound, ScopeViolation, VersionConflict, type Issue } from "../../domain/errors.ts";
import type { EnrollmentUpdate, ResultInput } from "../../contract/training/enrollments.ts";
import type { Actor } from "../actor.ts";
import { applyResults, mayRecordResults, type PlannedResult, type ResultOutcome } from "./results.ts";
import { isIssue, lookupTeacher } from "./rows.ts";

const OWNER_ONLY = "Only the programme owner's subtree records results";

export interface EnrollmentChange {
  programId: string;
  enrollmentId: string;
  /** The version the caller read (If-Match), if it sent one. */
  expected?: number;
  changes: EnrollmentUpdate;
  /** The business date (the default date of a start, result or withdrawal). */
  today: string;
}

/** Record a start, result or withdrawal, module results, a score or a note on one enrollment. */
export function updateEnrollment(
  db: Database,
  actor: Actor,
  input: EnrollmentChange,
): Promise<{ enrollment: EnrollmentRow; modules: ModuleRow[] }> {
  const { programId, enrollmentId, expected } = input;
  return db.transaction(async (tx) => {
    const program = await lockVisibleProgram(tx, actor.scope, programId);
    const current = await enrollmentInScope(tx, actor.scope, program.id, enrollmentId, true);
    if (!current) throw new NotFound("Enrolment", enrollmentId);
    if (!mayRecordResults(actor, program)) throw new ScopeViolation(OWNER_ONLY);
    if (expected !== undefined && current.version !== expected) throw new VersionConflict("Enrolment", enrollmentId, current.version);
    const modules = await modulesOfProgram(tx, program.id);
    const [out] = await applyResults(tx, actor, program, modules, [{ row: null, enrollment: current, input: input.changes }], input.today);
    return { enrollment: out!.enrollment, modules };
  });
}

/**
 * Record results for the rows of a bulk body, each naming an enrolled teacher: all rows or none. The
 * rows' teachers are resolved and matched to their enrollments first; those errors join the checks
 * of the results themselves.
 */
export function bulkResults(
  db: Database,
  actor: Actor,
  input: { programId: string; rows: ResultInput[]; today: string },
): Promise<ResultOutcome[]> {
  const { rows } = input;
  return db.transaction(async (tx) => {
    const program = await lockVisibleProgram(tx, actor.scope, input.programId);
    if (!mayRecordResults(actor, program)) throw new ScopeViolation(OWNER_ONLY);
    const resolved = await resolveTeachers(tx, actor.scope, program.ownerPath, rows);
    const errors: Issue[] = [];
    const teacherOf: (string | null)[] = rows.map((r, i) => {
      const t = lookupTeacher(resolved, r, i);
      if (isIssue(t)) {
        errors.push(t);
        return null;
      }
      return t.id;
    });
    const enrollments = await enrollmentsOfTeachers(tx, program.id, [...new Set(teacherOf.filter((x): x is string => !!x))], true);
    const enrollmentOf = new Map(enrollments.map((e) => [e.teacherId, e]));
    const plans: PlannedResult[] = [];
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const teacherId = teacherOf[i];
      if (!teacherId) return;
      const field = row.teacherId ? "teacherId" : "nationalId";
      const e = enrollmentOf.get(teacherId);
      if (!e) return void errors.push({ pointer: `/${i}/${field}`, detail: "The teacher is not enrolled in this programme" });
      if (seen.has(teacherId))
        return void errors.push({ pointer: `/${i}/${field}`, detail: `The same teacher as row ${seen.get(teacherId)}` });
      seen.set(teacherId, i);
      plans.push({ row: i, enrollment: e, input: row });
    });
    const modules = await modulesOfProgram(tx, program.id);
    return applyResults(tx, actor, program, modules, plans, input.today, { rows: rows.length, errors });
  });
}
