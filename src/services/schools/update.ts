import { canSeeJurisdiction, canSeeSchool } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { lockJurisdiction } from "../../db/jurisdictions/jurisdictions.ts";
import { findSchoolOn, lockSchool, updateSchoolRow, type SchoolOn } from "../../db/schools/schools.ts";
import type { Database } from "../../db/types.ts";
import { invalidReference, NotFound } from "../../domain/errors.ts";
import { childPath } from "../../domain/org.ts";
import type { SchoolUpdate } from "../../contract/schools.ts";
import type { Actor } from "../actor.ts";

export interface SchoolChange {
  id: string;
  /** The version the caller read (If-Match), if it sent one. */
  expected: number | undefined;
  changes: SchoolUpdate;
  /** The date whose classification the answer shows (the route's today). */
  asOf: string;
}

/**
 * Change a school's code, name or jurisdiction (a new one, in the actor's subtree, moves it there).
 * Its classification is dated and changes through src/services/schools/classifications.ts. Answers the
 * school with its classification on `asOf`.
 */
export function updateSchool(db: Database, actor: Actor, { id, expected, changes, asOf }: SchoolChange): Promise<SchoolOn> {
  return db.transaction(async (tx) => {
    const current = await lockSchool(tx, id);
    if (!current || !canSeeSchool(actor.scope, current.path)) throw new NotFound("School", id);
    const values: Record<string, unknown> = { ...changes };
    if (changes.jurisdictionId) {
      const jurisdiction = await lockJurisdiction(tx, changes.jurisdictionId);
      if (!jurisdiction || !canSeeJurisdiction(actor.scope, jurisdiction.path))
        throw invalidReference("/jurisdictionId", "Jurisdiction", changes.jurisdictionId);
      values.path = childPath(jurisdiction.path, id);
    }
    const updated = await updateSchoolRow(tx, id, expected, values);
    await recordAudit(tx, actor, {
      action: "update",
      entity: "School",
      entityId: id,
      orgPath: updated.path,
      before: current,
      after: updated,
    });
    return (await findSchoolOn(tx, id, asOf))!;
  });
}
