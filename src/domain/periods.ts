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

export type Placement =
  | { ok: true; close?: { id: string; validTo: string } }
  | { ok: false; conflict: Period };

/**
 * Where only one record may hold at a time (home-school assignment, title held, post appointed):
 * a new record that starts after the currently open one ends that one on the day before; any other
 * overlap is a conflict the clerk must resolve by correcting dates. Corrections (`allowClose` false)
 * never move neighbours implicitly.
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
