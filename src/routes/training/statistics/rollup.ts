import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { canSeeJurisdiction } from "../../../auth/scope.ts";
import { pathIds } from "../../../auth/training-scope.ts";
import { jurisdictionPath } from "../../../db/paths.ts";
import { rollupRows, unitNames, type RollupRow } from "../../../db/training/statistics.ts";
import { NotFound } from "../../../domain/errors.ts";
import { rate } from "../../../domain/training/enrollment.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { hoursOut, TAGS } from "../../../contract/training/shared.ts";
import { rollupQuery, rollupSchema } from "../../../contract/training/statistics.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-statistics",
  operationId: "getTrainingRollup",
  summary: "Training roll-up by jurisdiction and year",
  description:
    "Enrolments of teachers in the caller's scope, grouped by the unit directly below the jurisdiction that holds the teacher's " +
    "home school on the enrolment date (a child jurisdiction, or a school directly below) and by the year the programme started, " +
    "with a total row per year: enrolled, 上站率, completion rate, 单科结业率, 人次 and hours delivered.",
  tags: [TAGS.statistics],
  "x-permission": "training.stats",
  request: { query: rollupQuery },
  responses: {
    200: { description: "Rows per unit and year, totals last in each year", content: { "application/json": { schema: rollupSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const db = c.var.db;
  const principal = c.var.principal;
  let path = "/";
  if (q.jurisdictionId) {
    const found = await jurisdictionPath(db, q.jurisdictionId);
    if (!found || !canSeeJurisdiction(principal, found)) throw new NotFound("Jurisdiction", q.jurisdictionId);
    path = found;
  } else if (principal.path) path = principal.path;
  const rows = await rollupRows(db, principal, path, q.year);
  const isTotal = (r: RollupRow) => r.total === true || (r.total as unknown) === "t";
  const self = pathIds(path).at(-1) ?? null;
  for (const r of rows) if (!isTotal(r) && r.unit === null) r.unit = self;
  // Name the units: each is a jurisdiction id or a school id (a school directly below).
  const names = await unitNames(db, [...new Set(rows.map((r) => r.unit).filter((u): u is string => !!u))]);
  return c.json(
    {
      jurisdictionId: q.jurisdictionId ?? (principal.orgType === "jurisdiction" ? principal.orgId : null),
      rows: rows.map((r) => ({
        unitId: isTotal(r) ? null : r.unit,
        unitType: isTotal(r) ? ("total" as const) : names.jurisdictions.has(r.unit!) ? ("jurisdiction" as const) : ("school" as const),
        unitName: isTotal(r) ? null : (names.jurisdictions.get(r.unit!) ?? names.schools.get(r.unit!) ?? null),
        year: Number(r.year),
        programs: Number(r.programs),
        teachers: Number(r.teachers),
        enrolled: Number(r.enrolled),
        withdrawn: Number(r.withdrawn),
        started: Number(r.started),
        completed: Number(r.completed),
        failed: Number(r.failed),
        startedRate: rate(Number(r.started), Number(r.enrolled)),
        completionRate: rate(Number(r.completed), Number(r.enrolled)),
        modulePassRate: Number(r.module_slots) > 0 ? rate(Number(r.modules_passed), Number(r.module_slots)) : null,
        personTimes: Number(r.completed),
        hoursDelivered: hoursOut(r.hours ?? "0"),
      })),
    },
    200,
  );
};
