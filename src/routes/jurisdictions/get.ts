import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { canSeeJurisdiction } from "../../auth/scope.ts";
import type { AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { jurisdictionParams, jurisdictionSchema, toJurisdiction } from "../../contract/jurisdictions.ts";
import { findJurisdiction } from "../../db/jurisdictions/jurisdictions.ts";

export const route = defineRoute({
  method: "get",
  path: "/jurisdictions/{jurisdictionId}",
  operationId: "getJurisdiction",
  summary: "Get a jurisdiction",
  tags: ["Jurisdictions"],
  "x-permission": "org.read",
  request: { params: jurisdictionParams },
  responses: {
    200: { description: "The jurisdiction", headers: etagHeaderDoc, content: { "application/json": { schema: jurisdictionSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { jurisdictionId } = c.req.valid("param");
  const row = await findJurisdiction(c.var.db, jurisdictionId);
  if (!row || !canSeeJurisdiction(c.var.principal, row.path)) throw ApiError.notFound("Jurisdiction", jurisdictionId);
  c.header("ETag", etagFor(row.version));
  return c.json(toJurisdiction(row), 200);
};
