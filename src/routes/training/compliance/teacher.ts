import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { complianceQuery, complianceSchema, teacherParams } from "../../../contract/training/compliance.ts";
import { recordDetails, toCompliance } from "../../../contract/training/compliance-view.ts";
import { evaluateTeacherCompliance } from "../../../services/training/compliance.ts";

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}/training-compliance",
  operationId: "getTeacherTrainingCompliance",
  summary: "A teacher's continuing-education cycle compliance, explained",
  description:
    "The rule version applied (the nearest jurisdiction above the teacher's home school with a version in force on `asOf`; for a " +
    "cycle that ended before `asOf`, the version in force on its last day), the cycle window, the hours required after pro-rating, " +
    "verified and pending hours by category and by year, the shortfall, the status, and every check with pass/fail and the records " +
    "that count toward it. `asOf` is the business date: a record counts when completed and verified (its `decidedOn`) by then, so " +
    "history imported today answers past dates. `knownAt` is the knowledge time: the register as recorded by that instant (records " +
    "submitted, verified or rejected later are not seen), so a gate decided at a given instant is reproducible. " +
    "Status: complete (every check passed), behind (a closed check failed, or counted hours are below the straight-line share " +
    "for the days elapsed), on_track, or not_eligible (with the reason).",
  tags: [TAGS.compliance],
  "x-permission": "training.read",
  request: { params: teacherParams, query: complianceQuery },
  responses: {
    200: { description: "The evaluation", content: { "application/json": { schema: complianceSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const q = c.req.valid("query");
  const knownAt = q.knownAt ?? new Date().toISOString();
  const { result, schoolId, ruleRow, records } = await evaluateTeacherCompliance(c.var.db, actorOf(c), {
    teacherId,
    asOf: q.asOf ?? today(),
    cycle: q.cycle,
    knownAt,
  });
  return c.json(toCompliance(teacherId, schoolId, knownAt, result, ruleRow, recordDetails(records)), 200);
};
