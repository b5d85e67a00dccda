import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { teacherScope } from "../../../auth/scope.ts";
import { trainingEnrollments } from "../../../db/schema/index.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { modulesOf, visibleProgram } from "../../../db/training/programs.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { enrollmentParams, enrollmentSchema } from "../../../contract/training/enrollments.ts";
import { selectEnrollments, shapeEnrollments } from "./store.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-programs/{programId}/enrollments/{enrollmentId}",
  operationId: "getTrainingEnrollment",
  summary: "Get an enrolment with its module results",
  tags: [TAGS.programs],
  "x-permission": "training.read",
  request: { params: enrollmentParams },
  responses: {
    200: { description: "The enrolment", headers: etagHeaderDoc, content: { "application/json": { schema: enrollmentSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId, enrollmentId } = c.req.valid("param");
  const db = c.var.db;
  const program = await visibleProgram(db, c.var.principal, programId);
  const [row] = await selectEnrollments(
    db,
    and(eq(trainingEnrollments.id, enrollmentId), eq(trainingEnrollments.programId, program.id), teacherScope(c.var.principal, sql.raw(`"training_enrollments"."teacher_id"`))),
  );
  if (!row) throw ApiError.notFound("Enrolment", enrollmentId);
  const [item] = await shapeEnrollments(db, [row], (await modulesOf(db, [program.id])).get(program.id)!);
  c.header("ETag", etagFor(row.version));
  return c.json(item!, 200);
};
