import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { teacherScope } from "../../auth/scope.ts";
import { auditEvents, teachers } from "../../db/schema/index.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, pageQuery, toPage } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { auditEventPageSchema, toAuditEvent } from "../../contract/audit.ts";
import { teacherParams } from "../../contract/teachers.ts";

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}/history",
  operationId: "listTeacherHistory",
  summary: "A teacher's change history",
  description: "Every recorded change to the teacher and their sub-records (and every full-ID read), oldest first.",
  tags: ["Teachers"],
  "x-permission": "teachers.history.read",
  request: { params: teacherParams, query: pageQuery },
  responses: {
    200: { description: "A page of audit events", content: { "application/json": { schema: auditEventPageSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const q = c.req.valid("query");
  const db = c.var.db;
  const [t] = await db.select({ id: teachers.id }).from(teachers).where(and(eq(teachers.id, teacherId), teacherScope(c.var.principal)));
  if (!t) throw ApiError.notFound("Teacher", teacherId);
  const where: (SQL | undefined)[] = [eq(auditEvents.teacherId, teacherId)];
  if (q.cursor) where.push(gt(auditEvents.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await db.select().from(auditEvents).where(and(...where)).orderBy(asc(auditEvents.id)).limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.id], toAuditEvent), 200);
};
