import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { decodeCursor, encodeCursor } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { modulesOfProgram, visibleProgram } from "../../../db/training/programs.ts";
import { enrollmentDetails, enrollmentPage } from "../../../db/training/enrollments.ts";
import { programParams } from "../../../contract/training/programs.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { enrollmentListQuery, enrollmentPageSchema, toEnrollments } from "../../../contract/training/enrollments.ts";

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
  const after = q.cursor ? String(decodeCursor(q.cursor, 1)[0]) : undefined;
  const rows = await enrollmentPage(db, c.var.principal, program.id, {
    status: q.status,
    teacherId: q.teacherId,
    after,
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const modules = await modulesOfProgram(db, program.id);
  const items = toEnrollments(
    page,
    modules,
    await enrollmentDetails(
      db,
      page.map((r) => r.id),
    ),
  );
  return c.json({ items, nextCursor: rows.length > q.limit ? encodeCursor([page[page.length - 1]!.id]) : null }, 200);
};
