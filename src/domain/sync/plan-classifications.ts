import { type ClassificationPeriod, placeClassification } from "../schools/classifications.ts";
import { type Refusal, refusal } from "../errors.ts";
import type { RecordUpdate, RowResult, Stored } from "./rows.ts";
import type { Ids } from "./shared.ts";

/**
 * The batch's school's classification rows (records.schoolClassifications), planned as the API writes
 * them (src/services/schools/classifications.ts): a row starting on a period's start corrects that
 * period; a row starting after the current period's start reclassifies from that date (the current
 * period ends the day before, facts not sent carry over); any other start would rewrite dates an
 * earlier period answers and is refused with the API's problem. Plain data, no I/O.
 */
const CLASSIFICATION_FACTS = ["stages", "ownership", "locationClass", "remote", "weak", "staffingQuota"] as const;

export interface ClassificationRow {
  pointer: string;
  /** validFrom and the facts the row sends. */
  columns: Record<string, unknown> & { validFrom: string };
}

export type StoredPeriod = Stored & ClassificationPeriod;

export interface ClassificationPlan {
  inserts: Record<string, unknown>[];
  updates: Omit<RecordUpdate, "teacherId">[];
  results: RowResult[];
}

const ENTITY = "school_classification" as const;
const result = (pointer: string | null, outcome: RowResult["outcome"], id: string | null, why: Refusal | null = null): RowResult => ({
  pointer,
  entity: ENTITY,
  sourceKey: null,
  outcome,
  id,
  teacherId: null,
  matchedBy: null,
  refusal: why,
});

/** The facts the row sends that differ from the period's (arrays compared by value). */
function changedFacts(period: Record<string, unknown>, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of CLASSIFICATION_FACTS) {
    if (row[k] === undefined) continue;
    if (JSON.stringify(row[k] ?? null) !== JSON.stringify(period[k] ?? null)) out[k] = row[k] ?? null;
  }
  return out;
}

export function planClassifications(rows: ClassificationRow[], stored: StoredPeriod[], schoolId: string, ids: Ids): ClassificationPlan {
  const plan: ClassificationPlan = { inserts: [], updates: [], results: [] };
  const periods: StoredPeriod[] = stored.map((p) => ({ ...p }));
  const inserted = new Set<string>();
  const taken = new Map<string, string>();
  const ended: string[] = [];
  // In date order, so a batch may carry several reclassifications in any order.
  for (const row of [...rows].sort((a, b) => a.columns.validFrom.localeCompare(b.columns.validFrom))) {
    const start = row.columns.validFrom;
    const twin = taken.get(start);
    if (twin) {
      plan.results.push(
        result(
          row.pointer,
          "rejected",
          null,
          refusal("conflict", `Row ${twin} of the batch starts on the same day`, `${row.pointer}/validFrom`),
        ),
      );
      continue;
    }
    taken.set(start, row.pointer);
    const same = periods.find((p) => p.validFrom === start);
    if (same) {
      const change = changedFacts(same, row.columns);
      if (Object.keys(change).length === 0) {
        plan.results.push(result(row.pointer, "unchanged", same.id));
        continue;
      }
      if (inserted.has(same.id)) Object.assign(plan.inserts.find((x) => x.id === same.id)!, change);
      else plan.updates.push({ id: same.id, before: { ...same }, change, outcome: "updated" });
      Object.assign(same, change);
      plan.results.push(result(row.pointer, "updated", same.id));
      continue;
    }
    const open = periods[periods.length - 1]!;
    const placed = placeClassification(open, start);
    if (!placed.ok) {
      const issue = { ...placed.issue, pointer: `${row.pointer}${placed.issue.pointer}` };
      plan.results.push(result(row.pointer, "rejected", null, { kind: "rule_violation", detail: placed.detail, issues: [issue] }));
      continue;
    }
    const validTo = placed.close!.validTo;
    if (inserted.has(open.id)) plan.inserts.find((x) => x.id === open.id)!.validTo = validTo;
    else {
      plan.updates.push({ id: open.id, before: { ...open }, change: { validTo }, outcome: "ended" });
      ended.push(open.id);
    }
    open.validTo = validTo;
    const carried = Object.fromEntries(CLASSIFICATION_FACTS.map((k) => [k, open[k] ?? null]));
    const facts = Object.fromEntries(CLASSIFICATION_FACTS.filter((k) => row.columns[k] !== undefined).map((k) => [k, row.columns[k]]));
    const next = { ...carried, ...facts, id: ids.next(), schoolId, validFrom: start, validTo: null } as StoredPeriod;
    periods.push(next);
    inserted.add(next.id);
    plan.inserts.push(next);
    plan.results.push(result(row.pointer, "created", next.id));
  }
  // What the register ended by itself is reported after the rows, as for records.
  for (const id of ended) plan.results.push(result(null, "ended", id));
  return plan;
}
