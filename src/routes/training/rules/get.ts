import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { relatedToPrincipal } from "../../../auth/training-scope.ts";
import { trainingRules } from "../../../db/schema/index.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { ruleParams, ruleSchema, toRule } from "../../../contract/training/rules.ts";
import { rulesWithPath } from "../../../db/training/rules.ts";

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
  const [row] = await rulesWithPath(c.var.db).where(eq(trainingRules.id, ruleId));
  if (!row || !relatedToPrincipal(c.var.principal, row.jurisdictionPath)) throw ApiError.notFound("Training rule", ruleId);
  c.header("ETag", etagFor(row.version));
  return c.json(toRule(row), 200);
};
