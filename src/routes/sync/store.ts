import type { z } from "@hono/zod-openapi";
import { syncBatches } from "../../db/schema/index.ts";
import type { RowResult } from "./plan.ts";
import { SYNC_COLLECTIONS, SYNC_OUTCOMES, type syncBatchSchema, type SyncOutcome } from "./schemas.ts";

const COLLECTION_ORDER = SYNC_COLLECTIONS;

/** Results in the batch's order (teachers, then each sub-record collection, by row), then what the batch ended. */
export function orderResults(results: RowResult[]): RowResult[] {
  const key = (r: RowResult) => {
    if (!r.pointer) return [COLLECTION_ORDER.length, 0];
    const [, , collection, index] = r.pointer.split("/");
    return [COLLECTION_ORDER.indexOf(collection!), Number(index)];
  };
  return [...results].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || (a.entity === b.entity ? 0 : a.entity === "teacher" ? -1 : 1);
  });
}

export function countOutcomes(results: RowResult[]): Record<SyncOutcome, number> {
  const counts = Object.fromEntries(SYNC_OUTCOMES.map((o) => [o, 0])) as Record<SyncOutcome, number>;
  for (const r of results) counts[r.outcome] += 1;
  return counts;
}

export type BatchResult = { counts: Record<SyncOutcome, number>; results: RowResult[] };

/** What a batch stores and answers: the results in the batch's order and their counts. */
export function batchResult(results: RowResult[]): BatchResult {
  const ordered = orderResults(results);
  return { counts: countOutcomes(ordered), results: ordered };
}

export function toBatch(row: typeof syncBatches.$inferSelect): z.infer<typeof syncBatchSchema> {
  const result = row.result as BatchResult;
  return {
    id: row.id,
    schoolId: row.schoolId,
    mode: row.mode,
    scope: row.scope,
    atomic: row.atomic,
    outcome: row.outcome,
    counts: result.counts,
    results: result.results,
    createdAt: row.createdAt.toISOString(),
  };
}
