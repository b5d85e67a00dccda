import { BATCH_COLLECTIONS } from "./collections.ts";
import type { RowResult, SyncOutcome } from "./rows.ts";

const SYNC_OUTCOMES: readonly SyncOutcome[] = ["created", "updated", "unchanged", "ended", "rejected"];

/** Results in the batch's order (teachers, then each collection, by row), then what the batch ended. */
export function orderResults<T extends Pick<RowResult, "pointer" | "entity">>(results: T[]): T[] {
  const order = BATCH_COLLECTIONS as readonly string[];
  // Each row's position is computed once, not per comparison (a batch of 30,000 rows sorts in ~450,000).
  const keyed = results.map((r) => {
    if (!r.pointer) return { r, at: order.length, index: 0 };
    const [, , collection, index] = r.pointer.split("/");
    return { r, at: order.indexOf(collection!), index: Number(index) };
  });
  keyed.sort((a, b) => a.at - b.at || a.index - b.index || (a.r.entity === b.r.entity ? 0 : a.r.entity === "teacher" ? -1 : 1));
  return keyed.map((k) => k.r);
}

export function countOutcomes(results: Pick<RowResult, "outcome">[]): Record<SyncOutcome, number> {
  const counts = Object.fromEntries(SYNC_OUTCOMES.map((o) => [o, 0])) as Record<SyncOutcome, number>;
  for (const r of results) counts[r.outcome] += 1;
  return counts;
}
