import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { jurisdictionCreateSchema, jurisdictionSchema, toJurisdiction } from "../../contract/jurisdictions.ts";
import { createJurisdiction } from "../../services/jurisdictions/create.ts";

export const route = defineRoute({
  method: "post",
  path: "/jurisdictions",
  operationId: "createJurisdiction",
  summary: "Create a jurisdiction",
  description: "A child must be at a lower administrative level than its parent (county and district are peers).",
  tags: ["Jurisdictions"],
  "x-permission": "org.write",
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: jurisdictionCreateSchema } } },
  },
  responses: {
    201: { description: "Created", headers: etagHeaderDoc, content: { "application/json": { schema: jurisdictionSchema } } },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const row = await createJurisdiction(c.var.db, actorOf(c), c.req.valid("json"));
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/jurisdictions/${row.id}`);
  return c.json(toJurisdiction(row), 201);
};
