import { recordAuditMany } from "../../db/audit/record.ts";
import { type EmploymentRow, employmentPeriods, insertPeriods, updatePeriod } from "../../db/teachers/employment.ts";
import { lockTeacher } from "../../db/teachers/read.ts";
import { updateTeacherRow } from "../../db/teachers/write.ts";
import type { Database, Queryable } from "../../db/types.ts";
import {
  cacheOf,
  type Decision,
  type EmploymentChange,
  type EmploymentPeriod,
  type EmploymentPlan,
  type EmploymentValues,
  planChange,
  planCorrection,
  planReinstate,
} from "../../domain/employment.ts";
import { Conflict, NotFound, RuleViolation, VersionConflict } from "../../domain/errors.ts";
import type { Actor } from "../actor.ts";
import { requireHomeSchool } from "../teacher-records/home-school.ts";

/**
 * Dated employment writes (domain.md §1.3): a change from a date, a correction in place, a
 * reinstatement. Each holds the teacher's row (FOR UPDATE) so two writes cannot both split the same
 * period, stores the plan src/domain/employment.ts decides, audits every period it touches, and
 * refreshes the teachers row's cache of the open period. Returns the periods after the write.
 */

/** A refused decision as the domain error it stands for. */
export function decided(d: Decision): EmploymentPlan {
  if (d.ok) return d.plan;
  const Refused = d.refusal.kind === "conflict" ? Conflict : RuleViolation;
  throw new Refused(d.refusal.detail, d.refusal.issues);
}

/** Store a plan: ends and corrections first (the one-open index), then new periods; each audited, with the cache. */
export async function storePlan(
  tx: Queryable,
  actor: Actor,
  teacherId: string,
  before: EmploymentRow[],
  plan: EmploymentPlan,
  action: string,
  expected?: { id: string; version: number | undefined },
): Promise<{ periods: EmploymentRow[]; teacher: Awaited<ReturnType<typeof updateTeacherRow>> }> {
  const audit = [];
  for (const u of plan.updates) {
    const version = expected?.id === u.id ? expected.version : undefined;
    const after = await updatePeriod(tx, teacherId, u.id, version, u.change);
    audit.push({ action, entity: "TeacherEmployment", entityId: u.id, teacherId, before: before.find((p) => p.id === u.id), after });
  }
  for (const created of await insertPeriods(tx, teacherId, plan.inserts))
    audit.push({ action: "create", entity: "TeacherEmployment", entityId: created.id, teacherId, after: created });
  await recordAuditMany(tx, actor, audit);
  const periods = await employmentPeriods(tx, teacherId);
  const teacher = await updateTeacherRow(tx, teacherId, undefined, cacheOf(periods) ?? {});
  return { periods, teacher };
}

async function withPeriods<T>(db: Database, actor: Actor, teacherId: string, run: (tx: Queryable, periods: EmploymentRow[]) => Promise<T>) {
  return db.transaction(async (tx) => {
    const teacher = await lockTeacher(tx, teacherId, actor.scope);
    if (!teacher) throw new NotFound("Teacher", teacherId);
    await requireHomeSchool(tx, actor, teacherId); // employment is the home school's (a host school only sees it)
    return run(tx, await employmentPeriods(tx, teacherId));
  });
}

/** A change from a date (合同转正, going on leave, returning): splits the period holding on that date. */
export function changeEmployment(db: Database, actor: Actor, input: { teacherId: string; change: EmploymentChange }) {
  return withPeriods(db, actor, input.teacherId, (tx, periods) =>
    storePlan(tx, actor, input.teacherId, periods, decided(planChange(periods as EmploymentPeriod[], input.change)), "update").then(
      (r) => r.periods,
    ),
  );
}

/** Correct one period's values in place, guarded by the version the caller read (If-Match). */
export function correctEmployment(
  db: Database,
  actor: Actor,
  input: { teacherId: string; periodId: string; expectedVersion: number | undefined; change: Partial<EmploymentValues> },
) {
  return withPeriods(db, actor, input.teacherId, async (tx, periods) => {
    const period = periods.find((p) => p.id === input.periodId);
    if (!period) throw new NotFound("Employment period", input.periodId);
    if (input.expectedVersion !== undefined && period.version !== input.expectedVersion)
      throw new VersionConflict("Employment period", period.id, period.version);
    const plan = decided(planCorrection(period as EmploymentPeriod, input.change));
    const after = await storePlan(tx, actor, input.teacherId, periods, plan, "correct", { id: period.id, version: input.expectedVersion });
    return after.periods.find((p) => p.id === period.id)!;
  });
}

/** Reinstate an ended teacher on a date (a dated, audited event): records may start again from then. */
export function reinstateTeacher(db: Database, actor: Actor, input: { teacherId: string; on: string; reason: string | null }) {
  return withPeriods(db, actor, input.teacherId, async (tx, periods) => {
    const plan = decided(planReinstate(periods as EmploymentPeriod[], input));
    const { periods: after } = await storePlan(tx, actor, input.teacherId, periods, plan, "reinstate");
    await recordAuditMany(tx, actor, [
      {
        action: "reinstate",
        entity: "Teacher",
        entityId: input.teacherId,
        teacherId: input.teacherId,
        after: { on: input.on, reason: input.reason },
      },
    ]);
    return after;
  });
}
