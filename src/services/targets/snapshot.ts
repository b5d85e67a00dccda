import { recordAudit } from "../../db/audit/record.ts";
import type { GroupBy } from "../../db/metrics/evaluate.ts";
import { insertSnapshot } from "../../db/targets/snapshots.ts";
import { findTarget } from "../../db/targets/targets.ts";
import type { Database } from "../../db/types.ts";
import type { Actor } from "../actor.ts";
import { evaluateTarget } from "./evaluate.ts";

export interface SnapshotRequest {
  targetId: string;
  asOf: string;
  groupBy: GroupBy;
}

/** Evaluate a target the actor sees and keep the result as it is now (a point of the trend). */
export async function createTargetSnapshot(db: Database, actor: Actor, { targetId, asOf, groupBy }: SnapshotRequest) {
  const t = await findTarget(db, actor.scope, targetId);
  const evaluation = await evaluateTarget(db, actor, t, asOf, groupBy);
  const row = await db.transaction(async (tx) => {
    const stored = await insertSnapshot(tx, { targetId: t.id, asOf, groupBy, evaluation, createdBy: actor.scope.id });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "TargetSnapshot",
      entityId: stored.id,
      orgPath: t.jurisdictionPath,
      after: { targetId: t.id, asOf, value: evaluation.value },
    });
    return stored;
  });
  return { target: t, snapshot: row };
}
