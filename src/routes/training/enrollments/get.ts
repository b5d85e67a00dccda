import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { NotFound } from "../../../domain/errors.ts";
import { modulesOfProgram, visibleProgram } from "../../../db/training/programs.ts";
import { enrollmentDetails, enrollmentInScope } from "../../../db/training/enrollments.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { enrollmentParams, enrollmentSchema, toEnrollments } from "../../../contract/training/enrollments.ts";

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
  const row = await enrollmentInScope(db, c.var.principal, program.id, enrollmentId);
  if (!row) throw new NotFound("Enrolment", enrollmentId);
  const [item] = toEnrollments([row], await modulesOfProgram(db, program.id), await enrollmentDetails(db, [row.id]));
  c.header("ETag", etagFor(row.version));
  return c.json(item!, 200);
};
