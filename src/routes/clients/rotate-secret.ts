import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { clientParams, clientWithSecretSchema, toClient } from "../../contract/clients.ts";
import { rotateClientSecret } from "../../services/clients/rotate-secret.ts";

export const route = defineRoute({
  method: "post",
  path: "/clients/{clientId}/secret",
  operationId: "rotateClientSecret",
  summary: "Issue a new client secret",
  description: "The old secret stops working for new tokens at once; tokens already issued run until they expire.",
  tags: ["Clients"],
  "x-permission": "clients.manage",
  request: { params: clientParams, headers: idempotencyHeader },
  responses: {
    200: {
      description: "The client with its new secret",
      headers: etagHeaderDoc,
      content: { "application/json": { schema: clientWithSecretSchema } },
    },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { row, secret } = await rotateClientSecret(c.var.db, actorOf(c), c.req.valid("param").clientId, c.var.deps.auth);
  c.header("ETag", etagFor(row.version));
  c.header("Cache-Control", "no-store");
  return c.json({ ...toClient(row), clientSecret: secret }, 200);
};
