import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { schoolParams, schoolSchema, schoolUpdateSchema, toSchool } from "../../contract/schools.ts";
import { updateSchool } from "../../services/schools/update.ts";

export const route = defineRoute({
  method: "patch",
  path: "/schools/{schoolId}",
  operationId: "updateSchool",
  summary: "Update a school",
  description:
    "Send only the fields to change: code, name, jurisdictionId. Moving a school to another jurisdiction moves it in every subtree filter. The classification (stages, ownership, locationClass, remote, weak, staffingQuota) is dated: a field of it sent here is refused with 422 pointing at it; reclassify from a date with POST /v1/schools/{schoolId}/classifications, or correct a period with PATCH /v1/schools/{schoolId}/classifications/{classificationId}. The answer shows the classification valid today.",
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
  const changes = c.req.valid("json");
  const row = await updateSchool(c.var.db, actorOf(c), { id: schoolId, expected: expectedVersion(c), changes, asOf: today() });
  c.header("ETag", etagFor(row.version));
  return c.json(toSchool(row), 200);
};
