import { pathInScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { insertJurisdiction, lockJurisdiction } from "../../db/jurisdictions/jurisdictions.ts";
import type { Database } from "../../db/types.ts";
import { invalidReference, RuleViolation } from "../../domain/errors.ts";
import { canNest, childPath } from "../../domain/org.ts";
import { uuidv7 } from "../../lib/ids.ts";
import type { JurisdictionCreate } from "../../contract/jurisdictions.ts";
import type { Actor } from "../actor.ts";

/**
 * A new node of the tree, under a parent in the actor's subtree (only a root administrator may add a
 * root). A child must be at a lower administrative level than its parent.
 */
export function createJurisdiction(db: Database, actor: Actor, input: JurisdictionCreate) {
  return db.transaction(async (tx) => {
    const id = uuidv7();
    let parentPath: string | null = null;
    if (input.parentId) {
      const parent = await lockJurisdiction(tx, input.parentId);
      if (!parent || !pathInScope(actor.scope, parent.path)) throw invalidReference("/parentId", "Jurisdiction", input.parentId);
      if (!canNest(parent.level, input.level)) {
        throw new RuleViolation("The level does not fit under the parent", [
          { pointer: "/level", detail: `A ${input.level} cannot sit under a ${parent.level}` },
        ]);
      }
      parentPath = parent.path;
    } else if (actor.scope.orgType !== "root") {
      throw new RuleViolation("Only a root administrator can create a root jurisdiction", [{ pointer: "/parentId", detail: "Required" }]);
    }
    const created = await insertJurisdiction(tx, {
      id,
      code: input.code,
      name: input.name,
      level: input.level,
      parentId: input.parentId ?? null,
      path: childPath(parentPath, id),
    });
    await recordAudit(tx, actor, { action: "create", entity: "Jurisdiction", entityId: id, orgPath: created.path, after: created });
    return created;
  });
}
