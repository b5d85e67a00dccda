import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { defineRoute } from "../../auth/permissions.ts";
import { decoyHash, verifySecret } from "../../auth/secrets.ts";
import { issueToken } from "../../auth/tokens.ts";
import { clientById, markClientUsed } from "../../db/clients/clients.ts";
import type { AppEnv } from "../../lib/context.ts";
import { errorResponses } from "../../lib/problem.ts";
import { oauthErrorSchema, tokenRequestSchema, tokenResponseSchema } from "../../contract/oauth.ts";

const form = "application/x-www-form-urlencoded";

export const route = defineRoute({
  method: "post",
  path: "/oauth/token",
  operationId: "createToken",
  summary: "Get an access token (OAuth 2.0 client credentials)",
  description:
    "RFC 6749 §4.4. Send `grant_type=client_credentials` form-encoded; authenticate with HTTP Basic " +
    "(client id and secret) or with `client_id` and `client_secret` in the body. Errors use RFC 6749 bodies.",
  tags: ["Auth"],
  security: [],
  "x-permission": "public",
  request: { body: { required: true, content: { [form]: { schema: tokenRequestSchema } } } },
  responses: {
    ...errorResponses(415),
    200: { description: "A bearer token", content: { "application/json": { schema: tokenResponseSchema } } },
    400: { description: "invalid_request or unsupported_grant_type", content: { "application/json": { schema: oauthErrorSchema } } },
    401: { description: "invalid_client", content: { "application/json": { schema: oauthErrorSchema } } },
    429: { description: "slow_down: too many token requests", content: { "application/json": { schema: oauthErrorSchema } } },
  },
});

function oauthError(
  c: Context<AppEnv>,
  status: 400 | 401 | 429,
  error: z.infer<typeof oauthErrorSchema>["error"],
  description: string,
  headers: Record<string, string> = {},
) {
  return c.json({ error, error_description: description }, status, { "Cache-Control": "no-store", ...headers });
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | null | undefined {
  if (!header) return undefined;
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!m) return null;
  try {
    const decoded = atob(m[1]!);
    const i = decoded.indexOf(":");
    if (i < 0) return null;
    // RFC 6749 §2.3.1: both parts are form-urlencoded before base64.
    return {
      id: decodeURIComponent(decoded.slice(0, i).replace(/\+/g, " ")),
      secret: decodeURIComponent(decoded.slice(i + 1).replace(/\+/g, " ")),
    };
  } catch {
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const handler = async (c: Context<AppEnv>) => {
  const body = (await c.req.parseBody()) as Record<string, unknown>;
  const str = (k: string) => (typeof body[k] === "string" ? (body[k] as string) : undefined);
  if (str("grant_type") === undefined) return oauthError(c, 400, "invalid_request", "grant_type is required");
  if (str("grant_type") !== "client_credentials")
    return oauthError(c, 400, "unsupported_grant_type", "Only client_credentials is supported");

  const basic = basicCredentials(c.req.header("authorization"));
  if (basic === null) return oauthError(c, 400, "invalid_request", "The Authorization header is not valid HTTP Basic");
  if (basic && (str("client_id") !== undefined || str("client_secret") !== undefined)) {
    return oauthError(c, 400, "invalid_request", "Use one client authentication method, not both");
  }
  const id = basic?.id ?? str("client_id");
  const secret = basic?.secret ?? str("client_secret");
  if (!id || !secret) return oauthError(c, 400, "invalid_request", "client_id and client_secret are required");

  const { auth } = c.var.deps;
  const wait = auth.tokenLimiter.hit(`token:${id}`);
  if (wait > 0) return oauthError(c, 429, "slow_down", `Too many token requests; retry in ${wait} s`, { "Retry-After": String(wait) });

  const db = c.var.db;
  const client = UUID.test(id) ? await clientById(db, id) : undefined;
  // Same work for an unknown client as for a wrong secret, so timing reveals nothing.
  const ok = await verifySecret(secret, client?.secretHash ?? (await decoyHash(auth.secretIterations)));
  if (!client || !ok || client.disabled) {
    return oauthError(c, 401, "invalid_client", "Client authentication failed", basic ? { "WWW-Authenticate": 'Basic realm="shizi"' } : {});
  }
  const orgType = client.role === "teacher" ? "teacher" : client.schoolId ? "school" : client.jurisdictionId ? "jurisdiction" : "root";
  const orgId = client.teacherId ?? client.schoolId ?? client.jurisdictionId ?? null;
  const { token, expiresIn } = await issueToken(await auth.keyRing(db), auth.tokens, {
    clientId: client.id,
    role: client.role,
    orgType,
    orgId,
  });
  await markClientUsed(db, client.id);
  return c.json({ access_token: token, token_type: "Bearer" as const, expires_in: expiresIn }, 200, {
    "Cache-Control": "no-store",
    Pragma: "no-cache",
  });
};
