import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { teachers } from "../../db/schema/index.ts";
import { updateVersioned } from "../../db/versioned.ts";
import { checkTeacherCore } from "../../domain/teacher.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader, today } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { teacherParams, teacherSchema, teacherUpdateSchema, toTeacher } from "../../contract/teachers.ts";
import { findTeacher, lockTeacher, rejectIssues } from "../../db/teachers/read.ts";

export const route = defineRoute({
  method: "patch",
  path: "/teachers/{teacherId}",
  operationId: "updateTeacher",
  summary: "Correct a teacher's core record",
  description: "Send only the fields to change. Status changes go through `POST /v1/teachers/{teacherId}/end`.",
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
  const body = c.req.valid("json");
  const expected = expectedVersion(c);
  const asOf = today();
  await c.var.db.transaction(async (tx) => {
    const current = await lockTeacher(tx, teacherId, c.var.principal);
    if (!current) throw ApiError.notFound("Teacher", teacherId);
    const merged = { ...current, ...body };
    // Re-check consistency only against what changed, so a legacy record does not block unrelated edits.
    if (["nationalId", "birthDate", "gender", "hireDate", "teachingStartDate"].some((k) => k in body)) {
      rejectIssues(checkTeacherCore(merged));
    }
    const values = { ...body, ...(body.nationalId ? { nationalId: body.nationalId.toUpperCase() } : {}) };
    const updated = await updateVersioned(tx, teachers, "Teacher", teacherId, expected, values);
    await recordAudit(tx, actorOf(c), { action: "update", entity: "Teacher", entityId: teacherId, teacherId, before: current, after: updated });
  });
  const row = await findTeacher(c.var.db, teacherId, asOf);
  c.header("ETag", etagFor(row!.version));
  return c.json(toTeacher(row!, asOf), 200);
};
