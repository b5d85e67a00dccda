import { sql, type SQL } from "drizzle-orm";
import { underPath } from "../db/paths.ts";
import type { Principal } from "./principal.ts";
import { pathInScope } from "./scope.ts";

/**
 * Row scope for training data that belongs to an org node rather than to a teacher (programmes are
 * owned by a jurisdiction or a school; rule sets are attached to a jurisdiction). Such a row is
 * visible to principals bound at or above its node (oversight) and to those bound below it (it is
 * offered to, or applies to, their subtree); siblings do not see it. Teacher-owned rows (enrolments,
 * training records) use teacherScope from scope.ts.
 */
const NOTHING = sql`false`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The ids on a materialised path, root first: the node and its ancestors. */
export function pathIds(path: string): string[] {
  return path.split("/").filter((id) => UUID.test(id));
}

function idList(ids: string[]): SQL {
  // Validated UUIDs, inlined as a literal array so prepared plans stay selective (see db/paths.ts).
  return sql.raw(`array[${ids.map((id) => `'${id}'`).join(",")}]::uuid[]`);
}

/** A node on the path `nodePath` (itself or below it) or above it, as seen by the principal. */
export function relatedToPrincipal(p: Principal, nodePath: string): boolean {
  if (p.orgType === "root") return true;
  if (!p.path || p.orgType === "teacher") return false;
  return nodePath.startsWith(p.path) || p.path.startsWith(nodePath);
}

/**
 * Programmes: owner in the principal's subtree, or an ancestor of it (including its own node). A
 * teacher sees the programmes they are enrolled in.
 */
export function programScope(p: Principal, programId: SQL = sql.raw(`"training_programs"."id"`)): SQL | undefined {
  if (p.orgType === "root") return undefined;
  if (p.orgType === "teacher") {
    return p.teacherId
      ? sql`exists (select 1 from training_enrollments pe where pe.program_id = ${programId} and pe.teacher_id = ${p.teacherId})`
      : NOTHING;
  }
  if (!p.path) return NOTHING;
  const chain = idList(pathIds(p.path));
  return sql`exists (select 1 from training_programs po
      left join jurisdictions pj on pj.id = po.owner_jurisdiction_id
      left join schools ps on ps.id = po.owner_school_id
    where po.id = ${programId}
      and (${underPath(sql.raw("coalesce(pj.path, ps.path)"), p.path)}
        or po.owner_jurisdiction_id = any(${chain}) or po.owner_school_id = any(${chain})))`;
}

/** The same rule for one programme already read, with its owner's path and whether the teacher principal is enrolled. */
export function canSeeProgram(p: Principal, ownerPath: string, principalEnrolled: boolean): boolean {
  if (p.orgType === "teacher") return principalEnrolled;
  return relatedToPrincipal(p, ownerPath);
}

/** Programmes are changed (and teachers enrolled) only by principals whose subtree holds the owner. */
export function canManageProgram(p: Principal, ownerPath: string): boolean {
  return pathInScope(p, ownerPath);
}

/** Rule sets: attached in the principal's subtree (it oversees them) or above it (they apply to it). */
export function ruleScope(p: Principal, jurisdictionPath: SQL = sql.raw(`"training_rules_j"."path"`)): SQL | undefined {
  if (p.orgType === "root") return undefined;
  if (!p.path || p.orgType === "teacher") return NOTHING;
  return sql`(${underPath(jurisdictionPath, p.path)} or ${jurisdictionPath} = any(${sql.raw(ancestorPaths(p.path))}))`;
}

/** The materialised paths of every ancestor of a path (and the path itself), as a literal text array. */
function ancestorPaths(path: string): string {
  const ids = pathIds(path);
  const out: string[] = [];
  for (let i = 1; i <= ids.length; i++) out.push(`'/${ids.slice(0, i).join("/")}/'`);
  return `array[${out.join(",")}]::text[]`;
}
