import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { ROLES } from "../../domain/vocab.ts";
import { today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { createRouter } from "../../lib/router.ts";
import { teacherSchema, toTeacher } from "../../contract/teachers.ts";
import { findTeacher } from "../../db/teachers/read.ts";

const meSchema = z
  .object({
    clientId: z.string(),
    role: z.enum(ROLES),
    orgType: z.enum(["root", "jurisdiction", "school", "teacher"]),
    orgId: z.uuid().nullable(),
    teacher: z.union([teacherSchema, z.null()]).openapi({ description: "For a teacher principal, their own record" }),
  })
  .openapi("Me");

const route = defineRoute({
  method: "get",
  path: "/me",
  operationId: "getMe",
  summary: "Who am I",
  description: "The calling principal's role and org binding; for a teacher, also their own record.",
  tags: ["Auth"],
  "x-permission": "me.read",
  responses: {
    200: { description: "The principal", content: { "application/json": { schema: meSchema } } },
    ...errorResponses(403),
  },
});

export const meRouter = createRouter().openapi(route, async (c) => {
  const p = c.var.principal;
  const row = p.teacherId ? await findTeacher(c.var.db, p.teacherId, today()) : undefined;
  return c.json({ clientId: p.id, role: p.role, orgType: p.orgType, orgId: p.orgId, teacher: row ? toTeacher(row, today()) : null }, 200);
});
