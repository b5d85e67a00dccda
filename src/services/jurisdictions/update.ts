import { canSeeJurisdiction, pathInScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { childLevels, lockJurisdiction, movePaths, updateJurisdictionRow } from "../../db/jurisdictions/jurisdictions.ts";
import type { Database, Queryable } from "../../db/types.ts";
import { invalidReference, NotFound, RuleViolation } from "../../domain/errors.ts";
import { canNest, childPath, isWithin } from "../../domain/org.ts";
import type { JurisdictionLevel } from "../../domain/vocab.ts";
import type { JurisdictionUpdate } from "../../contract/jurisdictions.ts";
import type { Actor } from "../actor.ts";

export interface JurisdictionChange {
  id: string;
  /** The version the caller read (If-Match), if it sent one. */
  expected: number | undefined;
  changes: JurisdictionUpdate;
}

/**
 * Change a jurisdiction. A new parent or level re-checks its place in the tree; a new parent moves
 * the whole subtree (its jurisdictions and schools) with it, in the same transaction.
 */
export function updateJurisdiction(db: Database, actor: Actor, { id, expected, changes }: JurisdictionChange) {
  return db.transaction(async (tx) => {
    const current = await lockJurisdiction(tx, id);
    if (!current || !canSeeJurisdiction(actor.scope, current.path)) throw new NotFound("Jurisdiction", id);
    const level = changes.level ?? current.level;
    const parentId = changes.parentId === undefined ? current.parentId : changes.parentId;
    const path =
      parentId !== current.parentId || level !== current.level
        ? await placement(tx, actor, id, current.path, parentId, level)
        : current.path;
    const updated = await updateJurisdictionRow(tx, id, expected, { ...changes, path });
    if (path !== current.path) await movePaths(tx, current.path, path);
    await recordAudit(tx, actor, {
      action: "update",
      entity: "Jurisdiction",
      entityId: id,
      orgPath: path,
      before: current,
      after: updated,
    });
    return updated;
  });
}

/** The node's path under its (new) parent at its (new) level, or the rule it breaks. */
async function placement(
  tx: Queryable,
  actor: Actor,
  id: string,
  currentPath: string,
  parentId: string | null,
  level: JurisdictionLevel,
): Promise<string> {
  const parent = parentId ? await lockJurisdiction(tx, parentId) : undefined;
  if (parentId && (!parent || !pathInScope(actor.scope, parent.path))) throw invalidReference("/parentId", "Jurisdiction", parentId);
  if (!parentId && actor.scope.orgType !== "root") {
    throw new RuleViolation("Only a root administrator can make a root jurisdiction", [{ pointer: "/parentId", detail: "Required" }]);
  }
  if (parent && isWithin(parent.path, currentPath)) {
    throw new RuleViolation("A jurisdiction cannot move under itself", [{ pointer: "/parentId", detail: "Would create a cycle" }]);
  }
  if (parent && !canNest(parent.level, level)) {
    throw new RuleViolation("The level does not fit under the parent", [
      { pointer: "/level", detail: `A ${level} cannot sit under a ${parent.level}` },
    ]);
  }
  const misfit = (await childLevels(tx, id)).find((ch) => !canNest(level, ch.level));
  if (misfit) {
    throw new RuleViolation("The level does not fit above the children", [
      { pointer: "/level", detail: `A ${misfit.level} cannot sit under a ${level}` },
    ]);
  }
  return childPath(parent?.path ?? null, id);
}
