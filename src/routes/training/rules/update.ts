import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader, today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { ruleParams, ruleSchema, ruleUpdateSchema, toRule } from "../../../contract/training/rules.ts";
import { updateRule } from "../../../services/training/rules.ts";

export const route = defineRoute({
  method: "patch",
  path: "/training-rules/{ruleId}",
  operationId: "updateTrainingRule",
  summary: "Correct a rule version that is not yet in force",
  description:
    "Only a version whose effective date is after today can change (and its new date must be after today too); a version in " +
    "force is immutable (409) so past evaluations stay reproducible: add a new version instead.",
  tags: [TAGS.rules],
  "x-permission": "training.rules.write",
  request: {
    params: ruleParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: ruleUpdateSchema } } },
  },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: ruleSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { ruleId } = c.req.valid("param");
  const row = await updateRule(c.var.db, actorOf(c), {
    ruleId,
    expected: expectedVersion(c),
    changes: c.req.valid("json"),
    today: today(),
  });
  c.header("ETag", etagFor(row.version));
  return c.json(toRule(row), 200);
};
