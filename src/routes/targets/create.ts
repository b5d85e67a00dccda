import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { MAX_BODY_DEPTH } from "../../domain/metrics/definition.ts";
import { limitJsonDepth } from "../../lib/json-depth.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { targetCreateSchema, targetSchema, toTarget } from "../../contract/targets.ts";
import { createTarget } from "../../services/targets/create.ts";

export const route = defineRoute({
  method: "post",
  path: "/targets",
  operationId: "createTarget",
  summary: "Add a target to a jurisdiction's plan",
  description:
    "The metric is a declarative definition (see Metric); `unit` must be the unit it yields (percent for shares, years for " +
    "averages, people or designations for counts). A code is unique per jurisdiction (409).",
  tags: ["Targets"],
  "x-permission": "targets.write",
  middleware: [limitJsonDepth(MAX_BODY_DEPTH)],
  request: { headers: idempotencyHeader, body: { required: true, content: { "application/json": { schema: targetCreateSchema } } } },
  responses: {
    201: { description: "Created", headers: etagHeaderDoc, content: { "application/json": { schema: targetSchema } } },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const row = await createTarget(c.var.db, actorOf(c), c.req.valid("json"));
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/targets/${row.id}`);
  return c.json(toTarget(row), 201);
};
