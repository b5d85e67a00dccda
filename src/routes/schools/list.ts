import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { schoolScope } from "../../auth/scope.ts";
import { jurisdictionPath, underPath } from "../../db/paths.ts";
import { schools } from "../../db/schema/index.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { schoolListQuery, schoolPageSchema, toSchool } from "../../contract/schools.ts";

export const route = defineRoute({
  method: "get",
  path: "/schools",
  operationId: "listSchools",
  summary: "List schools",
  description: "Cursor-paged, ordered by id. `jurisdictionId` includes the whole subtree below that jurisdiction.",
  tags: ["Schools"],
  "x-permission": "org.read",
  request: { query: schoolListQuery },
  responses: {
    200: { description: "A page of schools", content: { "application/json": { schema: schoolPageSchema } } },
    ...errorResponses(),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const where: (SQL | undefined)[] = [schoolScope(c.var.principal)];
  if (q.jurisdictionId) {
    const path = await jurisdictionPath(c.var.db, q.jurisdictionId);
    if (!path) return c.json({ items: [], nextCursor: null }, 200);
    where.push(underPath(sql`${schools.path}`, path));
  }
  if (q.stage) where.push(sql`${q.stage} = any(${schools.stages})`);
  if (q.locationClass) where.push(eq(schools.locationClass, q.locationClass));
  if (q.remote !== undefined) where.push(eq(schools.remote, q.remote));
  if (q.weak !== undefined) where.push(eq(schools.weak, q.weak));
  if (q.ownership) where.push(eq(schools.ownership, q.ownership));
  if (q.cursor) where.push(gt(schools.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await c.var.db
    .select()
    .from(schools)
    .where(and(...where))
    .orderBy(asc(schools.id))
    .limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.id], toSchool), 200);
};
