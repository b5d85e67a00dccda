import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { relatedToPrincipal } from "../../../auth/training-scope.ts";
import { NotFound } from "../../../domain/errors.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { ruleParams, ruleSchema, toRule } from "../../../contract/training/rules.ts";
import { ruleById } from "../../../db/training/rules.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-rules/{ruleId}",
  operationId: "getTrainingRule",
  summary: "Get a rule version",
  tags: [TAGS.rules],
  "x-permission": "training.rules.read",
  request: { params: ruleParams },
  responses: {
    200: { description: "The rule version", headers: etagHeaderDoc, content: { "application/json": { schema: ruleSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { ruleId } = c.req.valid("param");
  const row = await ruleById(c.var.db, ruleId);
  if (!row || !relatedToPrincipal(c.var.principal, row.jurisdictionPath)) throw new NotFound("Training rule", ruleId);
  c.header("ETag", etagFor(row.version));
  return c.json(toRule(row), 200);
};
