import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { employmentChangeSchema, employmentHistorySchema, toEmploymentPeriod } from "../../../contract/teachers/employment.ts";
import { teacherParams } from "../../../contract/teachers.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { idempotencyHeader } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { changeEmployment } from "../../../services/teachers/employment.ts";

export const route = defineRoute({
  method: "post",
  path: "/teachers/{teacherId}/employment",
  operationId: "changeTeacherEmployment",
  summary: "Change a teacher's employment from a date",
  description:
    "合同转正, going on leave (离岗), returning: the period holding on `validFrom` ends the day before and the new values hold " +
    "from `validFrom` to `validTo`, or to that period's end. With `validTo` inside the period (a leave that ends), the earlier " +
    "values resume the day after. Earlier dates keep their answers. Refused (422): a change crossing into the next period, " +
    "a period already starting that day (correct it with PATCH), a change while out of service (reinstate first), an end status " +
    "(use `POST /v1/teachers/{teacherId}/end`). Returns the history after the change.",
  tags: ["Teachers"],
  "x-permission": "teachers.write",
  request: {
    params: teacherParams,
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: employmentChangeSchema } } },
  },
  responses: {
    200: { description: "The history after the change", content: { "application/json": { schema: employmentHistorySchema } } },
    ...errorResponses(404, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const { validFrom, validTo, ...values } = c.req.valid("json");
  const rows = await changeEmployment(c.var.db, actorOf(c), { teacherId, change: { from: validFrom, to: validTo, values } });
  return c.json({ items: rows.map(toEmploymentPeriod) }, 200);
};
