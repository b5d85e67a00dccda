import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { jurisdictionParams, jurisdictionSchema, jurisdictionUpdateSchema, toJurisdiction } from "../../contract/jurisdictions.ts";
import { updateJurisdiction } from "../../services/jurisdictions/update.ts";

export const route = defineRoute({
  method: "patch",
  path: "/jurisdictions/{jurisdictionId}",
  operationId: "updateJurisdiction",
  summary: "Update a jurisdiction",
  description: "Changing `parentId` moves the whole subtree (its jurisdictions and schools) in one transaction.",
  tags: ["Jurisdictions"],
  "x-permission": "org.write",
  request: {
    params: jurisdictionParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: jurisdictionUpdateSchema } } },
  },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: jurisdictionSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { jurisdictionId } = c.req.valid("param");
  const changes = c.req.valid("json");
  const row = await updateJurisdiction(c.var.db, actorOf(c), { id: jurisdictionId, expected: expectedVersion(c), changes });
  c.header("ETag", etagFor(row.version));
  return c.json(toJurisdiction(row), 200);
};
