import type { RouteHandler } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { canSeeSchool } from "../../../auth/scope.ts";
import { classificationHistory } from "../../../db/schools/classifications.ts";
import { findSchool } from "../../../db/schools/schools.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { schoolClassificationSchema, toSchoolClassification } from "../../../contract/school-classifications.ts";
import { schoolParams } from "../../../contract/schools.ts";

const history = z
  .object({ items: z.array(schoolClassificationSchema) })
  .openapi("SchoolClassificationHistory", { description: "Every period, in date order (a school has few: the list is not paged)" });

export const route = defineRoute({
  method: "get",
  path: "/schools/{schoolId}/classifications",
  operationId: "listSchoolClassifications",
  summary: "A school's classification history",
  description:
    "The periods of its stages, ownership, location class, remote and weak flags and staffing quota, in date order. They tile time: the first holds since the school's creation (validFrom null), each later one from its validFrom, the last is open (validTo null).",
  tags: ["Schools"],
  "x-permission": "org.read",
  request: { params: schoolParams },
  responses: {
    200: { description: "The history", content: { "application/json": { schema: history } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { schoolId } = c.req.valid("param");
  const school = await findSchool(c.var.db, schoolId);
  if (!school || !canSeeSchool(c.var.principal, school.path)) throw ApiError.notFound("School", schoolId);
  const rows = await classificationHistory(c.var.db, schoolId);
  return c.json({ items: rows.map(toSchoolClassification) }, 200);
};
