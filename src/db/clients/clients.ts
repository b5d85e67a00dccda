import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { jurisdictions, schools, teachers } from "../schema/index.ts";
import { clients } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { invalidReference } from "../../domain/errors.ts";
import { underPath } from "../paths.ts";
import type { Principal } from "../../auth/principal.ts";
import { pathInScope, teacherScope } from "../../auth/scope.ts";
import { checkClientBinding } from "../../domain/clients.ts";
import { RuleViolation } from "../../domain/errors.ts";
import type { Role } from "../../domain/vocab.ts";

/** Clients whose org node lies in the principal's subtree (root-bound admins only for the root). */
export function clientScope(p: Principal): SQL | undefined {
  if (p.orgType === "root") return undefined;
  if (!p.path || p.orgType !== "jurisdiction") return sql`false`;
  return or(
    sql`exists (select 1 from ${jurisdictions} j where j.id = ${clients.jurisdictionId} and ${underPath(sql.raw("j.path"), p.path)})`,
    sql`exists (select 1 from ${schools} s where s.id = ${clients.schoolId} and ${underPath(sql.raw("s.path"), p.path)})`,
    and(sql`${clients.teacherId} is not null`, teacherScope(p, sql`${clients.teacherId}`)),
  );
}

/** Validate a new client's binding and that its org is inside the creator's scope (else 422, no leak). */
export async function checkBinding(
  tx: Queryable,
  p: Principal,
  b: { role: Role; jurisdictionId?: string | null; schoolId?: string | null; teacherId?: string | null },
) {
  const issues = checkClientBinding(b, p.orgType === "root");
  if (issues.length) throw new RuleViolation("The org binding does not fit the role", issues.map(([f, detail]) => ({ pointer: `/${f}`, detail })));
  if (b.jurisdictionId) {
    const [j] = await tx.select({ path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, b.jurisdictionId));
    if (!j || !pathInScope(p, j.path)) throw invalidReference("/jurisdictionId", "Jurisdiction", b.jurisdictionId);
  }
  if (b.schoolId) {
    const [s] = await tx.select({ path: schools.path }).from(schools).where(eq(schools.id, b.schoolId));
    if (!s || !pathInScope(p, s.path)) throw invalidReference("/schoolId", "School", b.schoolId);
  }
  if (b.teacherId) {
    const [t] = await tx.select({ id: teachers.id }).from(teachers).where(and(eq(teachers.id, b.teacherId), teacherScope(p)));
    if (!t) throw invalidReference("/teacherId", "Teacher", b.teacherId);
  }
}
