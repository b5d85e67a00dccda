import type { RouteHandler } from "@hono/zod-openapi";
import { eq, inArray } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { pathInScope } from "../../../auth/scope.ts";
import { recordAudit } from "../../../db/audit/record.ts";
import { jurisdictions, trainingPrograms, trainingRules, type RuleRequirement } from "../../../db/schema/index.ts";
import type { Queryable } from "../../../db/types.ts";
import { invalidReference } from "../../../domain/errors.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { hoursIn, TAGS } from "../../../contract/training/shared.ts";
import { ruleCreateSchema, ruleSchema, toRule } from "../../../contract/training/rules.ts";

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

/** Requirements may name programmes: they must exist. */
export async function checkRequirementPrograms(tx: Queryable, requirements: RuleRequirement[]) {
  const ids = requirements.map((r) => r.programId).filter((x): x is string => !!x);
  if (!ids.length) return;
  const found = new Set((await tx.select({ id: trainingPrograms.id }).from(trainingPrograms).where(inArray(trainingPrograms.id, ids))).map((r) => r.id));
  const i = requirements.findIndex((r) => r.programId && !found.has(r.programId));
  if (i >= 0) throw ApiError.invalid("A requirement names an unknown programme", [{ pointer: `/requirements/${i}/programId`, detail: "No programme with this id" }]);
}

export function ruleColumns<T extends { hoursPerCycle?: number; minHoursPerYear?: number | null }>(body: T) {
  const out: Record<string, unknown> = { ...body };
  if (body.hoursPerCycle !== undefined) out.hoursPerCycle = hoursIn(body.hoursPerCycle);
  if (body.minHoursPerYear !== undefined) out.minHoursPerYear = body.minHoursPerYear === null ? null : hoursIn(body.minHoursPerYear);
  return out;
}

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const body = c.req.valid("json");
  const row = await c.var.db.transaction(async (tx) => {
    const [j] = await tx.select({ path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, body.jurisdictionId)).for("share");
    if (!j || !pathInScope(c.var.principal, j.path)) throw invalidReference("/jurisdictionId", "Jurisdiction", body.jurisdictionId);
    await checkRequirementPrograms(tx, body.requirements);
    const [created] = await tx.insert(trainingRules).values(ruleColumns(body) as typeof trainingRules.$inferInsert).returning();
    await recordAudit(tx, actorOf(c), { action: "create", entity: "TrainingRule", entityId: created!.id, orgPath: j.path, after: created! });
    return created!;
  });
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/training-rules/${row.id}`);
  return c.json(toRule(row), 201);
};
