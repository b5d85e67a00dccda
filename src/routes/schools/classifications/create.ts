import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import {
  schoolClassificationCreateSchema,
  schoolClassificationSchema,
  toSchoolClassification,
} from "../../../contract/school-classifications.ts";
import { schoolParams } from "../../../contract/schools.ts";
import { addClassification } from "../../../services/schools/classifications.ts";

export const route = defineRoute({
  method: "post",
  path: "/schools/{schoolId}/classifications",
  operationId: "createSchoolClassification",
  summary: "Reclassify a school from a date",
  description:
    "A new period from `validFrom`: the current one ends the day before, and every earlier date keeps its answer. Facts not sent carry over. A start on or before the current period's start is refused with 422: correct that period (PATCH) instead.",
  tags: ["Schools"],
  "x-permission": "org.write",
  request: {
    params: schoolParams,
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: schoolClassificationCreateSchema } } },
  },
  responses: {
    201: { description: "Created", headers: etagHeaderDoc, content: { "application/json": { schema: schoolClassificationSchema } } },
    ...errorResponses(403, 404, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { schoolId } = c.req.valid("param");
  const row = await addClassification(c.var.db, actorOf(c), schoolId, c.req.valid("json"));
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/schools/${schoolId}/classifications/${row.id}`);
  return c.json(toSchoolClassification(row), 201);
};
