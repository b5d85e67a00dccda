import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { listJurisdictions } from "../../db/jurisdictions/list.ts";
import { jurisdictionPath } from "../../db/paths.ts";
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
  let under: string | undefined;
  if (q.subtreeOf) {
    under = await jurisdictionPath(c.var.db, q.subtreeOf);
    if (!under) return c.json({ items: [], nextCursor: null }, 200);
  }
  const after = q.cursor ? String(decodeCursor(q.cursor, 1)[0]) : undefined;
  const rows = await listJurisdictions(c.var.db, c.var.principal, { parentId: q.parentId, level: q.level, under, after, limit: q.limit });
  return c.json(
    toPage(rows, q.limit, (r) => [r.id], toJurisdiction),
    200,
  );
};
