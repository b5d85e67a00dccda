import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { jurisdictionPath } from "../../db/paths.ts";
import { listTeachers } from "../../db/teachers/list.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { teacherListQuery, teacherPageSchema, toTeacher } from "../../contract/teachers.ts";

export const route = defineRoute({
  method: "get",
  path: "/teachers",
  operationId: "listTeachers",
  summary: "List teachers",
  description:
    "Cursor-paged, ordered by id. Every filter on the record's history (school, jurisdiction, title, education, " +
    "designations, credentials, subjects, home-school class, age) is evaluated as of `asOf` (default today), in SQL. " +
    "National IDs match exactly and are never returned in full.",
  tags: ["Teachers"],
  "x-permission": "teachers.read",
  request: { query: teacherListQuery },
  responses: {
    200: { description: "A page of teachers", content: { "application/json": { schema: teacherPageSchema } } },
    ...errorResponses(),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const asOf = q.asOf ?? today();
  const path = q.jurisdictionId ? await jurisdictionPath(c.var.db, q.jurisdictionId) : undefined;
  if (q.jurisdictionId && !path) return c.json({ items: [], nextCursor: null }, 200);
  const after = q.cursor ? String(decodeCursor(q.cursor, 1)[0]) : undefined;
  const rows = await listTeachers(c.var.db, { ...q, asOf, jurisdictionPath: path, after, scope: c.var.principal });
  return c.json(
    toPage(
      rows,
      q.limit,
      (r) => [r.id],
      (r) => toTeacher(r, asOf),
    ),
    200,
  );
};
