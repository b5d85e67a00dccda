import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, isNull, sql } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { teacherAssignments, teachers } from "../../db/schema/index.ts";
import { updateVersioned } from "../../db/versioned.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, idempotencyHeader, ifMatchHeader } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { teacherEndSchema, teacherParams, teacherSchema, toTeacher } from "../../contract/teachers.ts";
import { findTeacher, lockTeacher } from "../../db/teachers/read.ts";

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
  await c.var.db.transaction(async (tx) => {
    const current = await lockTeacher(tx, teacherId, c.var.principal);
    if (!current) throw ApiError.notFound("Teacher", teacherId);
    if (current.status !== "active") throw new ApiError("conflict", `Teacher ${teacherId} already ${current.status} on ${current.endedOn}`);
    const [late] = await tx
      .select({ validFrom: teacherAssignments.validFrom })
      .from(teacherAssignments)
      .where(and(eq(teacherAssignments.teacherId, teacherId), sql`${teacherAssignments.validFrom} > ${body.endedOn}::date`))
      .limit(1);
    if (late) {
      throw ApiError.invalid("An assignment starts after this date", [
        { pointer: "/endedOn", detail: `An assignment starts on ${late.validFrom}; correct it first` },
      ]);
    }
    const updated = await updateVersioned(tx, teachers, "Teacher", teacherId, expected, {
      status: body.status,
      endedOn: body.endedOn,
      endReason: body.reason ?? null,
    });
    await recordAudit(tx, actorOf(c), { action: "end", entity: "Teacher", entityId: teacherId, teacherId, before: current, after: updated });
    await tx
      .update(teacherAssignments)
      .set({ validTo: body.endedOn, version: sql`${teacherAssignments.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(teacherAssignments.teacherId, teacherId), isNull(teacherAssignments.validTo)));
  });
  const row = await findTeacher(c.var.db, teacherId, body.endedOn);
  c.header("ETag", etagFor(row!.version));
  return c.json(toTeacher(row!, body.endedOn), 200);
};
