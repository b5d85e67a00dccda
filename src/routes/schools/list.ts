import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { jurisdictionPath } from "../../db/paths.ts";
import { listSchools } from "../../db/schools/list.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { schoolListQuery, schoolPageSchema, toSchool } from "../../contract/schools.ts";

export const route = defineRoute({
  method: "get",
  path: "/schools",
  operationId: "listSchools",
  summary: "List schools",
  description:
    "Cursor-paged, ordered by id. `jurisdictionId` includes the whole subtree below that jurisdiction. Each school shows its classification valid on `asOf` (default today), and the classification filters (stage, locationClass, remote, weak, ownership) apply on that date.",
  tags: ["Schools"],
  "x-permission": "org.read",
  request: { query: schoolListQuery },
  responses: {
    200: { description: "A page of schools", content: { "application/json": { schema: schoolPageSchema } } },
    ...errorResponses(),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { jurisdictionId, cursor, asOf, ...filter } = c.req.valid("query");
  let under: string | undefined;
  if (jurisdictionId) {
    under = await jurisdictionPath(c.var.db, jurisdictionId);
    if (!under) return c.json({ items: [], nextCursor: null }, 200);
  }
  const after = cursor ? String(decodeCursor(cursor, 1)[0]) : undefined;
  const rows = await listSchools(c.var.db, c.var.principal, { ...filter, asOf: asOf ?? today(), under, after });
  return c.json(
    toPage(rows, filter.limit, (r) => [r.id], toSchool),
    200,
  );
};
