import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, or, type SQL } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { trainingRecords } from "../../../db/schema/index.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { decodeCursor, toPage } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { recordPageSchema, teacherParams, teacherRecordListQuery, toRecord } from "../../../contract/training/records.ts";
import { recordFilters, requireTeacher } from "../../../db/training/records.ts";

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
  const q = c.req.valid("query");
  await requireTeacher(c.var.db, c.var.principal, teacherId);
  const where: (SQL | undefined)[] = [eq(trainingRecords.teacherId, teacherId), ...recordFilters(q)];
  if (q.cursor) {
    const [on, id] = decodeCursor(q.cursor, 2) as [string, string];
    where.push(or(gt(trainingRecords.completedOn, on), and(eq(trainingRecords.completedOn, on), gt(trainingRecords.id, id))));
  }
  const rows = await c.var.db
    .select()
    .from(trainingRecords)
    .where(and(...where))
    .orderBy(asc(trainingRecords.completedOn), asc(trainingRecords.id))
    .limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.completedOn, r.id], toRecord), 200);
};
