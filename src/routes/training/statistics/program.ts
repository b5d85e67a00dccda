import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { rate } from "../../../domain/training/enrollment.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { visibleProgram } from "../../../db/training/programs.ts";
import { programStatistics } from "../../../db/training/statistics.ts";
import { hoursOut, TAGS } from "../../../contract/training/shared.ts";
import { programParams, programStatisticsSchema } from "../../../contract/training/statistics.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-programs/{programId}/statistics",
  operationId: "getTrainingProgramStatistics",
  summary: "Programme statistics: 上站率, completion, 单科结业率, 人次, hours",
  description:
    "Counts over the enrolments of teachers in the caller's scope (a county reporter sees its county's share of a city programme).",
  tags: [TAGS.statistics],
  "x-permission": "training.stats",
  request: { params: programParams },
  responses: {
    200: { description: "The statistics", content: { "application/json": { schema: programStatisticsSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId } = c.req.valid("param");
  const program = await visibleProgram(c.var.db, c.var.principal, programId);
  const { counts, modules: moduleRows } = await programStatistics(c.var.db, c.var.principal, program.id);
  const passed = moduleRows.reduce((s, m) => s + Number(m.passed), 0);
  return c.json(
    {
      programId: program.id,
      enrolled: counts.enrolled,
      withdrawn: counts.withdrawn,
      started: counts.started,
      completed: counts.completed,
      failed: counts.failed,
      startedRate: rate(counts.started, counts.enrolled),
      completionRate: rate(counts.completed, counts.enrolled),
      modulePassRate: moduleRows.length ? rate(passed, counts.enrolled * moduleRows.length) : null,
      personTimes: counts.completed,
      hoursDelivered: hoursOut(counts.hours),
      modules: moduleRows.map((m) => ({
        moduleId: m.id,
        code: m.code,
        title: m.title,
        passed: Number(m.passed),
        failed: Number(m.failed),
        passRate: rate(Number(m.passed), counts.enrolled),
      })),
    },
    200,
  );
};
