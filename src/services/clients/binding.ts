import type { Principal } from "../../auth/principal.ts";
import { pathInScope } from "../../auth/scope.ts";
import { teacherInScope } from "../../db/clients/clients.ts";
import { jurisdictionPath } from "../../db/paths.ts";
import { schoolPath } from "../../db/schools/schools.ts";
import type { Queryable } from "../../db/types.ts";
import { checkClientBinding, type ClientBinding } from "../../domain/clients.ts";
import { invalidReference, RuleViolation } from "../../domain/errors.ts";

/** Validate a new client's binding and that its org is inside the creator's scope (else 422, no leak). */
export async function checkBinding(tx: Queryable, p: Principal, b: ClientBinding): Promise<void> {
  const issues = checkClientBinding(b, p.orgType === "root");
  if (issues.length)
    throw new RuleViolation(
      "The org binding does not fit the role",
      issues.map(([f, detail]) => ({ pointer: `/${f}`, detail })),
    );
  if (b.jurisdictionId) {
    const path = await jurisdictionPath(tx, b.jurisdictionId);
    if (!path || !pathInScope(p, path)) throw invalidReference("/jurisdictionId", "Jurisdiction", b.jurisdictionId);
  }
  if (b.schoolId) {
    const path = await schoolPath(tx, b.schoolId);
    if (!path || !pathInScope(p, path)) throw invalidReference("/schoolId", "School", b.schoolId);
  }
  if (b.teacherId && !(await teacherInScope(tx, p, b.teacherId))) throw invalidReference("/teacherId", "Teacher", b.teacherId);
}
