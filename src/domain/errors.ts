/**
 * What a rule, a service or a query throws when it refuses: plain errors with no HTTP in them. The
 * routes never build problems from these; src/lib/problem.ts `problemFor` maps each kind to its RFC
 * 9457 problem (one place), so the CLI and tests see the same refusal an HTTP caller does.
 */

/** Where in the request an issue is: a JSON pointer into the body, or a parameter's name. */
export interface Issue {
  pointer?: string;
  parameter?: string;
  detail: string;
}

export type RefusalKind = "not_found" | "version_conflict" | "rule_violation" | "conflict" | "scope_violation";

/**
 * A refusal as data: what a DomainError carries, and what a bulk operation records per row (a sync
 * batch keeps one per rejected row in its stored result instead of throwing).
 */
export interface Refusal {
  kind: RefusalKind;
  detail: string;
  issues: Issue[];
}

/** A row-level refusal pointing at one field, with the same detail. */
export function refusal(kind: RefusalKind, detail: string, pointer?: string): Refusal {
  return { kind, detail, issues: pointer ? [{ pointer, detail }] : [] };
}

export abstract class DomainError extends Error implements Refusal {
  abstract readonly kind: RefusalKind;
  constructor(
    readonly detail: string,
    readonly issues: Issue[] = [],
  ) {
    super(detail);
  }
}

/** The record does not exist, or lies outside the caller's scope (the two are never told apart). */
export class NotFound extends DomainError {
  readonly kind = "not_found";
  constructor(what: string, id: string) {
    super(`${what} ${id} was not found`);
  }
}

/** The record changed since the caller read it (If-Match). */
export class VersionConflict extends DomainError {
  readonly kind = "version_conflict";
  constructor(what: string, id: string, version: number | string) {
    super(`${what} ${id} is at version ${String(version)}; read it again`);
  }
}

/** The input breaks a rule; each issue points at the field that breaks it. */
export class RuleViolation extends DomainError {
  readonly kind = "rule_violation";
}

/** The input is valid but clashes with the register's state (an overlap, a duplicate, a mass end). */
export class Conflict extends DomainError {
  readonly kind = "conflict";
}

/** The caller may not do this at all (a role or binding refusal that reveals no record). */
export class ScopeViolation extends DomainError {
  readonly kind = "scope_violation";
}

/** An unknown or out-of-scope reference in the input, pointed at. */
export function invalidReference(pointer: string, what: string, id: string): RuleViolation {
  return new RuleViolation(`${what} ${id} does not exist`, [{ pointer, detail: `No ${what.toLowerCase()} with this id` }]);
}

/** "n field(s) are inconsistent" for issues found by a domain check, pointed at `/field`. */
export function inconsistent(issues: { field: string; detail: string }[], prefix = ""): RuleViolation {
  return new RuleViolation(
    `${issues.length} field${issues.length === 1 ? " is" : "s are"} inconsistent`,
    issues.map((i) => ({ pointer: `${prefix}/${i.field}`, detail: i.detail })),
  );
}
