/** A 师德 veto (一票否决) bars a teacher from titles, honours and promotion during its window. */
export interface VetoWindow {
  veto: boolean;
  vetoFrom: string | null;
  vetoTo: string | null;
}

export function vetoActiveOn(records: VetoWindow[], date: string): boolean {
  return records.some((r) => r.veto && r.vetoFrom !== null && r.vetoFrom <= date && (r.vetoTo === null || date <= r.vetoTo));
}

/** A veto needs its window; returns [field, problem] pairs. */
export function checkVeto(r: VetoWindow): [string, string][] {
  if (!r.veto) return [];
  const issues: [string, string][] = [];
  if (!r.vetoFrom) issues.push(["vetoFrom", "A veto needs the first day it applies"]);
  if (!r.vetoTo) issues.push(["vetoTo", "A veto needs the last day it applies"]);
  if (r.vetoFrom && r.vetoTo && r.vetoTo < r.vetoFrom) issues.push(["vetoTo", "Must be on or after vetoFrom"]);
  return issues;
}
