import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { canSeeSchool } from "../../auth/scope.ts";
import { findSchool } from "../../db/schools/schools.ts";
import { listBatches } from "../../db/sync/batches.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, pageSchema, toPage } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { syncBatchListQuery, syncBatchSummarySchema, toBatch } from "../../contract/sync.ts";

export const route = defineRoute({
  method: "get",
  path: "/sync/batches",
  operationId: "listSyncBatches",
  summary: "A school's pushed batches, oldest first (results: GET the batch)",
  tags: ["Sync"],
  "x-permission": "sync.read",
  request: { query: syncBatchListQuery },
  responses: {
    200: {
      description: "A page of batches",
      content: { "application/json": { schema: pageSchema(syncBatchSummarySchema, "SyncBatchPage") } },
    },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const school = await findSchool(c.var.db, q.schoolId);
  if (!school || !canSeeSchool(c.var.principal, school.path)) throw ApiError.notFound("School", q.schoolId);
  const rows = await listBatches(c.var.db, q.schoolId, q.cursor ? String(decodeCursor(q.cursor, 1)[0]) : undefined, q.limit + 1);
  return c.json(
    toPage(
      rows,
      q.limit,
      (r) => [r.id],
      (r) => {
        const { results: _omit, ...summary } = toBatch(r);
        return summary;
      },
    ),
    200,
  );
};
