import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { canSeeJurisdiction, canSeeSchool } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { schools } from "../../db/schema/index.ts";
import { updateVersioned } from "../../db/versioned.ts";
import { invalidReference } from "../../domain/errors.ts";
import { childPath } from "../../domain/org.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { lockJurisdiction } from "../../db/jurisdictions/jurisdictions.ts";
import { schoolParams, schoolSchema, schoolUpdateSchema, toSchool } from "../../contract/schools.ts";

export const route = defineRoute({
  method: "patch",
  path: "/schools/{schoolId}",
  operationId: "updateSchool",
  summary: "Update a school",
  description: "Send only the fields to change. Moving a school to another jurisdiction moves it in every subtree filter.",
  tags: ["Schools"],
  "x-permission": "org.write",
  request: {
    params: schoolParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: schoolUpdateSchema } } },
  },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: schoolSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { schoolId } = c.req.valid("param");
  const body = c.req.valid("json");
  const expected = expectedVersion(c);
  const row = await c.var.db.transaction(async (tx) => {
    const [current] = await tx.select().from(schools).where(eq(schools.id, schoolId)).for("update");
    if (!current || !canSeeSchool(c.var.principal, current.path)) throw ApiError.notFound("School", schoolId);
    const values: Record<string, unknown> = { ...body };
    if (body.jurisdictionId) {
      const jurisdiction = await lockJurisdiction(tx, body.jurisdictionId);
      if (!jurisdiction || !canSeeJurisdiction(c.var.principal, jurisdiction.path)) throw invalidReference("/jurisdictionId", "Jurisdiction", body.jurisdictionId);
      values.path = childPath(jurisdiction.path, schoolId);
    }
    const updated = await updateVersioned(tx, schools, "School", schoolId, expected, values);
    await recordAudit(tx, actorOf(c), { action: "update", entity: "School", entityId: schoolId, orgPath: updated.path, before: current, after: updated });
    return updated;
  });
  c.header("ETag", etagFor(row.version));
  return c.json(toSchool(row), 200);
};
