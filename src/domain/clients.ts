import type { Role } from "./vocab.ts";

export interface ClientBinding {
  role: Role;
  jurisdictionId?: string | null;
  schoolId?: string | null;
  teacherId?: string | null;
}

/**
 * Which org binding each role needs: a teacher client names its teacher; a school_sync client its
 * school; hr_clerk and reporter a jurisdiction or a school; a bureau_admin a jurisdiction, or nothing
 * for the root (only a root admin may create one). Returns [field, problem] pairs.
 */
export function checkClientBinding(b: ClientBinding, creatorIsRoot: boolean): [string, string][] {
  const has = (v: string | null | undefined) => v !== undefined && v !== null;
  const issues: [string, string][] = [];
  const only = (allowed: (keyof ClientBinding)[]) => {
    for (const f of ["jurisdictionId", "schoolId", "teacherId"] as const) {
      if (!allowed.includes(f) && has(b[f])) issues.push([f, `A ${b.role} client cannot be bound to a ${f.replace("Id", "")}`]);
    }
  };
  switch (b.role) {
    case "teacher":
      only(["teacherId"]);
      if (!has(b.teacherId)) issues.push(["teacherId", "A teacher client must name its teacher"]);
      break;
    case "school_sync":
      only(["schoolId"]);
      if (!has(b.schoolId)) issues.push(["schoolId", "A school_sync client must be bound to one school"]);
      break;
    case "hr_clerk":
    case "reporter":
      only(["jurisdictionId", "schoolId"]);
      if (has(b.jurisdictionId) === has(b.schoolId)) issues.push(["jurisdictionId", "Bind to exactly one jurisdiction or school"]);
      break;
    case "bureau_admin":
      only(["jurisdictionId"]);
      if (!has(b.jurisdictionId) && !creatorIsRoot)
        issues.push(["jurisdictionId", "Only a root administrator can create an unbound (root) administrator"]);
      break;
  }
  return issues;
}
