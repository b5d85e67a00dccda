import { dayBefore } from "./dates.ts";
import { refusal, type Refusal } from "./errors.ts";
import { END_STATUSES, type EmploymentCategory, type TeacherStatus } from "./vocab.ts";

/**
 * A teacher's employment facts as periods (domain.md §1.3: 用人类别, 在编不在岗, status). The first
 * period has no start ("since the register knew the teacher"); the last is open. Periods never overlap
 * and leave no gap, so exactly one answers any date. Every write is decided here on plain data and
 * returned as a plan (the periods to end, to correct and to add); src/services/teachers/employment.ts
 * stores it.
 */
export interface EmploymentValues {
  employmentCategory: EmploymentCategory;
  onEstablishmentNotAtPost: boolean;
  status: TeacherStatus;
  reason: string | null;
}

export interface EmploymentPeriod extends EmploymentValues {
  id: string;
  validFrom: string | null;
  validTo: string | null;
}

export type NewPeriod = Omit<EmploymentPeriod, "id">;

/** What a write does to the stored periods: set a period's end (or values), and add periods. */
export interface EmploymentPlan {
  updates: { id: string; change: Partial<EmploymentPeriod> }[];
  inserts: NewPeriod[];
}

export type Decision = { ok: true; plan: EmploymentPlan } | { ok: false; refusal: Refusal };

const RULE = "domain.md §1.3";

/**
 * The records that are tenures (a post held, a post appointment, a subject taught, a designation):
 * ending service ends them that day, and none may run past an end. The others (a title held, a degree,
 * a certificate, an ethics or annual appraisal) outlive service; only their start must fall in service.
 */
export const TENURE_RECORDS = ["assignments", "postAppointments", "subjects", "designations"] as const;
export type TenureRecord = (typeof TENURE_RECORDS)[number];
export const isTenure = (kind: string) => (TENURE_RECORDS as readonly string[]).includes(kind);
const isEnd = (s: TeacherStatus) => (END_STATUSES as readonly string[]).includes(s);

export function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function coversDate(p: Pick<EmploymentPeriod, "validFrom" | "validTo">, d: string): boolean {
  return (p.validFrom === null || p.validFrom <= d) && (p.validTo === null || p.validTo >= d);
}

/** The period that answers date d (undefined only for a teacher with no periods). */
export function periodOn<P extends EmploymentPeriod>(periods: P[], d: string): P | undefined {
  return periods.find((p) => coversDate(p, d));
}

/** In service on d: the status that day is not an end status (on leave is in service). No periods: in service. */
export function inServiceOn(periods: EmploymentPeriod[], d: string): boolean {
  const p = periodOn(periods, d);
  return !p || !isEnd(p.status);
}

/**
 * The first out-of-service period a record running from `from` to `to` (inclusive, null = open) would
 * touch, if any: such a record is refused until the teacher is reinstated (the "ending is total" rule).
 * `startOnly` checks the record's start date alone (records that outlive service, such as a title held).
 */
export function outOfServiceDuring(
  periods: EmploymentPeriod[],
  from: string,
  to: string | null,
  startOnly: boolean,
): EmploymentPeriod | undefined {
  const last = to ?? "9999-12-31";
  return sorted(periods).find(
    (p) =>
      isEnd(p.status) && (startOnly ? coversDate(p, from) : (p.validFrom ?? "0000-01-01") <= last && (p.validTo ?? "9999-12-31") >= from),
  );
}

/** The day service ended before an out-of-service period (null when it has no start: ended before the register knew). */
function serviceEndOf(p: Pick<EmploymentPeriod, "validFrom">): string | null {
  return p.validFrom === null ? null : dayBefore(p.validFrom);
}

/** A refusal naming the end and the rule, for a record that would run into an out-of-service period. */
export function endedRefusal(p: EmploymentPeriod, pointer: string): Refusal {
  const end = serviceEndOf(p);
  const since = end ? `ended service on ${end} (${p.status})` : `is ${p.status}`;
  return refusal(
    "rule_violation",
    `The teacher ${since}: no record may run past the end of service until the teacher is reinstated (${RULE}, ending is total)`,
    pointer,
  );
}

function sorted<P extends EmploymentPeriod>(periods: P[]): P[] {
  return [...periods].sort((a, b) => (a.validFrom ?? "").localeCompare(b.validFrom ?? ""));
}

const no = (detail: string, pointer?: string): Decision => ({ ok: false, refusal: refusal("rule_violation", detail, pointer) });

export interface EmploymentChange {
  /** First day of the new values. */
  from: string;
  /** Last day (a leave that is known to end); absent: to the end of the period it splits. */
  to?: string | null;
  values: Partial<EmploymentValues>;
}

/**
 * A change from a date (合同转正, going on leave, returning): the period covering `from` is split; the
 * new values hold from `from` to `to`, or to that period's end. A change with an end inside the period
 * resumes the period's values the day after (a leave that ends). A change crossing into the next period,
 * changing nothing, or made while out of service is refused; ending service is POST /end, not a change.
 */
