import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { jurisdictionPath } from "../../../db/paths.ts";
import { recordPage } from "../../../db/training/record-lists.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { decodeCursor, toPage, today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { recordListQuery, recordPageSchema, toRecord } from "../../../contract/training/records.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-records",
  operationId: "listTrainingRecords",
  summary: "List training records",
  description: "Cursor-paged, ordered by id, records of teachers in the caller's scope. `status=submitted` is the verification queue.",
  tags: [TAGS.records],
  "x-permission": "training.read",
  request: { query: recordListQuery },
  responses: {
    200: { description: "A page of records", content: { "application/json": { schema: recordPageSchema } } },
    ...errorResponses(),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { jurisdictionId, cursor, limit, ...filters } = c.req.valid("query");
  const path = jurisdictionId ? await jurisdictionPath(c.var.db, jurisdictionId) : undefined;
  if (jurisdictionId && !path) return c.json({ items: [], nextCursor: null }, 200);
  const after = cursor ? String(decodeCursor(cursor, 1)[0]) : undefined;
  const rows = await recordPage(c.var.db, c.var.principal, { ...filters, jurisdictionPath: path, on: today(), after, limit: limit + 1 });
  return c.json(
    toPage(rows, limit, (r) => [r.id], toRecord),
    200,
  );
};
