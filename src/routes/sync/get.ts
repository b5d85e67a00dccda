import { z, type RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { canSeeSchool } from "../../auth/scope.ts";
import { findBatch } from "../../db/sync/batches.ts";
import type { AppEnv } from "../../lib/context.ts";
import { pathId } from "../../lib/http.ts";
import type { Replay } from "../../lib/middleware.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { syncBatchSchema, toBatch } from "../../contract/sync.ts";

export const route = defineRoute({
  method: "get",
  path: "/sync/batches/{batchId}",
  operationId: "getSyncBatch",
  summary: "A pushed batch and its stored result",
  tags: ["Sync"],
  "x-permission": "sync.read",
  request: { params: z.object({ batchId: pathId("batchId") }) },
  responses: {
    200: { description: "The batch", content: { "application/json": { schema: syncBatchSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { batchId } = c.req.valid("param");
  const found = await findBatch(c.var.db, batchId);
  if (!found || !canSeeSchool(c.var.principal, found.path)) throw ApiError.notFound("Sync batch", batchId);
  return c.json(toBatch(found.batch), 200);
};

/**
 * A replay of POST /v1/sync/batches (same Idempotency-Key and body): the batch as stored, so the
 * idempotency key keeps its Location rather than a second copy of the result (src/lib/middleware.ts).
 */
export const replaySyncBatch: Replay = async (c, location) => {
  const found = await findBatch(c.var.db, location.slice(location.lastIndexOf("/") + 1));
  return c.json(toBatch(found!.batch), 200);
};
