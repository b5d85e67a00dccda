import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { employmentHistorySchema, reinstateSchema, toEmploymentPeriod } from "../../contract/teachers/employment.ts";
import { teacherParams } from "../../contract/teachers.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { idempotencyHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { reinstateTeacher } from "../../services/teachers/employment.ts";

export const route = defineRoute({
  method: "post",
  path: "/teachers/{teacherId}/reinstate",
  operationId: "reinstateTeacher",
  summary: "Reinstate an ended teacher from a date",
  description:
    "返聘 / 复职: the out-of-service period ends the day before `on` and an active period opens on `on` (audited). Records may start " +
    "again from `on`; those ended with the service stay ended. Refused (422) for a teacher in service or a date not after the end.",
  tags: ["Teachers"],
  "x-permission": "teachers.write",
  request: {
    params: teacherParams,
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: reinstateSchema } } },
  },
  responses: {
    200: {
      description: "The employment history after reinstatement",
      content: { "application/json": { schema: employmentHistorySchema } },
    },
    ...errorResponses(404, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const body = c.req.valid("json");
  const rows = await reinstateTeacher(c.var.db, actorOf(c), { teacherId, on: body.on, reason: body.reason ?? null });
  return c.json({ items: rows.map(toEmploymentPeriod) }, 200);
};
