import { z, type RouteHandler } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { teacherScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { teachers } from "../../db/schema/index.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { teacherParams } from "../../contract/teachers.ts";

export const nationalIdSchema = z
  .object({ teacherId: z.uuid(), nationalId: z.string().nullable() })
  .openapi("TeacherNationalId", { example: { teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a", nationalId: "21110219860314342X" } });

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}/national-id",
  operationId: "getTeacherNationalId",
  summary: "Read a teacher's full national ID number",
  description: "The only place the full number is returned. Every call is recorded in the audit trail.",
  tags: ["Teachers"],
  "x-permission": "teachers.national_id.read",
  request: { params: teacherParams },
  responses: {
    200: { description: "The full number", content: { "application/json": { schema: nationalIdSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const nationalId = await c.var.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ nationalId: teachers.nationalId })
      .from(teachers)
      .where(and(eq(teachers.id, teacherId), teacherScope(c.var.principal)));
    if (!row) throw ApiError.notFound("Teacher", teacherId);
    await recordAudit(tx, actorOf(c), { action: "read_national_id", entity: "Teacher", entityId: teacherId, teacherId });
    return row.nationalId;
  });
  return c.json({ teacherId, nationalId }, 200, { "Cache-Control": "no-store" });
};
