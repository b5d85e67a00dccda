import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { schoolScope } from "../../auth/scope.ts";
import type { SchoolStage } from "../../domain/vocab.ts";
import { underPath } from "../paths.ts";
import { schoolClassifications, schools } from "../schema/index.ts";
import type { Database } from "../types.ts";
import { classificationOnJoin, schoolOnColumns, type SchoolOn } from "./schools.ts";

type Classification = typeof schoolClassifications.$inferSelect;

export interface SchoolFilter {
  /** The business date: the classification shown and filtered on is the one valid then. */
  asOf: string;
  /** The materialised path of the jurisdiction whose subtree to list. */
  under?: string;
  stage?: SchoolStage;
  locationClass?: Classification["locationClass"];
  remote?: boolean;
  weak?: boolean;
  ownership?: Classification["ownership"];
  /** Keyset: ids after this one. */
  after?: string;
  limit: number;
}

/** A page (limit + 1 rows, by id) of the schools the principal sees, each with its classification on `asOf`. */
export function listSchools(db: Database, p: Principal, f: SchoolFilter): Promise<SchoolOn[]> {
  const sc = schoolClassifications;
  const where: (SQL | undefined)[] = [schoolScope(p)];
  if (f.under) where.push(underPath(sql`${schools.path}`, f.under));
  if (f.stage) where.push(sql`${f.stage} = any(${sc.stages})`);
  if (f.locationClass) where.push(eq(sc.locationClass, f.locationClass));
  if (f.remote !== undefined) where.push(eq(sc.remote, f.remote));
  if (f.weak !== undefined) where.push(eq(sc.weak, f.weak));
  if (f.ownership) where.push(eq(sc.ownership, f.ownership));
  if (f.after) where.push(gt(schools.id, f.after));
  return db
    .select(schoolOnColumns)
    .from(schools)
    .innerJoin(sc, classificationOnJoin(sql`${f.asOf}`))
    .where(and(...where))
    .orderBy(asc(schools.id))
    .limit(f.limit + 1);
}
