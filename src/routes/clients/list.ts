import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { clientListQuery, clientPageSchema, toClient } from "../../contract/clients.ts";
import { listClients } from "../../db/clients/list.ts";

export const route = defineRoute({
  method: "get",
  path: "/clients",
  operationId: "listClients",
  summary: "List API clients",
  tags: ["Clients"],
  "x-permission": "clients.manage",
  request: { query: clientListQuery },
  responses: {
    200: { description: "A page of clients", content: { "application/json": { schema: clientPageSchema } } },
    ...errorResponses(403),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const after = q.cursor ? String(decodeCursor(q.cursor, 1)[0]) : undefined;
  const rows = await listClients(c.var.db, c.var.principal, {
    role: q.role,
    disabled: q.disabled ? q.disabled === "true" : undefined,
    after,
    limit: q.limit,
  });
  return c.json(
    toPage(rows, q.limit, (r) => [r.id], toClient),
    200,
  );
};
