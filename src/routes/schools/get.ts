import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { canSeeSchool } from "../../auth/scope.ts";
import type { AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { schoolParams, schoolSchema, toSchool } from "../../contract/schools.ts";
import { findSchool } from "../../db/schools/schools.ts";

export const route = defineRoute({
  method: "get",
  path: "/schools/{schoolId}",
  operationId: "getSchool",
  summary: "Get a school",
  tags: ["Schools"],
  "x-permission": "org.read",
  request: { params: schoolParams },
  responses: {
    200: { description: "The school", headers: etagHeaderDoc, content: { "application/json": { schema: schoolSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { schoolId } = c.req.valid("param");
  const row = await findSchool(c.var.db, schoolId);
  if (!row || !canSeeSchool(c.var.principal, row.path)) throw ApiError.notFound("School", schoolId);
  c.header("ETag", etagFor(row.version));
  return c.json(toSchool(row), 200);
};
