import { and, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { teachers } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

/** How a bulk row names its teacher: by id or by national ID (exactly one; the service checks). */
export interface TeacherRef {
  teacherId?: string;
  nationalId?: string;
}

interface ResolvedTeacher {
  id: string;
  /** Serves under the programme's owner. */
  underOwner: boolean;
}

export interface ResolvedTeachers {
  byId: Map<string, ResolvedTeacher>;
  byNationalId: Map<string, ResolvedTeacher>;
}

/** A teacher under an org path, by the same rule as a principal's scope (serving there now, or last served there). */
function teacherUnder(path: string, principal: Principal): SQL | undefined {
  return teacherScope({ ...principal, orgType: "jurisdiction", path, teacherId: null });
}

/**
 * Resolve rows' teachers in one query: by id or national ID, within the caller's scope, and flagged
 * when they do not serve under `ownerPath` (the programme's owner). Unknown or out-of-scope teachers are absent.
 */
export async function resolveTeachers(
  tx: Queryable,
  principal: Principal,
  ownerPath: string,
  refs: TeacherRef[],
): Promise<ResolvedTeachers> {
  const ids = [...new Set(refs.map((r) => r.teacherId).filter((x): x is string => !!x))];
  const nids = [...new Set(refs.map((r) => r.nationalId?.toUpperCase()).filter((x): x is string => !!x))];
  const match = or(ids.length ? inArray(teachers.id, ids) : undefined, nids.length ? inArray(teachers.nationalId, nids) : undefined);
  if (!match) return { byId: new Map(), byNationalId: new Map() };
  const under = teacherUnder(ownerPath, principal) ?? sql`true`;
  const rows = await tx
    .select({ id: teachers.id, nationalId: teachers.nationalId, underOwner: sql<boolean>`${under}` })
    .from(teachers)
    .where(and(match, teacherScope(principal)));
  const byId = new Map(rows.map((r) => [r.id, { id: r.id, underOwner: r.underOwner }]));
  const byNationalId = new Map(rows.filter((r) => r.nationalId).map((r) => [r.nationalId!, { id: r.id, underOwner: r.underOwner }]));
  return { byId, byNationalId };
}
