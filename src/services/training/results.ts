import { canManageProgram } from "../../auth/training-scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { manualClaimsOf } from "../../db/training/credits.ts";
import { updateEnrollmentRow, upsertModuleResults, type EnrollmentRow } from "../../db/training/enrollments.ts";
import type { ModuleRow, ProgramRow } from "../../db/training/programs.ts";
import type { Tx } from "../../db/types.ts";
import type { Issue } from "../../domain/errors.ts";
import { transition, type EnrollmentState } from "../../domain/training/enrollment.ts";
import type { ResultInput } from "../../contract/training/enrollments.ts";
import type { Actor } from "../actor.ts";
import { creditCompletion, revokeCompletion } from "./credits.ts";
import { at, conflictOrRow, rowsRejected } from "./rows.ts";

export interface PlannedResult {
  /** The row of a bulk body (null: a single update). */
  row: number | null;
  enrollment: EnrollmentRow;
  input: ResultInput;
}

export interface ResultOutcome {
  row: number | null;
  enrollment: EnrollmentRow;
  outcome: "updated" | "unchanged";
}

interface Checked {
  plan: PlannedResult;
  next: EnrollmentState;
  changed: boolean;
  credit: "grant" | "revoke" | null;
}

/** Whether the actor may record results in the programme (its owner's subtree). */
export function mayRecordResults(actor: Actor, program: ProgramRow): boolean {
  return canManageProgram(actor.scope, program.ownerPath);
}

/** Check every row against its enrollment's state (no writes); the rows' errors go to `errors`. */
async function checkResults(
  tx: Tx,
  program: ProgramRow,
  modules: ModuleRow[],
  plans: PlannedResult[],
  today: string,
  errors: Issue[],
): Promise<Checked[]> {
  const byCode = new Map(modules.map((m) => [m.code, m]));
  // Claims for the same programme entered by hand would make the credit count twice: refuse instead.
  const claimOf = await manualClaimsOf(
    tx,
    program.id,
    plans.filter((p) => p.input.status === "completed").map((p) => p.enrollment.teacherId),
  );
  const checked: Checked[] = [];
  for (const plan of plans) {
    const { input, enrollment: e, row } = plan;
    let next: EnrollmentState = {
      status: e.status,
      enrolledOn: e.enrolledOn,
      startedOn: e.startedOn,
      completedOn: e.completedOn,
      withdrawnOn: e.withdrawnOn,
    };
    let changed = false;
    let credit: "grant" | "revoke" | null = null;
    if (e.status === "withdrawn" && (input.modules || input.score !== undefined)) {
      errors.push(conflictOrRow(`The enrolment was withdrawn on ${e.withdrawnOn}; it is closed`, at(row, "status"), row));
      continue;
    }
    if (input.status) {
      const t = transition(next, input.status, input.on ?? today);
      if (!t.ok) {
        errors.push(
          t.kind === "conflict"
            ? conflictOrRow(t.detail, at(row, "status"), row)
            : { pointer: at(row, input.on ? "on" : "status"), detail: t.detail },
        );
        continue;
      }
      ({ next, changed, credit } = t);
      if (credit === "grant" && claimOf.has(e.teacherId)) {
        errors.push(
          conflictOrRow(
            `Training record ${claimOf.get(e.teacherId)} already claims this programme for the teacher; reject it first`,
            at(row, "status"),
            row,
          ),
        );
        continue;
      }
    }
    const unknown = Object.keys(input.modules ?? {}).filter((code) => !byCode.has(code));
    if (unknown.length) {
      errors.push({ pointer: at(row, `modules/${unknown[0]}`), detail: `The programme has no module ${unknown.join(", ")}` });
      continue;
    }
    checked.push({ plan, next, changed, credit });
  }
  return checked;
}

/** Write one checked row: module results, the enrollment, its audit event, and the credit granted or revoked. */
async function writeResult(
  tx: Tx,
  actor: Actor,
  program: ProgramRow,
  modules: ModuleRow[],
  { plan, next, changed, credit }: Checked,
  today: string,
): Promise<ResultOutcome> {
  const e = plan.enrollment;
  const input = plan.input;
  const byCode = new Map(modules.map((m) => [m.code, m]));
  const scoreChanged = input.score !== undefined && (input.score === null ? e.score !== null : Number(e.score) !== input.score);
  const noteChanged = input.note !== undefined && input.note !== e.note;
  let modulesChanged = false;
  if (input.modules && Object.keys(input.modules).length) {
    const values = Object.entries(input.modules).map(([code, result]) => ({
      enrollmentId: e.id,
      moduleId: byCode.get(code)!.id,
      result,
      recordedOn: input.on ?? today,
    }));
    modulesChanged = (await upsertModuleResults(tx, values)) > 0;
  }
  if (!changed && !scoreChanged && !noteChanged && !modulesChanged) return { row: plan.row, enrollment: e, outcome: "unchanged" };
  const updated = await updateEnrollmentRow(tx, e.id, {
    ...next,
    ...(input.score !== undefined ? { score: input.score === null ? null : input.score.toFixed(1) } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
  });
  const after = { ...updated, teacherName: e.teacherName };
  await recordAudit(tx, actor, {
    action: input.status ? `result:${input.status}` : "update",
    entity: "TrainingEnrollment",
    entityId: e.id,
    teacherId: e.teacherId,
    orgPath: program.ownerPath,
    before: e,
    after: { ...after, ...(input.modules ? { modules: input.modules } : {}) },
  });
  if (credit === "grant") await creditCompletion(tx, actor, program, after);
  if (credit === "revoke") await revokeCompletion(tx, actor, after, `Enrolment result changed to ${next.status}`);
  return { row: plan.row, enrollment: after, outcome: "updated" };
}

/**
 * Record results on enrollments: validate every row first (no writes), then write. Completion
 * credits the programme's hours as a verified training record, once per enrollment (upsert on the
 * enrollment's unique key); a completion changed to failed rejects that record. `batch`: the bulk
 * body's row count and the errors already found in its rows.
 */
export async function applyResults(
  tx: Tx,
  actor: Actor,
  program: ProgramRow,
  modules: ModuleRow[],
  plans: PlannedResult[],
  today: string,
  batch?: { rows: number; errors: Issue[] },
): Promise<ResultOutcome[]> {
  const errors: Issue[] = [...(batch?.errors ?? [])];
  const checked = await checkResults(tx, program, modules, plans, today, errors);
  if (errors.length) throw rowsRejected(errors, batch ? batch.rows : null);
  const outcomes: ResultOutcome[] = [];
  for (const c of checked) outcomes.push(await writeResult(tx, actor, program, modules, c, today));
  return outcomes;
}
