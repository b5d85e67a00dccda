import { canSeeJurisdiction } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { lockJurisdiction } from "../../db/jurisdictions/jurisdictions.ts";
import { insertSchool } from "../../db/schools/schools.ts";
import type { Database } from "../../db/types.ts";
import { invalidReference } from "../../domain/errors.ts";
import { childPath } from "../../domain/org.ts";
import { uuidv7 } from "../../lib/ids.ts";
import type { SchoolCreate } from "../../contract/schools.ts";
import type { Actor } from "../actor.ts";

/** A new school in a jurisdiction of the actor's subtree. */
export function createSchool(db: Database, actor: Actor, input: SchoolCreate) {
  return db.transaction(async (tx) => {
    const jurisdiction = await lockJurisdiction(tx, input.jurisdictionId);
    if (!jurisdiction || !canSeeJurisdiction(actor.scope, jurisdiction.path))
      throw invalidReference("/jurisdictionId", "Jurisdiction", input.jurisdictionId);
    const id = uuidv7();
    const created = await insertSchool(tx, {
      ...input,
      id,
      staffingQuota: input.staffingQuota ?? null,
      path: childPath(jurisdiction.path, id),
    });
    await recordAudit(tx, actor, { action: "create", entity: "School", entityId: id, orgPath: created.path, after: created });
    return created;
  });
}
