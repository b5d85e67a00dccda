import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { teacherScope } from "../../../auth/scope.ts";
import { canManageProgram } from "../../../auth/training-scope.ts";
import { trainingEnrollments } from "../../../db/schema/index.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { lockVisibleProgram, modulesOf } from "../../../db/training/programs.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { enrollmentParams, enrollmentSchema, enrollmentUpdateSchema } from "../../../contract/training/enrollments.ts";
import { applyResults, selectEnrollments, shapeEnrollments } from "./store.ts";

export const route = defineRoute({
  method: "patch",
  path: "/training-programs/{programId}/enrollments/{enrollmentId}",
  operationId: "updateTrainingEnrollment",
  summary: "Record a start, result or withdrawal, module results or a score",
  description:
    "enrolled → started (上站) → completed or failed; withdrawn from enrolled or started. A result may be recorded from enrolled " +
    "(the start date is then the result date) and corrected (completed ⇄ failed). Completion credits the programme's hours as a " +
    "verified training record, once; a completion corrected to failed rejects that record. Disallowed transitions are 409.",
  tags: [TAGS.programs],
  "x-permission": "training.write",
  request: {
    params: enrollmentParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: enrollmentUpdateSchema } } },
  },
  responses: {
    200: { description: "Updated (or unchanged)", headers: etagHeaderDoc, content: { "application/json": { schema: enrollmentSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId, enrollmentId } = c.req.valid("param");
  const input = c.req.valid("json");
  const expected = expectedVersion(c);
  const principal = c.var.principal;
  const item = await c.var.db.transaction(async (tx) => {
    const program = await lockVisibleProgram(tx, principal, programId);
    const where = and(eq(trainingEnrollments.id, enrollmentId), eq(trainingEnrollments.programId, program.id), teacherScope(principal, sql.raw(`"training_enrollments"."teacher_id"`)));
    const [current] = await selectEnrollments(tx, where, undefined, true);
    if (!current) throw ApiError.notFound("Enrolment", enrollmentId);
    if (!canManageProgram(principal, program.ownerPath)) throw new ApiError("forbidden", "Only the programme owner's subtree records results");
    if (expected !== undefined && current.version !== expected) {
      throw new ApiError("precondition_failed", `Enrolment ${enrollmentId} is at version ${current.version}; read it again`);
    }
    const modules = (await modulesOf(tx, [program.id])).get(program.id)!;
    const [out] = await applyResults(tx, c, program, modules, [{ row: null, enrollment: current, input }]);
    const [item] = await shapeEnrollments(tx, [out!.enrollment], modules);
    return item!;
  });
  c.header("ETag", etagFor(item.version));
  return c.json(item, 200);
};
