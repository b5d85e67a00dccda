import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import {
  employmentCorrectionSchema,
  employmentPeriodParams,
  employmentPeriodSchema,
  toEmploymentPeriod,
} from "../../../contract/teachers/employment.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { correctEmployment } from "../../../services/teachers/employment.ts";

export const route = defineRoute({
  method: "patch",
  path: "/teachers/{teacherId}/employment/{periodId}",
  operationId: "correctTeacherEmploymentPeriod",
  summary: "Correct an employment period in place",
  description:
    "For values recorded wrongly (the category, 在编不在岗, the reason, active vs on leave); the period's dates stay. A change " +
    "that happened on a date is `POST .../employment`; ending and reinstating are `/end` and `/reinstate`. Send If-Match with the version read.",
  tags: ["Teachers"],
  "x-permission": "teachers.write",
  request: {
    params: employmentPeriodParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: employmentCorrectionSchema } } },
  },
  responses: {
    200: { description: "Corrected", headers: etagHeaderDoc, content: { "application/json": { schema: employmentPeriodSchema } } },
    ...errorResponses(404, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId, periodId } = c.req.valid("param");
  const change = c.req.valid("json");
  const row = await correctEmployment(c.var.db, actorOf(c), { teacherId, periodId, expectedVersion: expectedVersion(c), change });
  c.header("ETag", etagFor(row.version));
  return c.json(toEmploymentPeriod(row), 200);
};
