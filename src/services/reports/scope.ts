import { canSeeJurisdiction } from "../../auth/scope.ts";
import { jurisdictionPath } from "../../db/paths.ts";
import type { Database } from "../../db/types.ts";
import { NotFound } from "../../domain/errors.ts";
import type { Actor } from "../actor.ts";

export interface ReportScope {
  /** The subtree's materialised path ("/" for the whole tree). */
  path: string;
  jurisdictionId: string | null;
}

/**
 * Which subtree a report covers: the named jurisdiction (NotFound when unknown or outside the actor's
 * subtree, as for any out-of-scope record), else the actor's own org node ("/" for a root actor).
 */
export async function reportScope(db: Database, actor: Actor, jurisdictionId: string | undefined): Promise<ReportScope> {
  const { scope } = actor;
  if (jurisdictionId) {
    const path = await jurisdictionPath(db, jurisdictionId);
    if (!path || !canSeeJurisdiction(scope, path)) throw new NotFound("Jurisdiction", jurisdictionId);
    return { path, jurisdictionId };
  }
  return { path: scope.path ?? "/", jurisdictionId: scope.orgType === "jurisdiction" ? scope.orgId : null };
}
