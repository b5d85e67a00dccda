import {
  applyPlan,
  type EmploymentPeriod,
  type EmploymentValues,
  endedRefusal,
  firstPeriod,
  inServiceOn,
  periodOn,
  planChange,
  planCorrection,
} from "../employment.ts";
import { refusal, type Refusal } from "../errors.ts";
import type { EmploymentCategory } from "../vocab.ts";
import type { RecordUpdate, TeacherRow } from "./rows.ts";
import type { Ids } from "./shared.ts";

/** The employment periods a batch writes: ends and corrections (written first), then new periods. */
export interface EmploymentWrites {
  updates: RecordUpdate[];
  inserts: Record<string, unknown>[];
}

/** Accepted: the periods after the row (for the teachers row's cache); refused: why. */
export type RowEmployment = { ok: true; periods: EmploymentPeriod[] } | { ok: false; refusal: Refusal };

/** The first period of a teacher the batch creates. */
export function firstPeriodRow(teacherId: string, row: TeacherRow, ids: Ids): Record<string, unknown> {
  const values = {
    employmentCategory: row.fields.employmentCategory as EmploymentCategory,
    onEstablishmentNotAtPost: row.fields.onEstablishmentNotAtPost ?? false,
  };
  return { id: ids.next(), teacherId, ...firstPeriod(values) };
}

/**
 * A teacher row's employment category and 在编不在岗, when they differ from the period holding on the
 * row's date (`employmentFrom`, else the batch date), become a change from that date (src/domain/
 * employment.ts planChange), or a correction of a period that starts that very day. Refused while the
 * teacher is out of service. Adds the writes to `out`; the caller refreshes the teachers row's cache.
 */
export function planRowEmployment(
  periods: EmploymentPeriod[],
  teacherId: string,
  row: TeacherRow,
  date: string,
  ids: Ids,
  out: EmploymentWrites,
): RowEmployment {
  const on = periodOn(periods, date);
  if (!on) return { ok: true, periods };
  const values: Partial<EmploymentValues> = { employmentCategory: row.fields.employmentCategory as EmploymentCategory };
  if (row.fields.onEstablishmentNotAtPost !== undefined) values.onEstablishmentNotAtPost = row.fields.onEstablishmentNotAtPost;
  const same =
    values.employmentCategory === on.employmentCategory &&
    (values.onEstablishmentNotAtPost === undefined || values.onEstablishmentNotAtPost === on.onEstablishmentNotAtPost);
  if (same) return { ok: true, periods };
  if (!inServiceOn(periods, date)) {
    const r = endedRefusal(on, `${row.pointer}/employmentCategory`);
    return { ok: false, refusal: r };
  }
  const decision = on.validFrom === date ? planCorrection(on, values) : planChange(periods, { from: date, values });
  if (!decision.ok)
    return { ok: false, refusal: refusal(decision.refusal.kind, decision.refusal.detail, `${row.pointer}/employmentCategory`) };
  for (const u of decision.plan.updates) {
    const before = periods.find((p) => p.id === u.id)!;
    out.updates.push({ id: u.id, teacherId, before: { ...before }, change: u.change, outcome: "updated" });
  }
  for (const p of decision.plan.inserts) out.inserts.push({ id: ids.next(), teacherId, ...p });
  return { ok: true, periods: applyPlan(periods, decision.plan, () => "planned") };
}
