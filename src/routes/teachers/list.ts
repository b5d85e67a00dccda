import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, like, sql, type SQL } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { teacherScope } from "../../auth/scope.ts";
import { jurisdictionPath } from "../../db/paths.ts";
import { teachers } from "../../db/schema/index.ts";
import { teacherAttributeConditions } from "../../db/teachers/filters.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { teacherListQuery, teacherPageSchema, toTeacher } from "../../contract/teachers.ts";
import { teacherColumns } from "../../db/teachers/read.ts";

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
  const where: (SQL | undefined)[] = teacherAttributeConditions({ ...q, jurisdictionPath: path }, sql`${asOf}`);
  where.push(teacherScope(c.var.principal));
  if (q.gender) where.push(eq(teachers.gender, q.gender));
  if (q.status) where.push(eq(teachers.status, q.status));
  if (q.employmentCategory) where.push(eq(teachers.employmentCategory, q.employmentCategory));
  if (q.namePrefix) where.push(like(teachers.name, `${q.namePrefix.replace(/[\\%_]/g, "\\$&")}%`));
  if (q.nationalId) where.push(eq(teachers.nationalId, q.nationalId.toUpperCase()));
  if (q.cursor) where.push(gt(teachers.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await c.var.db
    .select(teacherColumns(asOf))
    .from(teachers)
    .where(and(...where))
    .orderBy(asc(teachers.id))
    .limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.id], (r) => toTeacher(r, asOf)), 200);
};
