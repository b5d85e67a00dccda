import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, sql } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { trainingRecords } from "../../../db/schema/index.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { today } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { evaluateCompliance } from "../../../domain/training/compliance.ts";
import { toTenths } from "../../../domain/training/hours.ts";
import { allRules } from "../../../db/training/rules.ts";
import { hoursOut, TAGS } from "../../../contract/training/shared.ts";
import { complianceQuery, complianceSchema, teacherParams } from "../../../contract/training/compliance.ts";
import { toCompliance, type RecordDetail } from "./shape.ts";
import { resolutionFor, ruleContext, teacherFacts, teacherPage } from "../../../db/training/compliance.ts";

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}/training-compliance",
  operationId: "getTeacherTrainingCompliance",
  summary: "A teacher's continuing-education cycle compliance, explained",
  description:
    "The rule version applied (the nearest jurisdiction above the teacher's home school with a version in force on `asOf`; for a " +
    "cycle that ended before `asOf`, the version in force on its last day), the cycle window, the hours required after pro-rating, " +
    "verified and pending hours by category and by year, the shortfall, the status, and every check with pass/fail and the records " +
    "that count toward it. A record counts by its status at the end of `asOf`, so an evaluation as of a past date is reproducible. " +
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
  const db = c.var.db;
  const ctx = await ruleContext(db, q.asOf ?? today(), q.cycle);
  const [teacher] = await teacherPage(db, ctx, { principal: c.var.principal, where: [sql`"teachers"."id" = ${teacherId}`], limit: 1 });
  if (!teacher) throw ApiError.notFound("Teacher", teacherId);
  const rows = await db
    .select()
    .from(trainingRecords)
    .where(and(eq(trainingRecords.teacherId, teacherId), sql`${trainingRecords.completedOn} <= ${ctx.asOf}::date`))
    .orderBy(asc(trainingRecords.completedOn), asc(trainingRecords.id));
  const resolution = resolutionFor(ctx, teacher.schoolPath);
  const result = evaluateCompliance({
    asOf: ctx.asOf,
    teacher: teacherFacts(teacher),
    resolution,
    records: rows.map((r) => ({
      id: r.id,
      hours: toTenths(r.hours),
      category: r.category,
      schoolBased: r.schoolBased,
      completedOn: r.completedOn,
      programId: r.programId,
      submittedAt: r.submittedAt.getTime(),
      verifiedAt: r.verifiedAt?.getTime() ?? null,
      rejectedAt: r.rejectedAt?.getTime() ?? null,
    })),
  });
  const details = new Map<string, RecordDetail>(
    rows.map((r) => [r.id, { id: r.id, title: r.title, category: r.category, schoolBased: r.schoolBased, hours: hoursOut(r.hours), completedOn: r.completedOn, rejectionReason: r.rejectionReason }]),
  );
  const ruleRow = result.rule ? (await allRules(db)).find((r) => r.id === result.rule!.id) : undefined;
  return c.json(toCompliance(teacherId, teacher.schoolId, result, ruleRow, details), 200);
};
