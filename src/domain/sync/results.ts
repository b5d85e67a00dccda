import { BATCH_COLLECTIONS } from "./collections.ts";
import type { RowResult, SyncOutcome } from "./rows.ts";

const SYNC_OUTCOMES: readonly SyncOutcome[] = ["created", "updated", "unchanged", "ended", "rejected"];

/** Results in the batch's order (teachers, then each collection, by row), then what the batch ended. */
export function orderResults<T extends Pick<RowResult, "pointer" | "entity">>(results: T[]): T[] {
  const order = BATCH_COLLECTIONS as readonly string[];
  const key = (r: T) => {
    if (!r.pointer) return [order.length, 0];
    const [, , collection, index] = r.pointer.split("/");
    return [order.indexOf(collection!), Number(index)];
  };
  return [...results].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || (a.entity === b.entity ? 0 : a.entity === "teacher" ? -1 : 1);
  });
}

export function countOutcomes(results: Pick<RowResult, "outcome">[]): Record<SyncOutcome, number> {
  const counts = Object.fromEntries(SYNC_OUTCOMES.map((o) => [o, 0])) as Record<SyncOutcome, number>;
  for (const r of results) counts[r.outcome] += 1;
  return counts;
}
