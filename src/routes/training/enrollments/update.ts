import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader, today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { enrollmentDetails } from "../../../db/training/enrollments.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { enrollmentParams, enrollmentSchema, enrollmentUpdateSchema, toEnrollments } from "../../../contract/training/enrollments.ts";
import { updateEnrollment } from "../../../services/training/enrollment-updates.ts";

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
  const input = { programId, enrollmentId, expected: expectedVersion(c), changes: c.req.valid("json"), today: today() };
  const { enrollment, modules } = await updateEnrollment(c.var.db, actorOf(c), input);
  const [item] = toEnrollments([enrollment], modules, await enrollmentDetails(c.var.db, [enrollment.id]));
  c.header("ETag", etagFor(item!.version));
  return c.json(item!, 200);
};
