import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { jurisdictionScope } from "../../auth/scope.ts";
import { jurisdictionPath, underPath } from "../../db/paths.ts";
import { jurisdictions } from "../../db/schema/index.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { jurisdictionListQuery, jurisdictionPageSchema, toJurisdiction } from "../../contract/jurisdictions.ts";

export const route = defineRoute({
  method: "get",
  path: "/jurisdictions",
  operationId: "listJurisdictions",
  summary: "List jurisdictions",
  description: "Cursor-paged, ordered by id. Filter by direct parent, level, or a whole subtree.",
  tags: ["Jurisdictions"],
  "x-permission": "org.read",
  request: { query: jurisdictionListQuery },
  responses: {
    200: { description: "A page of jurisdictions", content: { "application/json": { schema: jurisdictionPageSchema } } },
    ...errorResponses(),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const where: (SQL | undefined)[] = [jurisdictionScope(c.var.principal)];
  if (q.parentId) where.push(eq(jurisdictions.parentId, q.parentId));
  if (q.level) where.push(eq(jurisdictions.level, q.level));
  if (q.subtreeOf) {
    const path = await jurisdictionPath(c.var.db, q.subtreeOf);
    if (!path) return c.json({ items: [], nextCursor: null }, 200);
    where.push(underPath(sql`${jurisdictions.path}`, path));
  }
  if (q.cursor) where.push(gt(jurisdictions.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await c.var.db
    .select()
    .from(jurisdictions)
    .where(and(...where))
    .orderBy(asc(jurisdictions.id))
    .limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.id], toJurisdiction), 200);
};
