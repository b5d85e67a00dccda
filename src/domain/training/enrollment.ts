import type { EnrollmentStatus } from "../vocab.ts";

/**
 * Enrolment lifecycle: enrolled → started (上站: logged in / attended at least once) → completed or
 * failed; withdrawn from enrolled or started. A result may be recorded straight from enrolled (the
 * platform reports the outcome only): the start date is then the result date. A result can be
 * corrected (completed ⇄ failed); withdrawn is final, and a recorded result cannot go back to started
 * or be withdrawn. Dates never run backwards: enrolled ≤ started ≤ result / withdrawal.
 */
export interface EnrollmentState {
  status: EnrollmentStatus;
  enrolledOn: string;
  startedOn: string | null;
  completedOn: string | null;
  withdrawnOn: string | null;
}

export type EnrollmentTarget = Exclude<EnrollmentStatus, "enrolled">;

export type Transition =
  | {
      ok: true;
      next: EnrollmentState;
      changed: boolean;
      /** grant: credit the programme hours (a verified record); revoke: reject the credited record. */
      credit: "grant" | "revoke" | null;
    }
  | { ok: false; kind: "conflict" | "invalid"; detail: string };

export function transition(state: EnrollmentState, target: EnrollmentTarget, on: string): Transition {
  const s = state.status;
  if (s === "withdrawn")
    return { ok: false, kind: "conflict", detail: `The enrolment was withdrawn on ${state.withdrawnOn}; it is closed` };
  if (on < state.enrolledOn) return { ok: false, kind: "invalid", detail: `Must be on or after the enrolment date ${state.enrolledOn}` };

  if (target === "started") {
    if (s === "completed" || s === "failed") return { ok: false, kind: "conflict", detail: `The enrolment already has a result (${s})` };
    const next = { ...state, status: "started" as const, startedOn: on };
    return { ok: true, next, changed: s !== "started" || state.startedOn !== on, credit: null };
  }
  if (target === "withdrawn") {
    if (s === "completed" || s === "failed")
      return { ok: false, kind: "conflict", detail: `The enrolment already has a result (${s}); it cannot be withdrawn` };
    if (state.startedOn && on < state.startedOn)
      return { ok: false, kind: "invalid", detail: `Must be on or after the start date ${state.startedOn}` };
    return { ok: true, next: { ...state, status: "withdrawn", withdrawnOn: on }, changed: true, credit: null };
  }
  // completed or failed
  const startedOn = state.startedOn ?? on;
  if (on < startedOn) return { ok: false, kind: "invalid", detail: `Must be on or after the start date ${startedOn}` };
  const next: EnrollmentState = { ...state, status: target, startedOn, completedOn: on };
  const changed = s !== target || state.completedOn !== on;
  const credit = target === "completed" ? (changed ? "grant" : null) : s === "completed" ? "revoke" : null;
  return { ok: true, next, changed, credit };
}

/** A share as a fraction with four decimals, or null when nothing is there to divide by. */
export function rate(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}
