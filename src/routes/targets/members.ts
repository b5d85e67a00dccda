import { z, type RouteHandler } from "@hono/zod-openapi";
import { and, asc, gt, inArray, sql } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { teacherScope } from "../../auth/scope.ts";
import { dateLiteral } from "../../db/metrics/evaluate.ts";
import { MEMBER_SETS, memberIds } from "../../db/metrics/members.ts";
import { teachers } from "../../db/schema/index.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, isoDate, pageQuery, toPage, today } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { complianceFor } from "../../services/metrics/evaluate.ts";
import { teacherPageSchema, toTeacher } from "../../contract/teachers.ts";
import { teacherColumns } from "../../db/teachers/read.ts";
import { targetParams } from "../../contract/targets.ts";
import { findTarget } from "../../db/targets/targets.ts";

export const route = defineRoute({
  method: "get",
  path: "/targets/{targetId}/members",
  operationId: "listTargetMembers",
  summary: "The teachers behind a target's figures (drill-down)",
  description:
    "`set=numerator`: the teachers counted in the numerator; `population`: everyone in the denominator; `gap`: those in the " +
    "population but not in the numerator (who would have to change for the target to be met). As of `asOf`, cursor-paged by id, " +
    "in the teacher summary shape. Not for aggregate-only roles.",
  tags: ["Targets"],
  "x-permission": "targets.members",
  request: {
    params: targetParams,
    query: pageQuery.extend({ set: z.enum(MEMBER_SETS).default("numerator"), asOf: isoDate.optional() }),
  },
  responses: {
    200: { description: "A page of teachers", content: { "application/json": { schema: teacherPageSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const db = c.var.db;
  const t = await findTarget(db, c.var.principal, c.req.valid("param").targetId);
  const asOf = q.asOf ?? today();
  const m = t.metric;
  const compliance = await complianceFor(db, m, asOf, t.jurisdictionPath);
  const ids = memberIds(m, { d: dateLiteral(asOf), path: t.jurisdictionPath, compliance }, q.set);
  if ("reason" in ids) throw ApiError.invalid(ids.reason, [{ parameter: "set", detail: ids.reason }]);
  const where = [inArray(teachers.id, sql`(${ids})`), teacherScope(c.var.principal)];
  if (q.cursor) where.push(gt(teachers.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await db.select(teacherColumns(asOf)).from(teachers).where(and(...where)).orderBy(asc(teachers.id)).limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.id], (r) => toTeacher(r, asOf)), 200);
};
