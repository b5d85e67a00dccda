import type { Principal } from "../auth/principal.ts";

/**
 * Who a use case acts for, passed explicitly instead of a request: the audit trail's actor (`id`,
 * `role`, `requestId`) and the scope it may read and write (`scope`, the principal's org subtree).
 * A route builds it from its request (src/lib/context.ts `actorOf`); the CLI names itself.
 */
export interface Actor {
  /** The audit trail's actor id: a client id, `external:<subject>`, or `cli:<command>`. */
  id: string;
  /** The audit trail's role: the principal's role, or "cli". */
  role: string;
  /** What the actor may see and change (src/auth/scope.ts reads it). */
  scope: Principal;
  requestId: string | null;
}

/** The whole register, for a command run by an operator (`cli:demo`, `cli:targets:load`). */
export function cliActor(id: string): Actor {
  return {
    id,
    role: "cli",
    scope: { id, role: "bureau_admin", source: "client", orgType: "root", orgId: null, path: null, teacherId: null },
    requestId: null,
  };
}

/** The actor of an authenticated request. */
export function requestActor(principal: Principal, requestId: string | null): Actor {
  return { id: principal.id, role: principal.role, scope: principal, requestId };
}
