import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { clientParams, clientSchema, clientUpdateSchema, toClient } from "../../contract/clients.ts";
import { updateClient } from "../../services/clients/update.ts";

export const route = defineRoute({
  method: "patch",
  path: "/clients/{clientId}",
  operationId: "updateClient",
  summary: "Rename, disable or re-enable an API client",
  description: "Disabling takes effect at once: the client's unexpired tokens stop working.",
  tags: ["Clients"],
  "x-permission": "clients.manage",
  request: {
    params: clientParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: clientUpdateSchema } } },
  },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: clientSchema } } },
    ...errorResponses(403, 404, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { clientId } = c.req.valid("param");
  const changes = c.req.valid("json");
  const row = await updateClient(c.var.db, actorOf(c), { id: clientId, expected: expectedVersion(c), changes });
  c.header("ETag", etagFor(row.version));
  return c.json(toClient(row), 200);
};
