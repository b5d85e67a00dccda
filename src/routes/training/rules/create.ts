import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { ruleCreateSchema, ruleSchema, toRule } from "../../../contract/training/rules.ts";
import { createRule } from "../../../services/training/rules.ts";

export const route = defineRoute({
  method: "post",
  path: "/training-rules",
  operationId: "createTrainingRule",
  summary: "Add a rule version to a jurisdiction",
  description:
    "A version applies from `effectiveFrom` to the next version's, to the jurisdiction and everything below it that has no nearer " +
    "version in force. One version per jurisdiction and date (409). A version dated in the past (loading historical rules) changes " +
    "evaluations as of dates after it; the audit trail records when it was added.",
  tags: [TAGS.rules],
  "x-permission": "training.rules.write",
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: ruleCreateSchema } } },
  },
  responses: {
    201: { description: "Created", headers: etagHeaderDoc, content: { "application/json": { schema: ruleSchema } } },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const row = await createRule(c.var.db, actorOf(c), c.req.valid("json"));
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/training-rules/${row.id}`);
  return c.json(toRule(row), 201);
};
