import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { findTarget } from "../../db/targets/targets.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { evaluationQuery, evaluationSchema } from "../../contract/metrics.ts";
import { targetParams } from "../../contract/targets.ts";
import { evaluateTarget } from "../../services/targets/evaluate.ts";

export const route = defineRoute({
  method: "get",
  path: "/targets/{targetId}/evaluation",
  operationId: "evaluateTarget",
  summary: "Evaluate a target as of a date: value, met, gap, days to deadline, breakdown",
  description:
    "Numerator, denominator and value over the target's jurisdiction with the register as it was on `asOf` (assignments, titles, " +
    "education, designations and credentials valid that day), whether it meets the target, the gap (and, for shares, how many people " +
    "short), the days left to the deadline, and one row per school or child jurisdiction in scope. For the reporter role, cells about " +
    "fewer than 5 people are suppressed. `knownAt` (training compliance only) evaluates the training records as recorded by that " +
    "instant; see the parameter.",
  tags: ["Targets"],
  "x-permission": "targets.read",
  request: { params: targetParams, query: evaluationQuery },
  responses: {
    200: { description: "The evaluation", content: { "application/json": { schema: evaluationSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const t = await findTarget(c.var.db, c.var.principal, c.req.valid("param").targetId);
  return c.json(await evaluateTarget(c.var.db, actorOf(c), t, q.asOf ?? today(), q.groupBy, q.knownAt), 200);
};
