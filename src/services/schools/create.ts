import { canSeeJurisdiction } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { lockJurisdiction } from "../../db/jurisdictions/jurisdictions.ts";
import { insertClassification } from "../../db/schools/classifications.ts";
import { insertSchool, type SchoolOn } from "../../db/schools/schools.ts";
import type { Database } from "../../db/types.ts";
import { invalidReference } from "../../domain/errors.ts";
import { childPath } from "../../domain/org.ts";
import { uuidv7 } from "../../lib/ids.ts";
import type { SchoolCreate } from "../../contract/schools.ts";
import type { Actor } from "../actor.ts";

/** A new school in a jurisdiction of the actor's subtree, with its first classification period (since its creation). */
export function createSchool(db: Database, actor: Actor, input: SchoolCreate): Promise<SchoolOn> {
  return db.transaction(async (tx) => {
    const jurisdiction = await lockJurisdiction(tx, input.jurisdictionId);
    if (!jurisdiction || !canSeeJurisdiction(actor.scope, jurisdiction.path))
      throw invalidReference("/jurisdictionId", "Jurisdiction", input.jurisdictionId);
    const id = uuidv7();
    const { code, name, jurisdictionId, ...facts } = input;
    const created = await insertSchool(tx, { id, code, name, jurisdictionId, path: childPath(jurisdiction.path, id) });
    const first = await insertClassification(tx, {
      ...facts,
      staffingQuota: facts.staffingQuota ?? null,
      id: uuidv7(),
      schoolId: id,
      validFrom: null,
      validTo: null,
    });
    await recordAudit(tx, actor, { action: "create", entity: "School", entityId: id, orgPath: created.path, after: created });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "SchoolClassification",
      entityId: first.id,
      orgPath: created.path,
      after: first,
    });
    const { id: classificationId, stages, ownership, locationClass, remote, weak, staffingQuota } = first;
    return { ...created, classificationId, stages, ownership, locationClass, remote, weak, staffingQuota };
  });
}
