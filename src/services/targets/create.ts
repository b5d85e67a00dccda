import { pathInScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { lockJurisdictionPath } from "../../db/jurisdictions/jurisdictions.ts";
import { insertTarget } from "../../db/targets/targets.ts";
import type { Database } from "../../db/types.ts";
import { invalidReference } from "../../domain/errors.ts";
import { checkMetricSize } from "../../domain/metrics/definition.ts";
import { checkTargetTerms } from "../../domain/metrics/targets.ts";
import { targetColumns, type TargetInput } from "../../contract/targets.ts";
import type { Actor } from "../actor.ts";
import { uniqueCode } from "./code.ts";

/** Add a target to the plan of a jurisdiction in the actor's subtree; its code is unique there (Conflict). */
export async function createTarget(db: Database, actor: Actor, input: TargetInput) {
  checkMetricSize(input.metric, "/metric");
  checkTargetTerms(input);
  return db.transaction(async (tx) => {
    const path = await lockJurisdictionPath(tx, input.jurisdictionId, "share");
    if (!path || !pathInScope(actor.scope, path)) throw invalidReference("/jurisdictionId", "Jurisdiction", input.jurisdictionId);
    await uniqueCode(tx, input.jurisdictionId, input.code);
    const created = await insertTarget(tx, targetColumns(input));
    await recordAudit(tx, actor, { action: "create", entity: "Target", entityId: created.id, orgPath: path, after: created });
    return created;
  });
}
