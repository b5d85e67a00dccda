import { dayBefore } from "./dates.ts";

/** A validity range with inclusive ends; validTo null = still open. */
export interface Period {
  id: string;
  validFrom: string;
  validTo: string | null;
}

export function overlaps(a: Omit<Period, "id">, b: Omit<Period, "id">): boolean {
  return a.validFrom <= (b.validTo ?? "9999-12-31") && b.validFrom <= (a.validTo ?? "9999-12-31");
}

/**
 * Why the register ended a record by itself, one reason per cause. Stored in the record's endReason,
 * so a clerk reading the history sees what closed it.
 */
export const END_REASONS = {
  /** A newer record of the same kind took over (the one-at-a-time rule below). */
  superseded: "superseded",
  /** A full sync batch did not name the teacher (src/domain/sync/mass-end.ts). */
  missingFromFullSync: "不在学校全量同步名单中 (missing from a full sync)",
} as const;

export type Placement = { ok: true; close?: { id: string; validTo: string } } | { ok: false; conflict: Period };

/**
 * Where only one record may hold at a time (home-school assignment, title held, post appointed):
 * a new record that starts after the currently open one ends that one on the day before; any other
 * overlap is a conflict the clerk must resolve by correcting dates. Corrections (`allowClose` false)
 * never move neighbours implicitly. The record API and sync batches both place records with this, and
 * both end the closed one with END_REASONS.superseded.
 */
export function placeExclusive(existing: Period[], next: Omit<Period, "id"> & { id?: string }, allowClose: boolean): Placement {
  const clashes = existing.filter((p) => p.id !== next.id && overlaps(p, next));
  if (clashes.length === 0) return { ok: true };
  const [only] = clashes;
  if (allowClose && clashes.length === 1 && only && only.validTo === null && only.validFrom < next.validFrom) {
    return { ok: true, close: { id: only.id, validTo: dayBefore(next.validFrom) } };
  }
  return { ok: false, conflict: clashes[0]! };
}
