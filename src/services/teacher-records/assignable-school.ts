import { pathInScope } from "../../auth/scope.ts";
import { schoolPath } from "../../db/teacher-records/assignments.ts";
import type { Queryable } from "../../db/types.ts";
import { invalidReference } from "../../domain/errors.ts";
import type { Actor } from "../actor.ts";

/** The school an assignment names must exist and lie in the actor's scope (422 at /schoolId otherwise). */
export async function requireAssignableSchool(tx: Queryable, actor: Actor, schoolId: string): Promise<void> {
  const path = await schoolPath(tx, schoolId);
  if (path === undefined || !pathInScope(actor.scope, path)) throw invalidReference("/schoolId", "School", schoolId);
}
