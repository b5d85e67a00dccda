import { activeTargetsUnder, type TargetRow } from "../../db/targets/targets.ts";
import type { Database } from "../../db/types.ts";
import { termsOf } from "../../contract/targets.ts";
import type { Evaluation } from "../../contract/metrics.ts";
import type { Actor } from "../actor.ts";
import { evaluateTotals } from "../metrics/evaluate.ts";
import { reportScope } from "./scope.ts";

export interface TargetsReport {
  jurisdictionId: string | null;
  asOf: string;
  items: { target: TargetRow; evaluation: Evaluation }[];
}

/** Natural code order (T2 before T10), then creation order for targets without a code. */
function byCode(a: TargetRow, b: TargetRow): number {
  return a.code === null || b.code === null
    ? Number(a.code === null) - Number(b.code === null)
    : a.code.localeCompare(b.code, "en", { numeric: true });
}

/** Every active target of a subtree, each evaluated over its own jurisdiction as of a date (all totals in one statement). */
export async function targetsReport(db: Database, actor: Actor, jurisdictionId: string | undefined, asOf: string): Promise<TargetsReport> {
  const scope = await reportScope(db, actor, jurisdictionId);
  const rows = (await activeTargetsUnder(db, scope.path)).sort(byCode);
  const evaluations = await evaluateTotals(
    db,
    actor,
    rows.map((t) => ({
      metric: t.metric,
      jurisdiction: { id: t.jurisdictionId, path: t.jurisdictionPath },
      asOf,
      terms: termsOf(t),
      targetId: t.id,
    })),
  );
  return { jurisdictionId: scope.jurisdictionId, asOf, items: rows.map((t, i) => ({ target: t, evaluation: evaluations[i]! })) };
}
