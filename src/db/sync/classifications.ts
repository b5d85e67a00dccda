import type { ClassificationPlan } from "../../domain/sync/plan-classifications.ts";
import { SCHOOL_CLASSIFICATIONS } from "../../domain/sync/collections.ts";
import { recordAuditMany, type AuditActor } from "../audit/record.ts";
import { insertJsonRows, updateJsonRows } from "../json-rows.ts";
import type { Pipeline } from "../pipeline.ts";
import { schoolClassifications } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

/** A batch's classification writes: the ends and corrections first (they make room), then the new periods, each audited under the school's path. */
export async function writeClassifications(
  tx: Queryable,
  actor: AuditActor,
  schoolPath: string,
  plan: ClassificationPlan,
  via: Pipeline,
): Promise<void> {
  if (plan.inserts.length === 0 && plan.updates.length === 0) return;
  await updateJsonRows(tx, schoolClassifications, plan.updates, { via });
  await insertJsonRows(tx, schoolClassifications, plan.inserts, { via });
  const entity = SCHOOL_CLASSIFICATIONS.audit;
  await recordAuditMany(
    tx,
    actor,
    [
      ...plan.updates.map((u) => ({
        action: u.outcome === "ended" ? "end" : "update",
        entity,
        entityId: u.id,
        orgPath: schoolPath,
        before: u.before,
        after: { ...u.before, ...u.change },
      })),
      ...plan.inserts.map((row) => ({ action: "create", entity, entityId: row.id as string, orgPath: schoolPath, after: row })),
    ],
    via,
  );
}
