import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { schoolCreateSchema, schoolSchema, toSchool } from "../../contract/schools.ts";
import { createSchool } from "../../services/schools/create.ts";

export const route = defineRoute({
  method: "post",
  path: "/schools",
  operationId: "createSchool",
  summary: "Create a school",
  description: "The classification sent is the school's first period, valid since its creation (validFrom null).",
  tags: ["Schools"],
  "x-permission": "org.write",
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: schoolCreateSchema } } },
  },
  responses: {
    201: { description: "Created", headers: etagHeaderDoc, content: { "application/json": { schema: schoolSchema } } },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const row = await createSchool(c.var.db, actorOf(c), c.req.valid("json"));
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/schools/${row.id}`);
  return c.json(toSchool(row), 201);
};
