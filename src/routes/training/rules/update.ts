import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { pathInScope } from "../../../auth/scope.ts";
import { relatedToPrincipal } from "../../../auth/training-scope.ts";
import { recordAudit } from "../../../db/audit/record.ts";
import { trainingRules } from "../../../db/schema/index.ts";
import { updateVersioned } from "../../../db/versioned.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader, today } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { checkRequirementPrograms, ruleColumns } from "./create.ts";
import { ruleParams, ruleSchema, ruleUpdateSchema, toRule } from "../../../contract/training/rules.ts";
import { rulesWithPath } from "../../../db/training/rules.ts";

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
  const body = c.req.valid("json");
  const expected = expectedVersion(c);
  const principal = c.var.principal;
  const row = await c.var.db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: trainingRules.id }).from(trainingRules).where(eq(trainingRules.id, ruleId)).for("update");
    const [current] = locked ? await rulesWithPath(tx).where(eq(trainingRules.id, ruleId)) : [];
    if (!current || !relatedToPrincipal(principal, current.jurisdictionPath)) throw ApiError.notFound("Training rule", ruleId);
    if (!pathInScope(principal, current.jurisdictionPath)) throw new ApiError("forbidden", "The rule belongs to a jurisdiction above the caller's");
    const day = today();
    if (current.effectiveFrom <= day) throw new ApiError("conflict", `This version has been in force since ${current.effectiveFrom}; add a new version instead`);
    if (body.effectiveFrom !== undefined && body.effectiveFrom <= day) {
      throw ApiError.invalid("A correction cannot bring a version into force in the past", [{ pointer: "/effectiveFrom", detail: `Must be after ${day}` }]);
    }
    if (body.requirements) await checkRequirementPrograms(tx, body.requirements);
    const updated = await updateVersioned(tx, trainingRules, "Training rule", ruleId, expected, ruleColumns(body));
    await recordAudit(tx, actorOf(c), { action: "update", entity: "TrainingRule", entityId: ruleId, orgPath: current.jurisdictionPath, before: current, after: updated });
    return updated;
  });
  c.header("ETag", etagFor(row.version));
  return c.json(toRule(row), 200);
};
