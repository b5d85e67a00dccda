import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { schoolScope } from "../../auth/scope.ts";
import type { SchoolStage } from "../../domain/vocab.ts";
import { underPath } from "../paths.ts";
import { schools } from "../schema/index.ts";
import type { Database } from "../types.ts";

export interface SchoolFilter {
  /** The materialised path of the jurisdiction whose subtree to list. */
  under?: string;
  stage?: SchoolStage;
  locationClass?: (typeof schools.$inferSelect)["locationClass"];
  remote?: boolean;
  weak?: boolean;
  ownership?: (typeof schools.$inferSelect)["ownership"];
  /** Keyset: ids after this one. */
  after?: string;
  limit: number;
}

/** A page (limit + 1 rows, by id) of the schools the principal sees. */
export function listSchools(db: Database, p: Principal, f: SchoolFilter) {
  const where: (SQL | undefined)[] = [schoolScope(p)];
  if (f.under) where.push(underPath(sql`${schools.path}`, f.under));
  if (f.stage) where.push(sql`${f.stage} = any(${schools.stages})`);
  if (f.locationClass) where.push(eq(schools.locationClass, f.locationClass));
  if (f.remote !== undefined) where.push(eq(schools.remote, f.remote));
  if (f.weak !== undefined) where.push(eq(schools.weak, f.weak));
  if (f.ownership) where.push(eq(schools.ownership, f.ownership));
  if (f.after) where.push(gt(schools.id, f.after));
  return db
    .select()
    .from(schools)
    .where(and(...where))
    .orderBy(asc(schools.id))
    .limit(f.limit + 1);
}
