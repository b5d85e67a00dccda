import { z, type RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { errorResponses } from "../../lib/problem.ts";
import { teacherParams } from "../../contract/teachers.ts";
import { readNationalId } from "../../services/teachers/national-id.ts";

const nationalIdSchema = z
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
  const nationalId = await readNationalId(c.var.db, actorOf(c), { teacherId });
  return c.json({ teacherId, nationalId }, 200, { "Cache-Control": "no-store" });
};
