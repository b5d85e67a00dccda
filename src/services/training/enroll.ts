import { canManageProgram } from "../../auth/training-scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { countActiveEnrollments, enrollmentsOfTeachers, insertEnrollments, type EnrollmentRow } from "../../db/training/enrollments.ts";
import { lockVisibleProgram, modulesOfProgram, type ModuleRow, type ProgramRow } from "../../db/training/programs.ts";
import { resolveTeachers, type TeacherRef } from "../../db/training/teacher-refs.ts";
import type { Database, Tx } from "../../db/types.ts";
import { Conflict, ScopeViolation, type Issue } from "../../domain/errors.ts";
import type { BulkEnrollRow } from "../../contract/training/enrollments.ts";
import type { Actor } from "../actor.ts";
import { at, conflictOrRow, isIssue, lookupTeacher, rowsRejected } from "./rows.ts";

interface PlannedEnrollment {
  /** The row of a bulk body (null: a single enrollment). */
  row: number | null;
  ref: TeacherRef;
  enrolledOn?: string;
  note?: string | null;
}

export interface EnrollOutcome {
  row: number | null;
  enrollment: EnrollmentRow;
  outcome: "created" | "unchanged";
}

/** The programme, locked, if the actor may enroll teachers in it (its owner's subtree). */
async function programToEnrollIn(tx: Tx, actor: Actor, programId: string): Promise<ProgramRow> {
  const program = await lockVisibleProgram(tx, actor.scope, programId);
  if (!canManageProgram(actor.scope, program.ownerPath)) throw new ScopeViolation("Only the programme owner's subtree enrols teachers");
  return program;
}

/** The pointer at the field that named a row's teacher. */
const teacherPointer = (p: PlannedEnrollment) =>
  p.row === null ? "/teacherId" : `/${p.row}/${p.ref.teacherId ? "teacherId" : "nationalId"}`;

/** Rows naming their teachers: the resolved teacher per row, or the rows' errors (unknown, out of scope, repeated). */
async function wantedTeachers(tx: Tx, actor: Actor, program: ProgramRow, plans: PlannedEnrollment[], errors: Issue[]) {
  const resolved = await resolveTeachers(
    tx,
    actor.scope,
    program.ownerPath,
    plans.map((p) => p.ref),
  );
  const wanted: { plan: PlannedEnrollment; teacherId: string }[] = [];
  const seen = new Map<string, number | null>();
  for (const plan of plans) {
    const t = lookupTeacher(resolved, plan.ref, plan.row);
    if (isIssue(t)) {
      errors.push(t);
      continue;
    }
    if (seen.has(t.id)) {
      errors.push({ pointer: teacherPointer(plan), detail: `The same teacher as row ${seen.get(t.id)}` });
      continue;
    }
    seen.set(t.id, plan.row);
    wanted.push({ plan, teacherId: t.id });
  }
  return wanted;
}

/**
 * Enroll teachers: one query resolves the teachers, one reads existing enrollments, one multi-row
 * INSERT writes the new ones. Re-enrolling an enrolled teacher is `unchanged`; capacity counts
 * enrollments that are not withdrawn. Every row is checked before anything is written.
 */
async function enrollTeachers(
  tx: Tx,
  actor: Actor,
  program: ProgramRow,
  plans: PlannedEnrollment[],
  today: string,
): Promise<EnrollOutcome[]> {
  const errors: Issue[] = [];
  const wanted = await wantedTeachers(tx, actor, program, plans, errors);
  const existing = await enrollmentsOfTeachers(
    tx,
    program.id,
    wanted.map((w) => w.teacherId),
  );
  const existingOf = new Map(existing.map((e) => [e.teacherId, e]));
  const fresh = wanted.filter((w) => !existingOf.has(w.teacherId));
  for (const w of fresh) {
    if ((w.plan.enrolledOn ?? today) > program.endDate)
      errors.push({ pointer: at(w.plan.row, "enrolledOn"), detail: `The programme ended on ${program.endDate}` });
  }
  if (program.capacity !== null && fresh.length) {
    const room = program.capacity - (await countActiveEnrollments(tx, program.id));
    fresh
      .slice(Math.max(0, room))
      .forEach((w) =>
        errors.push(conflictOrRow(`The programme is full (capacity ${program.capacity})`, teacherPointer(w.plan), w.plan.row)),
      );
  }
  for (const w of wanted) {
    const e = existingOf.get(w.teacherId);
    if (e?.status === "withdrawn")
      errors.push(conflictOrRow(`The teacher withdrew from this programme on ${e.withdrawnOn}`, at(w.plan.row, "teacherId"), w.plan.row));
  }
  if (errors.length) throw rowsRejected(errors, plans[0]?.row === null ? null : plans.length);

  const inserted = await insertEnrollments(
    tx,
    fresh.map((w) => ({
      programId: program.id,
      teacherId: w.teacherId,
      enrolledOn: w.plan.enrolledOn ?? today,
      note: w.plan.note ?? null,
    })),
  );
  // A concurrent request may have enrolled the same teacher between the read and the insert.
  if (inserted.length !== fresh.length) throw new Conflict("Concurrent enrolment of the same teachers; retry the request");
  const insertedOf = new Map(inserted.map((r) => [r.teacherId, r]));
  for (const r of insertedOf.values()) {
    await recordAudit(tx, actor, {
      action: "enrol",
      entity: "TrainingEnrollment",
      entityId: r.id,
      teacherId: r.teacherId,
      orgPath: program.ownerPath,
      after: r,
    });
  }
  return wanted.map((w) => {
    const created = insertedOf.get(w.teacherId);
    return { row: w.plan.row, enrollment: (created ?? existingOf.get(w.teacherId))!, outcome: created ? "created" : "unchanged" };
  });
}

export interface EnrollInput {
  programId: string;
  teacherId: string;
  enrolledOn?: string;
  note?: string | null;
  /** The business date (the default enrollment date). */
  today: string;
}

/** Enroll one teacher (`created` false: already enrolled, the existing enrollment). */
export function enrollTeacher(
  db: Database,
  actor: Actor,
  input: EnrollInput,
): Promise<{ enrollment: EnrollmentRow; modules: ModuleRow[]; created: boolean }> {
  return db.transaction(async (tx) => {
    const program = await programToEnrollIn(tx, actor, input.programId);
    const [out] = await enrollTeachers(
      tx,
      actor,
      program,
      [{ row: null, ref: { teacherId: input.teacherId }, enrolledOn: input.enrolledOn, note: input.note }],
      input.today,
    );
    return { enrollment: out!.enrollment, modules: await modulesOfProgram(tx, program.id), created: out!.outcome === "created" };
  });
}

/** Enroll the teachers of a bulk body's rows: all rows or none. */
export function bulkEnroll(
  db: Database,
  actor: Actor,
  input: { programId: string; rows: BulkEnrollRow[]; today: string },
): Promise<EnrollOutcome[]> {
  return db.transaction(async (tx) => {
    const program = await programToEnrollIn(tx, actor, input.programId);
    const plans = input.rows.map((r, i) => ({
      row: i,
      ref: { teacherId: r.teacherId, nationalId: r.nationalId },
      enrolledOn: r.enrolledOn,
      note: r.note,
    }));
    return enrollTeachers(tx, actor, program, plans, input.today);
  });
}
