import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { employmentHistorySchema, toEmploymentPeriod } from "../../../contract/teachers/employment.ts";
import { teacherParams } from "../../../contract/teachers.ts";
import { employmentPeriods } from "../../../db/teachers/employment.ts";
import { requireTeacher } from "../../../db/teachers/read.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { errorResponses } from "../../../lib/problem.ts";

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}/employment",
  operationId: "listTeacherEmployment",
  summary: "A teacher's employment history",
  description:
    "Employment category (用人类别), 在编不在岗 and status as dated periods, first first. Exactly one period answers any date: " +
    "the first has no start (since the register knew the teacher), the last is open. `GET /v1/teachers/{teacherId}?asOf=` shows the one for that date.",
  tags: ["Teachers"],
  "x-permission": "teachers.read",
  request: { params: teacherParams },
  responses: {
    200: { description: "Every period", content: { "application/json": { schema: employmentHistorySchema } } },
    ...errorResponses(404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  await requireTeacher(c.var.db, teacherId, c.var.principal);
  const rows = await employmentPeriods(c.var.db, teacherId);
  return c.json({ items: rows.map(toEmploymentPeriod) }, 200);
};
