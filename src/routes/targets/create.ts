import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { MAX_BODY_DEPTH } from "../../domain/metrics/definition.ts";
import { limitJsonDepth } from "../../lib/json-depth.ts";
import { pathInScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { jurisdictions, targets } from "../../db/schema/index.ts";
import { invalidReference } from "../../domain/errors.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { checkMetricSize } from "../../services/metrics/evaluate.ts";
import { targetCreateSchema, targetSchema } from "../../contract/targets.ts";
import { checkTargetTerms, targetColumns, toTarget } from "../../db/targets/targets.ts";
import { uniqueCode } from "./unique-code.ts";

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
  const body = c.req.valid("json");
  checkMetricSize(body.metric, "/metric");
  checkTargetTerms(body);
  const row = await c.var.db.transaction(async (tx) => {
    const [j] = await tx.select({ path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, body.jurisdictionId)).for("share");
    if (!j || !pathInScope(c.var.principal, j.path)) throw invalidReference("/jurisdictionId", "Jurisdiction", body.jurisdictionId);
    await uniqueCode(tx, body.jurisdictionId, body.code);
    const [created] = await tx.insert(targets).values(targetColumns(body) as typeof targets.$inferInsert).returning();
    await recordAudit(tx, actorOf(c), { action: "create", entity: "Target", entityId: created!.id, orgPath: j.path, after: created! });
    return created!;
  });
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/targets/${row.id}`);
  return c.json(toTarget(row), 201);
};
