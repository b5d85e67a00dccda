import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { teacherHistory } from "../../db/teachers/history.ts";
import { requireTeacher } from "../../db/teachers/read.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, pageQuery, toPage } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
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
  await requireTeacher(c.var.db, teacherId, c.var.principal);
  const after = q.cursor ? String(decodeCursor(q.cursor, 1)[0]) : undefined;
  const rows = await teacherHistory(c.var.db, teacherId, after, q.limit);
  return c.json(
    toPage(rows, q.limit, (r) => [r.id], toAuditEvent),
    200,
  );
};