export function planChange(periods: EmploymentPeriod[], change: EmploymentChange): Decision {
  const { from } = change;
  const to = change.to ?? null;
  if (to !== null && to < from) return no(`The change would end before it starts; must be on or after ${from}`, "/validTo");
  if (change.values.status && isEnd(change.values.status))
    return no("Retiring, leaving or death is recorded by POST /v1/teachers/{teacherId}/end, which ends every record", "/status");
  const current = periodOn(periods, from);
  if (!current) return no(`No employment period holds on ${from}`, "/validFrom");
  if (isEnd(current.status)) return { ok: false, refusal: endedRefusal(current, "/validFrom") };
  if (current.validFrom === from) return no(`A period already starts on ${from}; correct it with PATCH instead (${RULE})`, "/validFrom");
  const end = to ?? current.validTo;
  if (current.validTo !== null && (end === null || end > current.validTo))
    return no(
      `The period holding on ${from} ends on ${current.validTo}; a change must end by then (${RULE}, periods never overlap)`,
      "/validTo",
    );
  const next: EmploymentValues = { ...valuesOf(current), reason: null, ...change.values };
  if (sameValues(next, current)) return no(`Nothing changes on ${from}: the values are already these`, "/validFrom");
  const plan: EmploymentPlan = {
    updates: [{ id: current.id, change: { validTo: dayBefore(from) } }],
    inserts: [{ ...next, validFrom: from, validTo: end }],
  };
  if (end !== current.validTo) plan.inserts.push({ ...valuesOf(current), validFrom: dayAfter(end!), validTo: current.validTo });
  return { ok: true, plan };
}

/**
 * End service on `endedOn` with an end status: the open period ends that day and an open period with
 * the end status starts the next. The open period must be in service and have started by then.
 */
export function planEnd(periods: EmploymentPeriod[], end: { endedOn: string; status: TeacherStatus; reason: string | null }): Decision {
  const open = periods.find((p) => p.validTo === null);
  if (!open) return no("The teacher has no open employment period");
  if (isEnd(open.status))
    return {
      ok: false,
      refusal: refusal("conflict", `The teacher already ended service on ${serviceEndOf(open) ?? "an unknown date"} (${open.status})`),
    };
  if (open.validFrom !== null && open.validFrom > end.endedOn)
    return no(`The current employment period starts on ${open.validFrom}; an end must be on or after it`, "/endedOn");
  return {
    ok: true,
    plan: {
      updates: [{ id: open.id, change: { validTo: end.endedOn } }],
      inserts: [{ ...valuesOf(open), status: end.status, reason: end.reason, validFrom: dayAfter(end.endedOn), validTo: null }],
    },
  };
}

/** Reinstate on `on`: the open out-of-service period ends the day before; an active period opens. */
export function planReinstate(periods: EmploymentPeriod[], r: { on: string; reason: string | null }): Decision {
  const open = periods.find((p) => p.validTo === null);
  if (!open || !isEnd(open.status)) return no("The teacher is in service; only an ended teacher is reinstated", "/on");
  if (open.validFrom !== null && r.on <= open.validFrom)
    return no(
      `Service ended on ${serviceEndOf(open)}; reinstatement must be after ${open.validFrom} (correct the period to undo an end)`,
      "/on",
    );
  return {
    ok: true,
    plan: {
      updates: [{ id: open.id, change: { validTo: dayBefore(r.on) } }],
      inserts: [{ ...valuesOf(open), status: "active", reason: r.reason, validFrom: r.on, validTo: null }],
    },
  };
}

/**
 * Correct a period's values in place (a wrong category, a mistyped reason). Dates stay: moving a
 * boundary is a change from a date. The status may move between active and on leave only: ending and
 * reinstating end and reopen records, so they have their own operations.
 */
export function planCorrection(period: EmploymentPeriod, change: Partial<EmploymentValues>): Decision {
  if (change.status && change.status !== period.status && (isEnd(change.status) || isEnd(period.status)))
    return no("Ending and reinstating are POST /end and POST /reinstate; a correction keeps in or out of service", "/status");
  return { ok: true, plan: { updates: [{ id: period.id, change }], inserts: [] } };
}

/** The first period of a newly registered teacher. */
export function firstPeriod(values: Omit<EmploymentValues, "status" | "reason">): NewPeriod {
  const { employmentCategory, onEstablishmentNotAtPost } = values;
  return { employmentCategory, onEstablishmentNotAtPost, status: "active", reason: null, validFrom: null, validTo: null };
}

/** The values the teachers row caches: those of the open (latest) period, with the end date when it ended service. */
export function cacheOf(periods: Pick<EmploymentPeriod, "validFrom" | "validTo" | keyof EmploymentValues>[]) {
  const open = periods.find((p) => p.validTo === null);
  if (!open) return undefined;
  const ended = isEnd(open.status);
  return {
    employmentCategory: open.employmentCategory,
    onEstablishmentNotAtPost: open.onEstablishmentNotAtPost,
    status: open.status,
    endedOn: ended ? serviceEndOf(open) : null,
    endReason: ended ? open.reason : null,
  };
}

/** Apply a plan to the periods in memory (what the store will hold after it): for the cache and tests. */
export function applyPlan(periods: EmploymentPeriod[], plan: EmploymentPlan, newId: () => string): EmploymentPeriod[] {
  const out = periods.map((p) => {
    const u = plan.updates.find((x) => x.id === p.id);
    return u ? { ...p, ...u.change } : p;
  });
  return sorted([...out, ...plan.inserts.map((p) => ({ ...p, id: newId() }))]);
}

function valuesOf(p: EmploymentValues): EmploymentValues {
  return {
    employmentCategory: p.employmentCategory,
    onEstablishmentNotAtPost: p.onEstablishmentNotAtPost,
    status: p.status,
    reason: p.reason,
  };
}

function sameValues(a: EmploymentValues, b: EmploymentValues): boolean {
  return (
    a.employmentCategory === b.employmentCategory && a.onEstablishmentNotAtPost === b.onEstablishmentNotAtPost && a.status === b.status
  );
}
