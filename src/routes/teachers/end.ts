import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, idempotencyHeader, ifMatchHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { teacherEndSchema, teacherParams, teacherSchema, toTeacher } from "../../contract/teachers.ts";
import { endTeacher } from "../../services/teachers/end.ts";

export const route = defineRoute({
  method: "post",
  path: "/teachers/{teacherId}/end",
  operationId: "endTeacher",
  summary: "Record that a teacher retired or left",
  description:
    "Personnel records are never deleted. This sets the status and end date and ends every open assignment on that day. " +
    "A teacher already ended is 409.",
  tags: ["Teachers"],
  "x-permission": "teachers.write",
  request: {
    params: teacherParams,
    headers: ifMatchHeader.extend(idempotencyHeader.shape),
    body: { required: true, content: { "application/json": { schema: teacherEndSchema } } },
  },
  responses: {
    200: { description: "Ended", headers: etagHeaderDoc, content: { "application/json": { schema: teacherSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const body = c.req.valid("json");
  const expected = expectedVersion(c);
  const row = await endTeacher(c.var.db, actorOf(c), { teacherId, ...body, expectedVersion: expected });
  c.header("ETag", etagFor(row.version));
  return c.json(toTeacher(row, body.endedOn), 200);
};
