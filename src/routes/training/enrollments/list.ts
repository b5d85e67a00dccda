import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, gt, sql, type SQL } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { teacherScope } from "../../../auth/scope.ts";
import { trainingEnrollments } from "../../../db/schema/index.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { decodeCursor, encodeCursor } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { modulesOf, visibleProgram } from "../../../db/training/programs.ts";
import { programParams } from "../../../contract/training/programs.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { enrollmentListQuery, enrollmentPageSchema } from "../../../contract/training/enrollments.ts";
import { selectEnrollments, shapeEnrollments } from "./store.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-programs/{programId}/enrollments",
  operationId: "listTrainingEnrollments",
  summary: "List a programme's enrolments",
  description: "Cursor-paged, ordered by id; only enrolments of teachers in the caller's scope (a teacher: their own).",
  tags: [TAGS.programs],
  "x-permission": "training.read",
  request: { params: programParams, query: enrollmentListQuery },
  responses: {
    200: { description: "A page of enrolments", content: { "application/json": { schema: enrollmentPageSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId } = c.req.valid("param");
  const q = c.req.valid("query");
  const db = c.var.db;
  const program = await visibleProgram(db, c.var.principal, programId);
  const where: (SQL | undefined)[] = [eq(trainingEnrollments.programId, program.id), teacherScope(c.var.principal, sql.raw(`"training_enrollments"."teacher_id"`))];
  if (q.status) where.push(eq(trainingEnrollments.status, q.status));
  if (q.teacherId) where.push(eq(trainingEnrollments.teacherId, q.teacherId));
  if (q.cursor) where.push(gt(trainingEnrollments.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await selectEnrollments(db, and(...where), q.limit + 1);
  const page = rows.slice(0, q.limit);
  const modules = (await modulesOf(db, [program.id])).get(program.id)!;
  const items = await shapeEnrollments(db, page, modules);
  return c.json({ items, nextCursor: rows.length > q.limit ? encodeCursor([page[page.length - 1]!.id]) : null }, 200);
};
