import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { limitJsonDepth } from "../../lib/json-depth.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { idempotencyHeader, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { evaluateRequestSchema, evaluationSchema } from "../../contract/metrics.ts";
import { checkMetricSize, MAX_BODY_DEPTH } from "../../domain/metrics/definition.ts";
import { evaluate, resolveJurisdiction } from "../../services/metrics/evaluate.ts";

export const route = defineRoute({
  method: "post",
  path: "/metrics/evaluate",
  operationId: "evaluateMetric",
  summary: "Evaluate an ad-hoc metric definition over a jurisdiction as of a date",
  description:
    "The same evaluation as a target's, for a definition that is not stored (to try one out before saving a target). The " +
    "definition is declarative JSON (see the Metric schema); it is compiled to one set-based SQL statement. For the reporter role, " +
    "breakdown cells about fewer than 5 people are suppressed. `knownAt` applies to training compliance only (see the field).",
  tags: ["Targets"],
  "x-permission": "targets.read",
  middleware: [limitJsonDepth(MAX_BODY_DEPTH)],
  request: { headers: idempotencyHeader, body: { required: true, content: { "application/json": { schema: evaluateRequestSchema } } } },
  responses: {
    200: { description: "The evaluation", content: { "application/json": { schema: evaluationSchema } } },
    ...errorResponses(403, 404, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const body = c.req.valid("json");
  checkMetricSize(body.metric, "/metric");
  const actor = actorOf(c);
  const jurisdiction = await resolveJurisdiction(c.var.db, actor, body.jurisdictionId, { pointer: "/jurisdictionId" });
  const result = await evaluate(c.var.db, actor, {
    metric: body.metric,
    jurisdiction,
    asOf: body.asOf ?? today(),
    knownAt: body.knownAt,
    groupBy: body.groupBy,
    terms: null,
    targetId: null,
  });
  return c.json(result, 200);
};
