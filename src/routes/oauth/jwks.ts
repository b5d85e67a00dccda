import type { Context } from "hono";
import { defineRoute } from "../../auth/permissions.ts";
import type { AppEnv } from "../../lib/context.ts";
import { errorResponses } from "../../lib/problem.ts";
import { jwksSchema } from "../../contract/oauth.ts";

export const route = defineRoute({
  method: "get",
  path: "/.well-known/jwks.json",
  operationId: "getJwks",
  summary: "Public keys that verify Shizi access tokens",
  tags: ["Auth"],
  security: [],
  "x-permission": "public",
  responses: {
    200: { description: "The JWKS", content: { "application/json": { schema: jwksSchema } } },
    ...errorResponses(),
  },
});

export const handler = async (c: Context<AppEnv>) => {
  const ring = await c.var.deps.auth.keyRing(c.var.db);
  return c.json(ring.jwks, 200, { "Cache-Control": "public, max-age=300" });
};
