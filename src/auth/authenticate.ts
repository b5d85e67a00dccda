import type { Context, MiddlewareHandler } from "hono";
import { clientPrincipalRow, orgNodePath } from "../db/clients/principal.ts";
import { ROLES, type Role } from "../domain/vocab.ts";
import type { AppEnv } from "../lib/context.ts";
import { ApiError } from "../lib/problem.ts";
import { can, type Permission } from "./policy.ts";
import type { Principal } from "./principal.ts";
import { TokenError, verifyToken } from "./tokens.ts";

function unauthorized(detail: string): ApiError {
  return new ApiError("unauthorized", detail).withHeaders({ "WWW-Authenticate": 'Bearer realm="shizi"' });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Bearer token -> Principal, checking the client row on every request (disabled clients fail at once). */
export async function authenticate(c: Context<AppEnv>): Promise<Principal> {
  const header = c.req.header("authorization");
  if (!header) throw unauthorized("Send an access token: Authorization: Bearer <token> (POST /v1/oauth/token issues one)");
  const m = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header);
  if (!m) throw unauthorized("The Authorization header must be `Bearer <token>`");
  const { db, deps } = c.var;
  let verified: Awaited<ReturnType<typeof verifyToken>>;
  try {
    verified = await verifyToken(await deps.auth.keyRing(db), deps.auth.tokens, m[1]!);
  } catch (err) {
    if (!(err instanceof TokenError)) throw err;
    // A key created by another process since this one loaded its keys: reload once and retry.
    if (!err.unknownKey || !deps.auth.refreshKeys(db)) throw unauthorized(err.message);
    try {
      verified = await verifyToken(await deps.auth.keyRing(db), deps.auth.tokens, m[1]!);
    } catch (again) {
      if (again instanceof TokenError) throw unauthorized(again.message);
      throw again;
    }
  }
  if (verified.source === "client") {
    if (!UUID.test(verified.clientId)) throw unauthorized("The token is not valid");
    const row = await clientPrincipalRow(db, verified.clientId);
    if (!row || row.disabled) throw unauthorized("The client is disabled or unknown");
    const base = { id: verified.clientId, role: row.role, source: "client" as const };
    if (row.role === "teacher") return { ...base, orgType: "teacher", orgId: row.teacherId, path: null, teacherId: row.teacherId };
    if (row.schoolId) return { ...base, orgType: "school", orgId: row.schoolId, path: row.schoolPath, teacherId: null };
    if (row.jurisdictionId)
      return { ...base, orgType: "jurisdiction", orgId: row.jurisdictionId, path: row.jurisdictionPath, teacherId: null };
    if (row.role !== "bureau_admin") throw unauthorized("The client has no org binding");
    return { ...base, orgType: "root", orgId: null, path: null, teacherId: null };
  }
  // External identity: role and org come from mapped claims; only bound principals are accepted.
  const role = verified.role as Role;
  if (!ROLES.includes(role) || role === "teacher") throw unauthorized("The token's role claim is missing or not accepted");
  if (typeof verified.orgId !== "string" || !UUID.test(verified.orgId)) throw unauthorized("The token's org claim is missing");
  const org = await orgNodePath(db, verified.orgId);
  if (!org) throw unauthorized("The token's org is unknown");
  return {
    id: `external:${verified.subject}`,
    role,
    source: "external",
    orgType: org.type,
    orgId: verified.orgId,
    path: org.path,
    teacherId: null,
  };
}

/**
 * The middleware every non-public route gets from defineRoute: authenticate, check the role holds the
 * permission (403 otherwise: a role-level refusal reveals nothing about any record), rate-limit per
 * principal (429 + Retry-After).
 */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = await authenticate(c);
    if (!can(principal.role, permission)) {
      throw new ApiError("forbidden", `The ${principal.role} role does not have ${permission}`);
    }
    const wait = c.var.deps.auth.apiLimiter.hit(principal.id);
    if (wait > 0) throw new ApiError("rate_limited", `Too many requests; retry in ${wait} s`).withHeaders({ "Retry-After": String(wait) });
    c.set("principal", principal);
    await next();
  };
}
