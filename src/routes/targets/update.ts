import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { MAX_BODY_DEPTH } from "../../domain/metrics/definition.ts";
import { limitJsonDepth } from "../../lib/json-depth.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { targetParams, targetSchema, targetUpdateSchema, toTarget } from "../../contract/targets.ts";
import { updateTarget } from "../../services/targets/update.ts";

export const route = defineRoute({
  method: "patch",
  path: "/targets/{targetId}",
  operationId: "updateTarget",
  summary: "Change a target (or archive it with status archived)",
  description:
    "Targets are plan data: a corrected definition applies to every later evaluation; stored snapshots keep the figures (and the " +
    "definition) they were computed with. Send If-Match with the ETag you read (412 when it changed since).",
  tags: ["Targets"],
  "x-permission": "targets.write",
  middleware: [limitJsonDepth(MAX_BODY_DEPTH)],
  request: {
    params: targetParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: targetUpdateSchema } } },
  },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: targetSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { targetId } = c.req.valid("param");
  const changes = c.req.valid("json");
  const row = await updateTarget(c.var.db, actorOf(c), { id: targetId, expected: expectedVersion(c), changes });
  c.header("ETag", etagFor(row.version));
  return c.json(toTarget(row), 200);
};
