import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { canManageProgram } from "../../../auth/training-scope.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { lockVisibleProgram, modulesOf } from "../../../db/training/programs.ts";
import { programParams } from "../../../contract/training/programs.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { enrollmentCreateSchema, enrollmentSchema } from "../../../contract/training/enrollments.ts";
import { enrolTeachers, shapeEnrollments } from "./store.ts";

export const route = defineRoute({
  method: "post",
  path: "/training-programs/{programId}/enrollments",
  operationId: "createTrainingEnrollment",
  summary: "Enrol a teacher in a programme",
  description:
    "The teacher must be in the caller's scope and serve under the programme's owner (422 otherwise). A full programme or a " +
    "withdrawn enrolment is 409; enrolling an enrolled teacher again returns the existing enrolment (200).",
  tags: [TAGS.programs],
  "x-permission": "training.write",
  request: {
    params: programParams,
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: enrollmentCreateSchema } } },
  },
  responses: {
    200: { description: "Already enrolled", headers: etagHeaderDoc, content: { "application/json": { schema: enrollmentSchema } } },
    201: { description: "Enrolled", headers: etagHeaderDoc, content: { "application/json": { schema: enrollmentSchema } } },
    ...errorResponses(403, 404, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId } = c.req.valid("param");
  const body = c.req.valid("json");
  const principal = c.var.principal;
  const { item, created } = await c.var.db.transaction(async (tx) => {
    const program = await lockVisibleProgram(tx, principal, programId);
    if (!canManageProgram(principal, program.ownerPath)) throw new ApiError("forbidden", "Only the programme owner's subtree enrols teachers");
    const [out] = await enrolTeachers(tx, c, program, [{ row: null, ref: { teacherId: body.teacherId }, enrolledOn: body.enrolledOn, note: body.note }]);
    const [item] = await shapeEnrollments(tx, [out!.enrollment], (await modulesOf(tx, [program.id])).get(program.id)!);
    return { item: item!, created: out!.outcome === "created" };
  });
  c.header("ETag", etagFor(item.version));
  c.header("Location", `/v1/training-programs/${programId}/enrollments/${item.id}`);
  return created ? c.json(item, 201) : c.json(item, 200);
};
