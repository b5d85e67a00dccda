import type { GroupBy } from "../../db/metrics/evaluate.ts";
import type { TargetRow } from "../../db/targets/targets.ts";
import type { Database } from "../../db/types.ts";
import { termsOf } from "../../contract/targets.ts";
import type { Evaluation } from "../../contract/metrics.ts";
import type { Actor } from "../actor.ts";
import { evaluate } from "../metrics/evaluate.ts";

/** A stored target's evaluation over its own jurisdiction as of a date, judged by its terms. */
export function evaluateTarget(
  db: Database,
  actor: Actor,
  t: TargetRow,
  asOf: string,
  groupBy: GroupBy,
  knownAt?: string,
): Promise<Evaluation> {
  return evaluate(db, actor, {
    metric: t.metric,
    jurisdiction: { id: t.jurisdictionId, path: t.jurisdictionPath },
    asOf,
    knownAt,
    groupBy,
    terms: termsOf(t),
    targetId: t.id,
  });
}
