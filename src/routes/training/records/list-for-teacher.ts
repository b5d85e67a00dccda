import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { teacherRecordPage } from "../../../db/training/record-lists.ts";
import { requireTeacher } from "../../../db/training/records.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { decodeCursor, toPage } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { recordPageSchema, teacherParams, teacherRecordListQuery, toRecord } from "../../../contract/training/records.ts";

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}/training-records",
  operationId: "listTeacherTrainingRecords",
  summary: "List a teacher's training records",
  description: "Ordered by completion date. A teacher may read their own.",
  tags: [TAGS.records],
  "x-permission": "training.read",
  request: { params: teacherParams, query: teacherRecordListQuery },
  responses: {
    200: { description: "A page of records", content: { "application/json": { schema: recordPageSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const { cursor, limit, ...filters } = c.req.valid("query");
  await requireTeacher(c.var.db, c.var.principal, teacherId);
  const after = cursor ? (decodeCursor(cursor, 2) as [string, string]) : undefined;
  const rows = await teacherRecordPage(c.var.db, teacherId, { ...filters, after, limit: limit + 1 });
  return c.json(
    toPage(rows, limit, (r) => [r.completedOn, r.id], toRecord),
    200,
  );
};
