import { dayBefore } from "../dates.ts";
import type { Issue } from "../errors.ts";

/**
 * A school's classification periods (domain.md §1.2: stages, ownership, location class, remote and
 * weak flags, approved 编制) tile time: the first has no start (null: since the school's creation),
 * each later one starts the day after its predecessor ends, the last is open. A reclassification adds
 * a period; a correction changes one in place. Neither ever changes what another date answers except
 * the dates the caller names.
 */
export interface ClassificationPeriod {
  id: string;
  validFrom: string | null;
  validTo: string | null;
}

/** What a write does to the neighbour before it (its new last day), or why it is refused. */
export type PeriodChange = { ok: true; close?: { id: string; validTo: string } } | { ok: false; detail: string; issue: Issue };

/** "The classification on d" as the SQL of src/db/as-of.ts validOnOpenStart states it. */
export function classifiedOn(p: Omit<ClassificationPeriod, "id">, d: string): boolean {
  return (p.validFrom === null || p.validFrom <= d) && (p.validTo === null || d <= p.validTo);
}

const RULE = "domain.md §1.2";

/**
 * A new period from `start`: it ends the open (last) period on the day before. A start on or before the
 * open period's own start would rewrite dates that period answers: that is a correction of it.
 */
export function placeClassification(open: ClassificationPeriod, start: string): PeriodChange {
  if (open.validFrom !== null && start <= open.validFrom) {
    return {
      ok: false,
      detail: `A new classification must start after the current one (from ${open.validFrom}); to change that period, correct classification ${open.id} instead (${RULE})`,
      issue: { pointer: "/validFrom", detail: `Must be after ${open.validFrom}; use PATCH on classification ${open.id} to correct it` },
    };
  }
  return { ok: true, close: { id: open.id, validTo: dayBefore(start) } };
}

/**
 * A correction of one period's start (`periods` in date order, the first without a start). The first
 * period keeps no start; a later one may move between its predecessor's start and its own end, and the
 * predecessor's end moves with it, so the periods still tile time.
 */
export function moveClassificationStart(periods: ClassificationPeriod[], id: string, start: string | null): PeriodChange {
  const at = periods.findIndex((p) => p.id === id);
  const target = periods[at]!;
  if (start === target.validFrom) return { ok: true };
  const before = periods[at - 1];
  const refuse = (detail: string, issue: string): PeriodChange => ({
    ok: false,
    detail: `${detail} (${RULE})`,
    issue: { pointer: "/validFrom", detail: issue },
  });
  if (!before) return refuse("The first classification holds since the school's creation; it has no start date", "Must stay null");
  if (start === null) return refuse("Only the first classification holds since the school's creation", "A start date is required");
  if (before.validFrom !== null && start <= before.validFrom)
    return refuse(`The start must stay after the previous classification's (${before.validFrom})`, `Must be after ${before.validFrom}`);
  if (target.validTo !== null && start > target.validTo)
    return refuse(`The start must stay on or before the period's last day (${target.validTo})`, `Must be on or before ${target.validTo}`);
  return { ok: true, close: { id: before.id, validTo: dayBefore(start) } };
}
