import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader, today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { enrollmentDetails } from "../../../db/training/enrollments.ts";
import { programParams } from "../../../contract/training/programs.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { enrollmentCreateSchema, enrollmentSchema, toEnrollments } from "../../../contract/training/enrollments.ts";
import { enrollTeacher } from "../../../services/training/enroll.ts";

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
  const { enrollment, modules, created } = await enrollTeacher(c.var.db, actorOf(c), { programId, ...c.req.valid("json"), today: today() });
  const [item] = toEnrollments([enrollment], modules, await enrollmentDetails(c.var.db, [enrollment.id]));
  c.header("ETag", etagFor(item!.version));
  c.header("Location", `/v1/training-programs/${programId}/enrollments/${item!.id}`);
  return created ? c.json(item!, 201) : c.json(item!, 200);
};
