import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import {
  schoolClassificationParams,
  schoolClassificationSchema,
  schoolClassificationUpdateSchema,
  toSchoolClassification,
} from "../../../contract/school-classifications.ts";
import { correctClassification } from "../../../services/schools/classifications.ts";

export const route = defineRoute({
  method: "patch",
  path: "/schools/{schoolId}/classifications/{classificationId}",
  operationId: "updateSchoolClassification",
  summary: "Correct a classification period in place",
  description:
    "Corrections keep the period's id; send only the fields to change (If-Match: the version read). Moving a later period's start moves the previous period's end with it; the first period keeps no start.",
  tags: ["Schools"],
  "x-permission": "org.write",
  request: {
    params: schoolClassificationParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: schoolClassificationUpdateSchema } } },
  },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: schoolClassificationSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { schoolId, classificationId } = c.req.valid("param");
  const change = c.req.valid("json");
  const row = await correctClassification(c.var.db, actorOf(c), { schoolId, id: classificationId, expected: expectedVersion(c), change });
  c.header("ETag", etagFor(row.version));
  return c.json(toSchoolClassification(row), 200);
};
