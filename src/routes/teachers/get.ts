import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import type { AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, today } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { teacherGetQuery, teacherParams, teacherSchema, toTeacher } from "./schemas.ts";
import { findTeacher } from "./store.ts";

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}",
  operationId: "getTeacher",
  summary: "Get a teacher",
  description: "Derived fields (current school, age, years of teaching) are evaluated as of `asOf` (default today).",
  tags: ["Teachers"],
  "x-permission": "teachers.read",
  request: { params: teacherParams, query: teacherGetQuery },
  responses: {
    200: { description: "The teacher", headers: etagHeaderDoc, content: { "application/json": { schema: teacherSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const asOf = c.req.valid("query").asOf ?? today();
  const row = await findTeacher(c.var.db, teacherId, asOf, c.var.principal);
  if (!row) throw ApiError.notFound("Teacher", teacherId);
  c.header("ETag", etagFor(row.version));
  return c.json(toTeacher(row, asOf), 200);
};
