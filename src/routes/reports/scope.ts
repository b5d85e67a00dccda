import type { Principal } from "../../auth/principal.ts";
import { canSeeJurisdiction } from "../../auth/scope.ts";
import { jurisdictionPath } from "../../db/paths.ts";
import type { Database } from "../../db/types.ts";
import { ApiError } from "../../lib/problem.ts";

/**
 * Which subtree a report covers: the named jurisdiction (404 when unknown or outside the caller's
 * subtree, as for any out-of-scope record), else the caller's own org node ("/" for a root caller).
 */
export async function reportScope(db: Database, principal: Principal, jurisdictionId: string | undefined): Promise<{ path: string; jurisdictionId: string | null }> {
  if (jurisdictionId) {
    const path = await jurisdictionPath(db, jurisdictionId);
    if (!path || !canSeeJurisdiction(principal, path)) throw ApiError.notFound("Jurisdiction", jurisdictionId);
    return { path, jurisdictionId };
  }
  return { path: principal.path ?? "/", jurisdictionId: principal.orgType === "jurisdiction" ? principal.orgId : null };
}
