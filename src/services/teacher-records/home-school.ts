import { pathInScope } from "../../auth/scope.ts";
import { primaryPlacements } from "../../db/teacher-records/home-school.ts";
import type { Queryable } from "../../db/types.ts";
import { ScopeViolation } from "../../domain/errors.ts";
import { homeSchoolOf, homeSchoolRefusal } from "../../domain/home-school.ts";
import type { Actor } from "../actor.ts";

/**
 * A write to a record that carries no school (or to the teacher itself) needs the teacher's home
 * school in the actor's scope: seeing a teacher through a secondary post at one's school is not
 * keeping their file. 403 after the teacher was found (visible, so nothing is revealed). A teacher
 * with no primary assignment ever has no home school to protect: scope alone decides.
 */
export async function requireHomeSchool(tx: Queryable, actor: Actor, teacherId: string): Promise<void> {
  if (actor.scope.orgType === "root") return;
  const primaries = (await primaryPlacements(tx, [teacherId])).get(teacherId) ?? [];
  const home = homeSchoolOf(primaries, new Date().toISOString().slice(0, 10));
  if (home && !pathInScope(actor.scope, home.path)) throw new ScopeViolation(homeSchoolRefusal(teacherId, home.schoolId));
}
