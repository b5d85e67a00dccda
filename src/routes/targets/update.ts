import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { MAX_BODY_DEPTH } from "../../domain/metrics/definition.ts";
import { limitJsonDepth } from "../../lib/json-depth.ts";
import { pathInScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { targets } from "../../db/schema/index.ts";
import { updateVersioned } from "../../db/versioned.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { checkMetricSize } from "../../services/metrics/evaluate.ts";
import { targetParams, targetSchema, targetUpdateSchema } from "../../contract/targets.ts";
import { checkTargetTerms, findTarget, targetColumns, toTarget } from "../../db/targets/targets.ts";
import { uniqueCode } from "./unique-code.ts";

export const route = defineRoute({
  method: "patch",
  path: "/targets/{targetId}",
  operationId: "updateTarget",
  summary: "Change a target (or archive it with status archived)",
  description:
    "Targets are plan data: a corrected definition applies to every later evaluation; stored snapshots keep the figures (and the " +
    "definition) they were computed with. Send If-Match with the ETag you read (412 when it changed since).",
  tags: ["Targets"],
  "x-permission": "targets.write",
  middleware: [limitJsonDepth(MAX_BODY_DEPTH)],
  request: { params: targetParams, headers: ifMatchHeader, body: { required: true, content: { "application/json": { schema: targetUpdateSchema } } } },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: targetSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { targetId } = c.req.valid("param");
  const body = c.req.valid("json");
  const expected = expectedVersion(c);
  if (body.metric) checkMetricSize(body.metric, "/metric");
  const row = await c.var.db.transaction(async (tx) => {
    await tx.select({ id: targets.id }).from(targets).where(eq(targets.id, targetId)).for("update");
    const current = await findTarget(tx, c.var.principal, targetId);
    if (!pathInScope(c.var.principal, current.jurisdictionPath)) throw new ApiError("forbidden", "The target belongs to a jurisdiction above the caller's");
    const merged = { metric: body.metric ?? current.metric, unit: body.unit ?? current.unit, comparator: body.comparator ?? current.comparator };
    checkTargetTerms({ ...merged, tolerance: body.tolerance !== undefined ? body.tolerance : current.tolerance === null ? null : Number(current.tolerance) });
    if (body.code !== undefined) await uniqueCode(tx, current.jurisdictionId, body.code, targetId);
    const updated = await updateVersioned(tx, targets, "Target", targetId, expected, targetColumns(body));
    await recordAudit(tx, actorOf(c), { action: "update", entity: "Target", entityId: targetId, orgPath: current.jurisdictionPath, before: current, after: updated });
    return updated;
  });
  c.header("ETag", etagFor(row.version));
  return c.json(toTarget(row), 200);
};
