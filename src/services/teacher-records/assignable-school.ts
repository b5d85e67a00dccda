import { pathInScope } from "../../auth/scope.ts";
import { assignmentSchool, schoolPath } from "../../db/teacher-records/assignments.ts";
import type { Queryable } from "../../db/types.ts";
import { invalidReference, ScopeViolation } from "../../domain/errors.ts";
import type { Actor } from "../actor.ts";

/** The school an assignment names must exist and lie in the actor's scope (422 at /schoolId otherwise). */
export async function requireAssignableSchool(tx: Queryable, actor: Actor, schoolId: string): Promise<void> {
  const path = await schoolPath(tx, schoolId);
  if (path === undefined || !pathInScope(actor.scope, path)) throw invalidReference("/schoolId", "School", schoolId);
}

/** Why a school clerk may not touch another school's assignment: the county places teachers (县管校聘). */
const COUNTY_MAKES_TRANSFERS = "a transfer between schools (交流轮岗 / 县管校聘) is made by the county bureau (domain.md §1.5, §3.1)";

/**
 * Changing or ending an assignment needs its current school in the actor's scope: a teacher the
 * actor sees through a secondary post at its school keeps their home assignment elsewhere out of
 * reach. 403: the record is visible and the request well-formed; only who asks is wrong.
 */
export async function requireOwnAssignment(tx: Queryable, actor: Actor, assignmentId: string): Promise<void> {
  const school = await assignmentSchool(tx, assignmentId);
  if (school && !pathInScope(actor.scope, school.path))
    throw new ScopeViolation(
      `Assignment ${assignmentId} is at school ${school.schoolId}, outside your scope: only that school's clerks or the bureau above it may change or end it; ${COUNTY_MAKES_TRANSFERS}`,
    );
}

/**
 * The one-at-a-time rule may end a predecessor only inside the actor's scope: ending a primary
 * assignment at another school to start one here moves the teacher, which the county decides.
 */
export async function requireNoTransfer(tx: Queryable, actor: Actor, predecessorId: string): Promise<void> {
  const school = await assignmentSchool(tx, predecessorId);
  if (school && !pathInScope(actor.scope, school.path))
    throw new ScopeViolation(
      `The teacher's primary assignment ${predecessorId} is at school ${school.schoolId}, outside your scope; a new primary assignment would end it, and ${COUNTY_MAKES_TRANSFERS}. Record a secondary assignment, or ask the county bureau to make the transfer`,
      [{ pointer: "/kind", detail: `Would end primary assignment ${predecessorId} at another school` }],
    );
}
