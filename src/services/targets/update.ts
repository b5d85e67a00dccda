import { pathInScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { findTarget, lockTarget, updateTargetRow } from "../../db/targets/targets.ts";
import type { Database } from "../../db/types.ts";
import { ScopeViolation } from "../../domain/errors.ts";
import { checkMetricSize } from "../../domain/metrics/definition.ts";
import { checkTargetTerms } from "../../domain/metrics/targets.ts";
import { targetColumns, type TargetUpdate } from "../../contract/targets.ts";
import type { Actor } from "../actor.ts";
import { uniqueCode } from "./code.ts";

export interface TargetChange {
  id: string;
  /** The version the caller read (If-Match), if it sent one. */
  expected: number | undefined;
  changes: TargetUpdate;
}

/**
 * Change a target (or archive it). Only a target of the actor's own subtree may change: one of a
 * jurisdiction above it is visible but refused (ScopeViolation). The terms are checked as merged.
 */
export async function updateTarget(db: Database, actor: Actor, { id, expected, changes }: TargetChange) {
  if (changes.metric) checkMetricSize(changes.metric, "/metric");
  return db.transaction(async (tx) => {
    await lockTarget(tx, id);
    const current = await findTarget(tx, actor.scope, id);
    if (!pathInScope(actor.scope, current.jurisdictionPath))
      throw new ScopeViolation("The target belongs to a jurisdiction above the caller's");
    const merged = {
      metric: changes.metric ?? current.metric,
      unit: changes.unit ?? current.unit,
      comparator: changes.comparator ?? current.comparator,
    };
    checkTargetTerms({
      ...merged,
      tolerance: changes.tolerance !== undefined ? changes.tolerance : current.tolerance === null ? null : Number(current.tolerance),
    });
    if (changes.code !== undefined) await uniqueCode(tx, current.jurisdictionId, changes.code, id);
    const updated = await updateTargetRow(tx, id, expected, targetColumns(changes));
    await recordAudit(tx, actor, {
      action: "update",
      entity: "Target",
      entityId: id,
      orgPath: current.jurisdictionPath,
      before: current,
      after: updated,
    });
    return updated;
  });
}
