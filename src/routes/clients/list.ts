import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { clients } from "../../db/schema/index.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { clientListQuery, clientPageSchema, toClient } from "../../contract/clients.ts";
import { clientScope } from "../../db/clients/clients.ts";

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
  const where: (SQL | undefined)[] = [clientScope(c.var.principal)];
  if (q.role) where.push(eq(clients.role, q.role));
  if (q.disabled) where.push(eq(clients.disabled, q.disabled === "true"));
  if (q.cursor) where.push(gt(clients.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await c.var.db.select().from(clients).where(and(...where)).orderBy(asc(clients.id)).limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.id], toClient), 200);
};
