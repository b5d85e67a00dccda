import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { teacherParams, teacherSchema, teacherUpdateSchema, toTeacher } from "../../contract/teachers.ts";
import { updateTeacher } from "../../services/teachers/update.ts";

export const route = defineRoute({
  method: "patch",
  path: "/teachers/{teacherId}",
  operationId: "updateTeacher",
  summary: "Correct a teacher's core record",
  description:
    "Send only the fields to change. Employment category, 在编不在岗 and status are dated facts: this operation refuses them " +
    "with a 422 pointing at the field; change them from a date with `POST /v1/teachers/{teacherId}/employment`, correct a " +
    "period with `PATCH /v1/teachers/{teacherId}/employment/{periodId}`, end service with `POST /v1/teachers/{teacherId}/end`.",
  tags: ["Teachers"],
  "x-permission": "teachers.write",
  request: {
    params: teacherParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: teacherUpdateSchema } } },
  },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: teacherSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const change = c.req.valid("json");
  const expected = expectedVersion(c);
  const asOf = today();
  const row = await updateTeacher(c.var.db, actorOf(c), { teacherId, change, expectedVersion: expected, today: asOf });
  c.header("ETag", etagFor(row.version));
  return c.json(toTeacher(row, asOf), 200);
};
