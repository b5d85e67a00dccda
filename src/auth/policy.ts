import type { Role } from "../domain/vocab.ts";

/**
 * THE policy: which role holds which permission. Routes declare a permission (`x-permission`);
 * only this table decides who holds it. Scope (which rows) is decided by src/auth/scope.ts.
 */
export const PERMISSIONS = [
  "public",
  "vocabularies.read",
  "org.read",
  "org.write",
  "teachers.read",
  "teachers.write",
  /** Ethics (师德) and annual-appraisal records: restricted personal data. */
  "teachers.restricted.read",
  "teachers.restricted.write",
  /** The full national ID number (audited read). */
  "teachers.national_id.read",
  /** A teacher's change history from the audit trail. */
  "teachers.history.read",
  /** Who am I: the caller's principal and, for a teacher, their own record. */
  "me.read",
  "clients.manage",
  "audit.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL = PERMISSIONS.filter((p) => p !== "public");

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  bureau_admin: ALL,
  hr_clerk: [
    "vocabularies.read",
    "org.read",
    "teachers.read",
    "teachers.write",
    "teachers.restricted.read",
    "teachers.restricted.write",
    "teachers.national_id.read",
    "teachers.history.read",
    "me.read",
  ],
  school_sync: ["vocabularies.read", "org.read", "teachers.read", "me.read"],
  reporter: ["vocabularies.read", "org.read", "me.read"],
  teacher: ["vocabularies.read", "me.read", "teachers.read"],
};

export const ROLE_SUMMARY: Record<Role, string> = {
  bureau_admin: "Everything in its subtree, including clients, targets and the audit trail",
  hr_clerk: "Read and write teachers and all their records (incl. ethics and appraisals) in its subtree",
  school_sync: "Bound to one school: read that school's staff (and push sync batches)",
  reporter: "Aggregate reports and targets only; no personal records",
  teacher: "Their own record (GET /v1/me and /v1/teachers/{own id}) only",
};

export function can(role: Role, permission: Permission): boolean {
  return permission === "public" || ROLE_PERMISSIONS[role].includes(permission);
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) => can(r, permission));
}

/** Markdown table of permissions by role, for README.md and the API description. */
export function permissionTable(): string {
  const roles = Object.keys(ROLE_PERMISSIONS) as Role[];
  const head = `| permission | ${roles.join(" | ")} |\n|---|${roles.map(() => "---").join("|")}|`;
  const rows = PERMISSIONS.filter((p) => p !== "public").map((p) => `| \`${p}\` | ${roles.map((r) => (can(r, p) ? "✓" : "")).join(" | ")} |`);
  return [head, ...rows].join("\n");
}
