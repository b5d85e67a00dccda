import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { clientCreateSchema, clientWithSecretSchema, toClient } from "../../contract/clients.ts";
import { createClient } from "../../services/clients/create.ts";

export const route = defineRoute({
  method: "post",
  path: "/clients",
  operationId: "createClient",
  summary: "Create an API client",
  description: "The response carries `clientSecret` once; only a slow hash of it is stored.",
  tags: ["Clients"],
  "x-permission": "clients.manage",
  request: { headers: idempotencyHeader, body: { required: true, content: { "application/json": { schema: clientCreateSchema } } } },
  responses: {
    201: {
      description: "Created, with its secret",
      headers: etagHeaderDoc,
      content: { "application/json": { schema: clientWithSecretSchema } },
    },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { row, secret } = await createClient(c.var.db, actorOf(c), c.req.valid("json"), c.var.deps.auth);
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/clients/${row.id}`);
  c.header("Cache-Control", "no-store");
  return c.json({ ...toClient(row), clientSecret: secret }, 201);
};
