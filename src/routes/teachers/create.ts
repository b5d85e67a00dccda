import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { teacherCreateSchema, teacherSchema, toTeacher } from "../../contract/teachers.ts";
import { registerTeacher } from "../../services/teachers/register.ts";

export const route = defineRoute({
  method: "post",
  path: "/teachers",
  operationId: "createTeacher",
  summary: "Register a teacher",
  description:
    "Creates the core record and, when `schoolId` is given, the primary assignment at that school. " +
    "A national ID must pass its checksum and agree with the birth date and gender; a duplicate national ID is 409.",
  tags: ["Teachers"],
  "x-permission": "teachers.write",
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: teacherCreateSchema } } },
  },
  responses: {
    201: { description: "Created", headers: etagHeaderDoc, content: { "application/json": { schema: teacherSchema } } },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const asOf = today();
  const row = await registerTeacher(c.var.db, actorOf(c), { ...c.req.valid("json"), today: asOf });
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/teachers/${row.id}`);
  return c.json(toTeacher(row, asOf), 201);
};
