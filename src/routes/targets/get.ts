import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import type { AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { targetParams, targetSchema, toTarget } from "../../contract/targets.ts";
import { findTarget } from "../../db/targets/targets.ts";

export const route = defineRoute({
  method: "get",
  path: "/targets/{targetId}",
  operationId: "getTarget",
  summary: "Get a target",
  tags: ["Targets"],
  "x-permission": "targets.read",
  request: { params: targetParams },
  responses: {
    200: { description: "The target", headers: etagHeaderDoc, content: { "application/json": { schema: targetSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const row = await findTarget(c.var.db, c.var.principal, c.req.valid("param").targetId);
  c.header("ETag", etagFor(row.version));
  return c.json(toTarget(row), 200);
};
