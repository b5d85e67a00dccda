import type { Role } from "../domain/vocab.ts";

/**
 * THE policy: which role holds which permission. Routes declare a permission (`x-permission`);
 * only this table decides who holds it. Scope (which rows) is decided by src/auth/scope.ts.
 */
const PERMISSIONS = [
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
  /** Training: programmes, enrolments, training records, compliance and transcripts in scope (a teacher: their own). */
  "training.read",
  /** Create and change programmes, enrolments and results. */
  "training.write",
  /** Verify or reject submitted training claims. */
  "training.verify",
  /** Submit a training claim (a teacher: for themself). */
  "training.claim",
  /**
   * Load training records with the decision they already had (verified or rejected, its date and decider):
   * the API's claim endpoint for bureau_admin and hr_clerk, sync batches for school systems.
   */
  "training.import",
  /** Continuing-education rule sets (policy data, no personal records). */
  "training.rules.read",
  "training.rules.write",
  /** Aggregate training statistics (no personal records). */
  "training.stats",
  /** The change feed of teachers and their synced records, in scope. */
  "changes.read",
  /** Push staff batches for a school in scope (a school system: its own) and read their results. */
  "sync.push",
  "sync.read",
  /** Targets and metric evaluations: aggregates only (small cells suppressed without reports.small_cells.read). */
  "targets.read",
  /** Create and change targets; store evaluation snapshots. */
  "targets.write",
  /** The teachers behind a target's figures (drill-down): personal records. */
  "targets.members",
  /** Aggregate bureau reports (counts and shares, no personal records). */
  "reports.read",
  /** See report cells with fewer than 5 teachers; without it they are suppressed (small-cell suppression). */
  "reports.small_cells.read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL = PERMISSIONS.filter((p) => p !== "public");

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
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
    "training.read",
    "training.write",
    "training.verify",
    "training.claim",
    "training.import",
    "training.rules.read",
    "training.stats",
    "changes.read",
    "sync.push",
    "sync.read",
    "targets.read",
    "targets.members",
    "reports.read",
    "reports.small_cells.read",
  ],
  school_sync: [
    "vocabularies.read",
    "org.read",
    "teachers.read",
    "me.read",
    "training.read",
    "training.import",
    "training.rules.read",
    "changes.read",
    "sync.push",
    "sync.read",
  ],
  reporter: ["vocabularies.read", "org.read", "me.read", "training.rules.read", "training.stats", "targets.read", "reports.read"],
  teacher: ["vocabularies.read", "me.read", "teachers.read", "training.read", "training.claim"],
};

export const ROLE_SUMMARY: Record<Role, string> = {
  bureau_admin: "Everything in its subtree, including clients, targets and the audit trail",
  hr_clerk: "Read and write teachers and all their records (incl. ethics and appraisals) in its subtree",
  school_sync: "Bound to one school: read that school's staff, push its staff batches and pull their changes",
  reporter: "Aggregate reports and targets only; no personal records",
  teacher: "Their own record (GET /v1/me and /v1/teachers/{own id}), their own training, and training claims for themself",
};

export function can(role: Role, permission: Permission): boolean {
  return permission === "public" || ROLE_PERMISSIONS[role].includes(permission);
}

/** May the role see aggregate cells about fewer than 5 people (small-cell suppression)? */
export function seesSmallCells(role: Role): boolean {
  return can(role, "reports.small_cells.read");
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) => can(r, permission));
}

/** Markdown table of permissions by role, for README.md and the API description. */
export function permissionTable(): string {
  const roles = Object.keys(ROLE_PERMISSIONS) as Role[];
  const head = `| permission | ${roles.join(" | ")} |\n|---|${roles.map(() => "---").join("|")}|`;
  const rows = PERMISSIONS.filter((p) => p !== "public").map(
    (p) => `| \`${p}\` | ${roles.map((r) => (can(r, p) ? "✓" : "")).join(" | ")} |`,
  );
  return [head, ...rows].join("\n");
}
