import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, idempotencyHeader, ifMatchHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { teacherEndSchema, teacherParams, teacherSchema, toTeacher } from "../../contract/teachers.ts";
import { dayAfter } from "../../domain/employment.ts";
import { endTeacher } from "../../services/teachers/end.ts";

export const route = defineRoute({
  method: "post",
  path: "/teachers/{teacherId}/end",
  operationId: "endTeacher",
  summary: "End a teacher's service (retired, left, deceased)",
  description:
    "Personnel records are never deleted. The employment period ends on `endedOn` and one with the end status opens the next day; " +
    "every assignment (primary and secondary), post appointment, subject and designation that runs past `endedOn` ends that day " +
    "with the reason, each its own audited change. From the next day the teacher is in no list, metric population or report, " +
    "and a record that would run past the end is refused (422, naming the end) until `POST /v1/teachers/{teacherId}/reinstate`. " +
    "A record that starts after `endedOn` is 422 (correct it first); a teacher already ended is 409.",
  tags: ["Teachers"],
  "x-permission": "teachers.write",
  request: {
    params: teacherParams,
    headers: ifMatchHeader.extend(idempotencyHeader.shape),
    body: { required: true, content: { "application/json": { schema: teacherEndSchema } } },
  },
  responses: {
    200: {
      description: "Ended: the teacher as of the day after `endedOn`",
      headers: etagHeaderDoc,
      content: { "application/json": { schema: teacherSchema } },
    },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const body = c.req.valid("json");
  const expected = expectedVersion(c);
  const row = await endTeacher(c.var.db, actorOf(c), { teacherId, ...body, expectedVersion: expected });
  c.header("ETag", etagFor(row.version));
  return c.json(toTeacher(row, dayAfter(body.endedOn)), 200);
};
