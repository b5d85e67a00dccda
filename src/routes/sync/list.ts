import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { canSeeSchool } from "../../auth/scope.ts";
import { schools, syncBatches } from "../../db/schema/index.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, pageSchema, toPage } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { syncBatchListQuery, syncBatchSummarySchema } from "../../contract/sync.ts";
import { toBatch } from "./store.ts";

export const route = defineRoute({
  method: "get",
  path: "/sync/batches",
  operationId: "listSyncBatches",
  summary: "A school's pushed batches, oldest first (results: GET the batch)",
  tags: ["Sync"],
  "x-permission": "sync.read",
  request: { query: syncBatchListQuery },
  responses: {
    200: { description: "A page of batches", content: { "application/json": { schema: pageSchema(syncBatchSummarySchema, "SyncBatchPage") } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const [school] = await c.var.db.select({ path: schools.path }).from(schools).where(eq(schools.id, q.schoolId));
  if (!school || !canSeeSchool(c.var.principal, school.path)) throw ApiError.notFound("School", q.schoolId);
  const rows = await c.var.db
    .select()
    .from(syncBatches)
    .where(and(eq(syncBatches.schoolId, q.schoolId), q.cursor ? gt(syncBatches.id, String(decodeCursor(q.cursor, 1)[0])) : undefined))
    .orderBy(asc(syncBatches.id))
    .limit(q.limit + 1);
  return c.json(
    toPage(rows, q.limit, (r) => [r.id], (r) => {
      const { results: _omit, ...summary } = toBatch(r);
      return summary;
    }),
    200,
  );
};
