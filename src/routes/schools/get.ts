import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { canSeeSchool } from "../../auth/scope.ts";
import type { AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, today } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { schoolGetQuery, schoolParams, schoolSchema, toSchool } from "../../contract/schools.ts";
import { findSchoolOn } from "../../db/schools/schools.ts";

export const route = defineRoute({
  method: "get",
  path: "/schools/{schoolId}",
  operationId: "getSchool",
  summary: "Get a school",
  description: "With its classification (stages, ownership, location class, remote, weak, staffing quota) valid on `asOf` (default today).",
  tags: ["Schools"],
  "x-permission": "org.read",
  request: { params: schoolParams, query: schoolGetQuery },
  responses: {
    200: { description: "The school", headers: etagHeaderDoc, content: { "application/json": { schema: schoolSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { schoolId } = c.req.valid("param");
  const { asOf } = c.req.valid("query");
  const row = await findSchoolOn(c.var.db, schoolId, asOf ?? today());
  if (!row || !canSeeSchool(c.var.principal, row.path)) throw ApiError.notFound("School", schoolId);
  c.header("ETag", etagFor(row.version));
  return c.json(toSchool(row), 200);
};
