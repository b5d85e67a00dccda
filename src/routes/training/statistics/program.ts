import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { teacherScope } from "../../../auth/scope.ts";
import { trainingEnrollments } from "../../../db/schema/index.ts";
import { rate } from "../../../domain/training/enrollment.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { visibleProgram } from "../../../db/training/programs.ts";
import { hoursOut, TAGS } from "../../../contract/training/shared.ts";
import { programParams, programStatisticsSchema } from "../../../contract/training/statistics.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-programs/{programId}/statistics",
  operationId: "getTrainingProgramStatistics",
  summary: "Programme statistics: 上站率, completion, 单科结业率, 人次, hours",
  description: "Counts over the enrolments of teachers in the caller's scope (a county reporter sees its county's share of a city programme).",
  tags: [TAGS.statistics],
  "x-permission": "training.stats",
  request: { params: programParams },
  responses: {
    200: { description: "The statistics", content: { "application/json": { schema: programStatisticsSchema } } },
    ...errorResponses(403, 404),
  },
});

type Counts = { enrolled: number; withdrawn: number; started: number; completed: number; failed: number; hours: string };

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId } = c.req.valid("param");
  const db = c.var.db;
  const program = await visibleProgram(db, c.var.principal, programId);
  const scoped = and(sql`"training_enrollments"."program_id" = ${program.id}`, teacherScope(c.var.principal, sql.raw(`"training_enrollments"."teacher_id"`)));
  const [counts] = (await db
    .select({
      enrolled: sql<number>`count(*)::int`,
      withdrawn: sql<number>`(count(*) filter (where ${trainingEnrollments.status} = 'withdrawn'))::int`,
      started: sql<number>`count(${trainingEnrollments.startedOn})::int`,
      completed: sql<number>`(count(*) filter (where ${trainingEnrollments.status} = 'completed'))::int`,
      failed: sql<number>`(count(*) filter (where ${trainingEnrollments.status} = 'failed'))::int`,
      hours: sql<string>`coalesce(sum((select tr.hours from training_records tr where tr.enrollment_id = "training_enrollments"."id" and tr.status = 'verified')), 0)::text`,
    })
    .from(trainingEnrollments)
    .where(scoped)) as [Counts];
  const modules = (await db.execute(sql`
    select m.id, m.code, m.title,
      (count(r.id) filter (where r.result = 'passed'))::int as passed, (count(r.id) filter (where r.result = 'failed'))::int as failed
    from training_program_modules m
    left join (training_module_results r join training_enrollments on "training_enrollments"."id" = r.enrollment_id and ${scoped}) on r.module_id = m.id
    where m.program_id = ${program.id}
    group by m.id, m.code, m.title, m.position order by m.position`)) as unknown;
  const moduleRows = (Array.isArray(modules) ? modules : (modules as { rows: unknown[] }).rows) as { id: string; code: string; title: string; passed: number; failed: number }[];
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
      modules: moduleRows.map((m) => ({ moduleId: m.id, code: m.code, title: m.title, passed: Number(m.passed), failed: Number(m.failed), passRate: rate(Number(m.passed), counts.enrolled) })),
    },
    200,
  );
};
