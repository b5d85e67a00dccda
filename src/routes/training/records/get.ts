import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { recordParams, recordSchema, toRecord } from "../../../contract/training/records.ts";
import { findRecord } from "../../../db/training/records.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-records/{recordId}",
  operationId: "getTrainingRecord",
  summary: "Get a training record",
  tags: [TAGS.records],
  "x-permission": "training.read",
  request: { params: recordParams },
  responses: {
    200: { description: "The record", headers: etagHeaderDoc, content: { "application/json": { schema: recordSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { recordId } = c.req.valid("param");
  const row = await findRecord(c.var.db, c.var.principal, recordId);
  c.header("ETag", etagFor(row.version));
  return c.json(toRecord(row), 200);
};
