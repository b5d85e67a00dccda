import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import type { AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { clientParams, clientSchema, toClient } from "../../contract/clients.ts";
import { findClient } from "../../db/clients/clients.ts";

export const route = defineRoute({
  method: "get",
  path: "/clients/{clientId}",
  operationId: "getClient",
  summary: "Get an API client",
  tags: ["Clients"],
  "x-permission": "clients.manage",
  request: { params: clientParams },
  responses: {
    200: { description: "The client", headers: etagHeaderDoc, content: { "application/json": { schema: clientSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { clientId } = c.req.valid("param");
  const row = await findClient(c.var.db, c.var.principal, clientId);
  if (!row) throw ApiError.notFound("Client", clientId);
  c.header("ETag", etagFor(row.version));
  return c.json(toClient(row), 200);
};
