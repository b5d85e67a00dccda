import { sql, type SQL } from "drizzle-orm";
import { underPath } from "../db/paths.ts";
import type { Principal } from "./principal.ts";

/**
 * Row scope: which jurisdictions, schools and teachers a principal may see, as SQL conditions added to
 * every query (lists are filtered in the database; single reads outside scope answer 404).
 * `undefined` means unrestricted (a root bureau_admin).
 */
const NOTHING = sql`false`;

export function jurisdictionScope(p: Principal, pathColumn: SQL = sql.raw(`"jurisdictions"."path"`)): SQL | undefined {
  if (p.orgType === "root") return undefined;
  if (!p.path || p.orgType === "school" || p.orgType === "teacher") return NOTHING;
  return underPath(pathColumn, p.path);
}

export function schoolScope(p: Principal, pathColumn: SQL = sql.raw(`"schools"."path"`)): SQL | undefined {
  if (p.orgType === "root") return undefined;
  if (!p.path) return NOTHING;
  return underPath(pathColumn, p.path);
}

/**
 * A teacher is in scope when assigned (home or concurrent post) to a school in the subtree now or in
 * the future; a teacher with no current assignment (retired, left) stays visible where they last
 * served. A teacher principal sees only themself.
 */
export function teacherScope(p: Principal, teacherId: SQL = sql.raw(`"teachers"."id"`)): SQL | undefined {
  if (p.orgType === "root") return undefined;
  if (p.orgType === "teacher") return p.teacherId ? sql`${teacherId} = ${p.teacherId}` : NOTHING;
  if (!p.path) return NOTHING;
  return sql`exists (select 1 from teacher_assignments sa join schools ss on ss.id = sa.school_id
    where sa.teacher_id = ${teacherId} and ${underPath(sql.raw("ss.path"), p.path)}
      and (sa.valid_to is null or sa.valid_to >= current_date
        or not exists (select 1 from teacher_assignments sb where sb.teacher_id = ${teacherId}
          and (sb.valid_to is null or sb.valid_to >= current_date))))`;
}

/** May the principal place records under this org path (a school or jurisdiction it writes to)? */
export function pathInScope(p: Principal, path: string): boolean {
  if (p.orgType === "root") return true;
  return !!p.path && (p.orgType === "jurisdiction" || p.orgType === "school") && path.startsWith(p.path);
}

/** The same rules as jurisdictionScope/schoolScope, for a row already read (e.g. by a prepared statement). */
export function canSeeJurisdiction(p: Principal, path: string): boolean {
  if (p.orgType === "root") return true;
  return p.orgType === "jurisdiction" && !!p.path && path.startsWith(p.path);
}

export function canSeeSchool(p: Principal, path: string): boolean {
  if (p.orgType === "root") return true;
  return (p.orgType === "jurisdiction" || p.orgType === "school") && !!p.path && path.startsWith(p.path);
}
