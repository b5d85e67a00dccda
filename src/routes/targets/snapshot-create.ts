import type { RouteHandler, z } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { seesSmallCells } from "../../auth/policy.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { idempotencyHeader, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { snapshotRequest, snapshotSchema, targetParams, toSnapshot } from "../../contract/targets.ts";
import { createTargetSnapshot } from "../../services/targets/snapshot.ts";

export const route = defineRoute({
  method: "post",
  path: "/targets/{targetId}/snapshots",
  operationId: "createTargetSnapshot",
  summary: "Store an evaluation of the target (a point of its trend)",
  description: "Evaluates the target as of `asOf` and keeps the result as it is now, so the trend shows what was reported then.",
  tags: ["Targets"],
  "x-permission": "targets.write",
  request: {
    params: targetParams,
    headers: idempotencyHeader,
    body: { required: false, content: { "application/json": { schema: snapshotRequest } } },
  },
  responses: {
    201: { description: "Stored", content: { "application/json": { schema: snapshotSchema } } },
    ...errorResponses(403, 404, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const body = (c.req.valid("json") as z.infer<typeof snapshotRequest> | undefined) ?? { groupBy: "none" as const };
  const { target, snapshot } = await createTargetSnapshot(c.var.db, actorOf(c), {
    targetId: c.req.valid("param").targetId,
    asOf: body.asOf ?? today(),
    groupBy: body.groupBy,
  });
  c.header("Location", `/v1/targets/${target.id}/snapshots`);
  return c.json(toSnapshot(snapshot, !seesSmallCells(c.var.principal.role)), 201);
};
