import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { jurisdictionPath } from "../../../db/paths.ts";
import { trainingRecords } from "../../../db/schema/index.ts";
import { teacherAttributeConditions } from "../../../db/teachers/filters.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { decodeCursor, toPage, today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { recordListQuery, recordPageSchema, toRecord } from "../../../contract/training/records.ts";
import { recordFilters, recordScope } from "../../../db/training/records.ts";

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
  const q = c.req.valid("query");
  const db = c.var.db;
  const where: (SQL | undefined)[] = [recordScope(c.var.principal), ...recordFilters(q)];
  if (q.teacherId) where.push(eq(trainingRecords.teacherId, q.teacherId));
  if (q.schoolId || q.jurisdictionId) {
    const path = q.jurisdictionId ? await jurisdictionPath(db, q.jurisdictionId) : undefined;
    if (q.jurisdictionId && !path) return c.json({ items: [], nextCursor: null }, 200);
    const conditions = teacherAttributeConditions({ schoolId: q.schoolId, jurisdictionPath: path }, sql`${today()}`);
    where.push(sql`exists (select 1 from teachers where "teachers"."id" = "training_records"."teacher_id" and ${and(...conditions)})`);
  }
  if (q.cursor) where.push(gt(trainingRecords.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await db
    .select()
    .from(trainingRecords)
    .where(and(...where))
    .orderBy(asc(trainingRecords.id))
    .limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.id], toRecord), 200);
};
