import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { jurisdictionScope } from "../../auth/scope.ts";
import type { JurisdictionLevel } from "../../domain/vocab.ts";
import { underPath } from "../paths.ts";
import { jurisdictions } from "../schema/index.ts";
import type { Database } from "../types.ts";

export interface JurisdictionFilter {
  parentId?: string;
  level?: JurisdictionLevel;
  /** The materialised path of a subtree to list. */
  under?: string;
  /** Keyset: ids after this one. */
  after?: string;
  limit: number;
}

/** A page (limit + 1 rows, by id) of the jurisdictions the principal sees. */
export function listJurisdictions(db: Database, p: Principal, f: JurisdictionFilter) {
  const where: (SQL | undefined)[] = [jurisdictionScope(p)];
  if (f.parentId) where.push(eq(jurisdictions.parentId, f.parentId));
  if (f.level) where.push(eq(jurisdictions.level, f.level));
  if (f.under) where.push(underPath(sql`${jurisdictions.path}`, f.under));
  if (f.after) where.push(gt(jurisdictions.id, f.after));
  return db
    .select()
    .from(jurisdictions)
    .where(and(...where))
    .orderBy(asc(jurisdictions.id))
    .limit(f.limit + 1);
}
