import type { Context } from "hono";
import { and, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../../auth/principal.ts";
import { teacherScope } from "../../../auth/scope.ts";
import { recordAudit } from "../../../db/audit/record.ts";
import { teachers, trainingEnrollments, trainingModuleResults, trainingRecords } from "../../../db/schema/index.ts";
import type { Queryable } from "../../../db/types.ts";
import { transition, type EnrollmentState } from "../../../domain/training/enrollment.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { today } from "../../../lib/http.ts";
import { ApiError, type FieldError } from "../../../lib/problem.ts";
import { hoursIn } from "../../../contract/training/shared.ts";
import type { ModuleRow, ProgramRow } from "../../../db/training/programs.ts";
import type { EnrollmentApi, ResultInput } from "../../../contract/training/enrollments.ts";

export type EnrollmentRow = typeof trainingEnrollments.$inferSelect & { teacherName: string };

const enrollmentColumns = { enrollment: trainingEnrollments, teacherName: teachers.name };

/** Enrolments joined to their teacher's name, filtered by `where` (scope included by the caller). */
export async function selectEnrollments(db: Queryable, where: SQL | undefined, limit?: number, lock = false): Promise<EnrollmentRow[]> {
  const q = db
    .select(enrollmentColumns)
    .from(trainingEnrollments)
    .innerJoin(teachers, eq(teachers.id, trainingEnrollments.teacherId))
    .where(where)
    .orderBy(trainingEnrollments.id);
  const rows = await (limit ? q.limit(limit) : q);
  if (lock && rows.length) {
    await db.select({ id: trainingEnrollments.id }).from(trainingEnrollments).where(inArray(trainingEnrollments.id, rows.map((r) => r.enrollment.id))).for("update");
  }
  return rows.map((r) => ({ ...r.enrollment, teacherName: r.teacherName }));
}

/** Module results and credited records of some enrolments, then the API shape (two queries for any number). */
export async function shapeEnrollments(db: Queryable, rows: EnrollmentRow[], modules: ModuleRow[]): Promise<EnrollmentApi[]> {
  const ids = rows.map((r) => r.id);
  const results = ids.length ? await db.select().from(trainingModuleResults).where(inArray(trainingModuleResults.enrollmentId, ids)) : [];
  const records = ids.length
    ? await db.select({ id: trainingRecords.id, enrollmentId: trainingRecords.enrollmentId }).from(trainingRecords).where(inArray(trainingRecords.enrollmentId, ids))
    : [];
  const codeOf = new Map(modules.map((m) => [m.id, m]));
  const recordOf = new Map(records.map((r) => [r.enrollmentId!, r.id]));
  return rows.map((r) => ({
    id: r.id,
    programId: r.programId,
    teacherId: r.teacherId,
    teacherName: r.teacherName,
    status: r.status,
    enrolledOn: r.enrolledOn,
    startedOn: r.startedOn,
    completedOn: r.completedOn,
    withdrawnOn: r.withdrawnOn,
    score: r.score === null ? null : Number(r.score),
    note: r.note,
    moduleResults: results
      .filter((x) => x.enrollmentId === r.id)
      .sort((a, b) => (codeOf.get(a.moduleId)?.position ?? 0) - (codeOf.get(b.moduleId)?.position ?? 0))
      .map((x) => ({ moduleId: x.moduleId, code: codeOf.get(x.moduleId)?.code ?? "", result: x.result, recordedOn: x.recordedOn })),
    trainingRecordId: recordOf.get(r.id) ?? null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** A teacher under an org path, by the same rule as a principal's scope (serving there now, or last served there). */
function teacherUnder(path: string, principal: Principal): SQL | undefined {
  return teacherScope({ ...principal, orgType: "jurisdiction", path, teacherId: null });
}

export interface TeacherRef {
  teacherId?: string;
  nationalId?: string;
}

/**
 * Resolve rows' teachers in one query: by id or national ID, within the caller's scope, and flagged
 * when they do not serve under the programme's owner. Unknown or out-of-scope teachers are absent.
 */
export async function resolveTeachers(tx: Queryable, principal: Principal, program: ProgramRow, refs: TeacherRef[]) {
  const ids = [...new Set(refs.map((r) => r.teacherId).filter((x): x is string => !!x))];
  const nids = [...new Set(refs.map((r) => r.nationalId?.toUpperCase()).filter((x): x is string => !!x))];
  const match = or(ids.length ? inArray(teachers.id, ids) : undefined, nids.length ? inArray(teachers.nationalId, nids) : undefined);
  if (!match) return { byId: new Map<string, { id: string; underOwner: boolean }>(), byNationalId: new Map<string, { id: string; underOwner: boolean }>() };
  const under = teacherUnder(program.ownerPath, principal) ?? sql`true`;
  const rows = await tx
    .select({ id: teachers.id, nationalId: teachers.nationalId, underOwner: sql<boolean>`${under}` })
    .from(teachers)
    .where(and(match, teacherScope(principal)));
  const byId = new Map(rows.map((r) => [r.id, { id: r.id, underOwner: r.underOwner }]));
  const byNationalId = new Map(rows.filter((r) => r.nationalId).map((r) => [r.nationalId!, { id: r.id, underOwner: r.underOwner }]));
  return { byId, byNationalId };
}

export function lookupTeacher(resolved: Awaited<ReturnType<typeof resolveTeachers>>, ref: TeacherRef, row: number | null): { id: string } | FieldError {
  const at = (field: string) => (row === null ? `/${field}` : `/${row}/${field}`);
  if (!ref.teacherId === !ref.nationalId) return { pointer: at("teacherId"), detail: "Give exactly one of teacherId and nationalId" };
  const t = ref.teacherId ? resolved.byId.get(ref.teacherId) : resolved.byNationalId.get(ref.nationalId!.toUpperCase());
  const field = ref.teacherId ? "teacherId" : "nationalId";
  if (!t) return { pointer: at(field), detail: "No teacher with this identifier in the caller's scope" };
  if (!t.underOwner) return { pointer: at(field), detail: "The teacher does not serve under the programme's owner" };
  return { id: t.id };
}

export function isFieldError(x: unknown): x is FieldError {
  return typeof x === "object" && x !== null && "detail" in x;
}

const byRow = (a: FieldError, b: FieldError) => Number(a.pointer?.split("/")[1] ?? 0) - Number(b.pointer?.split("/")[1] ?? 0);

/** Reject the whole batch (nothing has been written, or the transaction rolls back). */
export function rejectRows(errors: FieldError[], rows: number | null): never {
  if (rows === null) throw ApiError.invalid(errors[0]!.detail, errors);
  const failed = new Set(errors.map((e) => e.pointer?.split("/")[1])).size;
  throw ApiError.invalid(`${failed} of ${rows} rows cannot be applied; nothing was written`, errors);
}

/** Conflicts (state, capacity) are 409 for a single write and a row error in a batch. */
export function conflictOrRow(detail: string, pointer: string, row: number | null): FieldError {
  if (row === null) throw new ApiError("conflict", detail, [{ pointer, detail }]);
  return { pointer, detail };
}

export interface PlannedResult {
  row: number | null;
  enrollment: EnrollmentRow;
  input: ResultInput;
}

/**
 * Record results on enrolments: validate every row first (no writes), then write. Completion
 * credits the programme's hours as a verified training record, once per enrolment (upsert on the
 * enrolment's unique key); a completion changed to failed rejects that record.
 */
export async function applyResults(
  tx: Queryable,
  c: Context<AppEnv>,
  program: ProgramRow,
  modules: ModuleRow[],
  plans: PlannedResult[],
  batch?: { rows: number; errors: FieldError[] },
) {
  const errors: FieldError[] = [...(batch?.errors ?? [])];
  const byCode = new Map(modules.map((m) => [m.code, m]));
  const day = today();
  const planned: { plan: PlannedResult; next: EnrollmentState; changed: boolean; credit: "grant" | "revoke" | null }[] = [];
  const at = (row: number | null, field: string) => (row === null ? `/${field}` : `/${row}/${field}`);

  // Claims for the same programme entered by hand would make the credit count twice: refuse instead.
  const claimants = plans.filter((p) => p.input.status === "completed").map((p) => p.enrollment.teacherId);
  const claims = claimants.length
    ? await tx
        .select({ teacherId: trainingRecords.teacherId, id: trainingRecords.id })
        .from(trainingRecords)
        .where(and(eq(trainingRecords.programId, program.id), inArray(trainingRecords.teacherId, claimants), isNull(trainingRecords.enrollmentId), ne(trainingRecords.status, "rejected")))
    : [];
  const claimOf = new Map(claims.map((x) => [x.teacherId, x.id]));

  for (const plan of plans) {
    const { input, enrollment: e, row } = plan;
    let next: EnrollmentState = { status: e.status, enrolledOn: e.enrolledOn, startedOn: e.startedOn, completedOn: e.completedOn, withdrawnOn: e.withdrawnOn };
    let changed = false;
    let credit: "grant" | "revoke" | null = null;
    if (e.status === "withdrawn" && (input.modules || input.score !== undefined)) {
      errors.push(conflictOrRow(`The enrolment was withdrawn on ${e.withdrawnOn}; it is closed`, at(row, "status"), row));
      continue;
    }
    if (input.status) {
      const t = transition(next, input.status, input.on ?? day);
      if (!t.ok) {
        errors.push(t.kind === "conflict" ? conflictOrRow(t.detail, at(row, "status"), row) : { pointer: at(row, input.on ? "on" : "status"), detail: t.detail });
        continue;
      }
      ({ next, changed, credit } = t);
      if (credit === "grant" && claimOf.has(e.teacherId)) {
        errors.push(conflictOrRow(`Training record ${claimOf.get(e.teacherId)} already claims this programme for the teacher; reject it first`, at(row, "status"), row));
        continue;
      }
    }
    const unknown = Object.keys(input.modules ?? {}).filter((code) => !byCode.has(code));
    if (unknown.length) {
      errors.push({ pointer: at(row, `modules/${unknown[0]}`), detail: `The programme has no module ${unknown.join(", ")}` });
      continue;
    }
    planned.push({ plan, next, changed, credit });
  }
  if (errors.length) rejectRows(errors.sort(byRow), batch ? batch.rows : null);

  const outcomes: { row: number | null; enrollment: EnrollmentRow; outcome: "updated" | "unchanged" }[] = [];
  for (const { plan, next, changed, credit } of planned) {
    const e = plan.enrollment;
    const input = plan.input;
    const scoreChanged = input.score !== undefined && (input.score === null ? e.score !== null : Number(e.score) !== input.score);
    const noteChanged = input.note !== undefined && input.note !== e.note;
    let modulesChanged = false;
    if (input.modules && Object.keys(input.modules).length) {
      const values = Object.entries(input.modules).map(([code, result]) => ({
        enrollmentId: e.id,
        moduleId: byCode.get(code)!.id,
        result,
        recordedOn: input.on ?? day,
      }));
      const written = await tx
        .insert(trainingModuleResults)
        .values(values)
        .onConflictDoUpdate({
          target: [trainingModuleResults.enrollmentId, trainingModuleResults.moduleId],
          set: { result: sql`excluded.result`, recordedOn: sql`excluded.recorded_on`, updatedAt: sql`now()` },
          setWhere: sql`${trainingModuleResults.result} <> excluded.result`,
        })
        .returning({ id: trainingModuleResults.id });
      modulesChanged = written.length > 0;
    }
    if (!changed && !scoreChanged && !noteChanged && !modulesChanged) {
      outcomes.push({ row: plan.row, enrollment: e, outcome: "unchanged" });
      continue;
    }
    const [updated] = await tx
      .update(trainingEnrollments)
      .set({
        ...next,
        ...(input.score !== undefined ? { score: input.score === null ? null : input.score.toFixed(1) } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        version: sql`${trainingEnrollments.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(trainingEnrollments.id, e.id))
      .returning();
    const after = { ...updated!, teacherName: e.teacherName };
    await recordAudit(tx, actorOf(c), {
      action: input.status ? `result:${input.status}` : "update",
      entity: "TrainingEnrollment",
      entityId: e.id,
      teacherId: e.teacherId,
      orgPath: program.ownerPath,
      before: e,
      after: { ...after, ...(input.modules ? { modules: input.modules } : {}) },
    });
    if (credit === "grant") await creditCompletion(tx, c, program, after);
    if (credit === "revoke") await revokeCompletion(tx, c, after, `Enrolment result changed to ${next.status}`);
    outcomes.push({ row: plan.row, enrollment: after, outcome: "updated" });
  }
  return outcomes;
}

/** Completion credits the programme's hours to the teacher as a verified record, once per enrolment. */
async function creditCompletion(tx: Queryable, c: Context<AppEnv>, program: ProgramRow, e: EnrollmentRow) {
  const actor = c.var.principal.id;
  const values = {
    teacherId: e.teacherId,
    source: "program" as const,
    programId: program.id,
    enrollmentId: e.id,
    title: program.title,
    category: program.category,
    level: program.level,
    organiser: program.organiser,
    schoolBased: program.level === "school",
    hours: hoursIn(Number(program.creditedHours)),
    completedOn: e.completedOn!,
    status: "verified" as const,
    submittedBy: actor,
    reviewedBy: actor,
    verifiedAt: sql`now()`,
  };
  const [before] = await tx.select().from(trainingRecords).where(eq(trainingRecords.enrollmentId, e.id));
  const [row] = await tx
    .insert(trainingRecords)
    .values(values as never)
    .onConflictDoUpdate({
      target: trainingRecords.enrollmentId,
      set: {
        status: "verified",
        completedOn: values.completedOn,
        reviewedBy: actor,
        verifiedAt: sql`now()`,
        rejectedAt: null,
        rejectionReason: null,
        version: sql`${trainingRecords.version} + 1`,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  await recordAudit(tx, actorOf(c), { action: before ? "credit:update" : "credit", entity: "TrainingRecord", entityId: row!.id, teacherId: e.teacherId, before, after: row! });
}

async function revokeCompletion(tx: Queryable, c: Context<AppEnv>, e: EnrollmentRow, reason: string) {
  const [before] = await tx.select().from(trainingRecords).where(and(eq(trainingRecords.enrollmentId, e.id), ne(trainingRecords.status, "rejected")));
  if (!before) return;
  const [row] = await tx
    .update(trainingRecords)
    .set({
      status: "rejected",
      rejectedAt: sql`now()`,
      rejectionReason: reason,
      reviewedBy: c.var.principal.id,
      version: sql`${trainingRecords.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(trainingRecords.id, before.id))
    .returning();
  await recordAudit(tx, actorOf(c), { action: "reject", entity: "TrainingRecord", entityId: before.id, teacherId: e.teacherId, before, after: row! });
}

export interface PlannedEnrolment {
  row: number | null;
  ref: TeacherRef;
  enrolledOn?: string;
  note?: string | null;
}

/**
 * Enrol teachers: one query resolves the teachers, one reads existing enrolments, one multi-row
 * INSERT writes the new ones. Re-enrolling an enrolled teacher is `unchanged`; capacity counts
 * enrolments that are not withdrawn. Every row is checked before anything is written.
 */
export async function enrolTeachers(tx: Queryable, c: Context<AppEnv>, program: ProgramRow, plans: PlannedEnrolment[]) {
  const principal = c.var.principal;
  const resolved = await resolveTeachers(tx, principal, program, plans.map((p) => p.ref));
  const errors: FieldError[] = [];
  const wanted: { plan: PlannedEnrolment; teacherId: string }[] = [];
  const seen = new Map<string, number | null>();
  for (const plan of plans) {
    const t = lookupTeacher(resolved, plan.ref, plan.row);
    if (isFieldError(t)) {
      errors.push(t);
      continue;
    }
    if (seen.has(t.id)) {
      errors.push({ pointer: plan.row === null ? "/teacherId" : `/${plan.row}/${plan.ref.teacherId ? "teacherId" : "nationalId"}`, detail: `The same teacher as row ${seen.get(t.id)}` });
      continue;
    }
    seen.set(t.id, plan.row);
    wanted.push({ plan, teacherId: t.id });
  }
  const existing = wanted.length
    ? await selectEnrollments(tx, and(eq(trainingEnrollments.programId, program.id), inArray(trainingEnrollments.teacherId, wanted.map((w) => w.teacherId))))
    : [];
  const existingOf = new Map(existing.map((e) => [e.teacherId, e]));
  const fresh = wanted.filter((w) => !existingOf.has(w.teacherId));
  for (const w of fresh) {
    const enrolledOn = w.plan.enrolledOn ?? today();
    if (enrolledOn > program.endDate) {
      errors.push({ pointer: w.plan.row === null ? "/enrolledOn" : `/${w.plan.row}/enrolledOn`, detail: `The programme ended on ${program.endDate}` });
    }
  }
  if (program.capacity !== null && fresh.length) {
    const [{ n }] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(trainingEnrollments)
      .where(and(eq(trainingEnrollments.programId, program.id), ne(trainingEnrollments.status, "withdrawn")))) as [{ n: number }];
    const room = program.capacity - n;
    fresh.slice(Math.max(0, room)).forEach((w) =>
      errors.push(conflictOrRow(`The programme is full (capacity ${program.capacity})`, w.plan.row === null ? "/teacherId" : `/${w.plan.row}/${w.plan.ref.teacherId ? "teacherId" : "nationalId"}`, w.plan.row)),
    );
  }
  for (const w of wanted) {
    const e = existingOf.get(w.teacherId);
    if (e?.status === "withdrawn") {
      errors.push(conflictOrRow(`The teacher withdrew from this programme on ${e.withdrawnOn}`, w.plan.row === null ? "/teacherId" : `/${w.plan.row}/teacherId`, w.plan.row));
    }
  }
  if (errors.length) rejectRows(errors.sort(byRow), plans[0]?.row === null ? null : plans.length);

  const inserted = fresh.length
    ? await tx
        .insert(trainingEnrollments)
        .values(fresh.map((w) => ({ programId: program.id, teacherId: w.teacherId, enrolledOn: w.plan.enrolledOn ?? today(), note: w.plan.note ?? null })))
        .onConflictDoNothing()
        .returning()
    : [];
  // A concurrent request may have enrolled the same teacher between the read and the insert.
  if (inserted.length !== fresh.length) throw new ApiError("conflict", "Concurrent enrolment of the same teachers; retry the request");
  const names = new Map<string, string>();
  if (inserted.length) {
    const rows = await tx.select({ id: teachers.id, name: teachers.name }).from(teachers).where(inArray(teachers.id, inserted.map((r) => r.teacherId)));
    for (const r of rows) names.set(r.id, r.name);
  }
  const insertedOf = new Map(inserted.map((r) => [r.teacherId, { ...r, teacherName: names.get(r.teacherId) ?? "" }]));
  for (const r of insertedOf.values()) {
    await recordAudit(tx, actorOf(c), { action: "enrol", entity: "TrainingEnrollment", entityId: r.id, teacherId: r.teacherId, orgPath: program.ownerPath, after: r });
  }
  return wanted.map((w) => {
    const created = insertedOf.get(w.teacherId);
    return { row: w.plan.row, enrollment: (created ?? existingOf.get(w.teacherId))!, outcome: created ? ("created" as const) : ("unchanged" as const) };
  });
}
