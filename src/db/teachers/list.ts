import { and, asc, eq, gt, like, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { inServiceOn } from "../as-of.ts";
import { teachers } from "../schema/index.ts";
import type { Database } from "../types.ts";
import { teacherAttributeConditions, type TeacherAttributeFilter } from "./filters.ts";
import { teacherColumns } from "./read.ts";

type Teacher = typeof teachers.$inferSelect;

export interface TeacherListFilter extends TeacherAttributeFilter {
  asOf: string;
  scope: Principal;
  gender?: Teacher["gender"];
  namePrefix?: string;
  nationalId?: string;
  /** Keyset: ids after this one. */
  after?: string;
  limit: number;
}

/**
 * One page of teachers as of a date (limit + 1 rows, so the caller knows whether another page follows), by id.
 * Without a status filter, only the teachers in service on that date (src/db/as-of.ts inServiceOn).
 */
export function listTeachers(db: Database, f: TeacherListFilter) {
  const d = sql`${f.asOf}`;
  const where: (SQL | undefined)[] = teacherAttributeConditions(f, d);
  if (!f.status) where.push(inServiceOn(sql.raw(`"teachers"."id"`), d));
  where.push(teacherScope(f.scope));
  if (f.gender) where.push(eq(teachers.gender, f.gender));
  if (f.namePrefix) where.push(like(teachers.name, `${f.namePrefix.replace(/[\\%_]/g, "\\$&")}%`));
  if (f.nationalId) where.push(eq(teachers.nationalId, f.nationalId.toUpperCase()));
  if (f.after) where.push(gt(teachers.id, f.after));
  return db
    .select(teacherColumns(f.asOf))
    .from(teachers)
    .where(and(...where))
    .orderBy(asc(teachers.id))
    .limit(f.limit + 1);
}
