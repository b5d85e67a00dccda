import type { RouteHandler } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { canSeeJurisdiction, teacherScope } from "../../../auth/scope.ts";
import { underPath } from "../../../db/paths.ts";
import { jurisdictions, schools } from "../../../db/schema/index.ts";
import { inArray } from "drizzle-orm";
import { pathIds } from "../../../auth/training-scope.ts";
import { rate } from "../../../domain/training/enrollment.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
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

type Row = {
  unit: string | null;
  total: boolean;
  year: number;
  programs: number;
  teachers: number;
  enrolled: number;
  withdrawn: number;
  started: number;
  completed: number;
  failed: number;
  module_slots: number;
  modules_passed: number;
  hours: string;
};

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const db = c.var.db;
  const principal = c.var.principal;
  let path = "/";
  if (q.jurisdictionId) {
    const [j] = await db.select({ path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, q.jurisdictionId));
    if (!j || !canSeeJurisdiction(principal, j.path)) throw ApiError.notFound("Jurisdiction", q.jurisdictionId);
    path = j.path;
  } else if (principal.path) path = principal.path;
  const within = path === "/" ? sql`true` : underPath(sql.raw("home.path"), path);
  const yearFilter = q.year ? sql`and p.start_date between ${`${q.year}-01-01`}::date and ${`${q.year}-12-31`}::date` : sql``;
  const result = (await db.execute(sql`
    with e as (
      select e.id, e.teacher_id, e.program_id, e.status, e.started_on, extract(year from p.start_date)::int as year,
        nullif(split_part(substr(home.path, ${path.length + 1}), '/', 1), '') as unit,
        (select count(*) from training_program_modules m where m.program_id = p.id) as module_count,
        (select count(*) from training_module_results r where r.enrollment_id = e.id and r.result = 'passed') as modules_passed,
        coalesce((select tr.hours from training_records tr where tr.enrollment_id = e.id and tr.status = 'verified'), 0) as hours
      from training_enrollments e
      join training_programs p on p.id = e.program_id
      cross join lateral (
        select s.path from teacher_assignments a join schools s on s.id = a.school_id
        where a.teacher_id = e.teacher_id and a.kind = 'primary'
        order by (a.valid_from <= e.enrolled_on) desc, a.valid_from desc limit 1
      ) home
      where ${within} and ${teacherScope(principal, sql.raw("e.teacher_id")) ?? sql`true`} ${yearFilter}
    )
    select unit, year, grouping(unit) = 1 as total,
      count(distinct program_id)::int as programs,
      count(distinct teacher_id) filter (where status = 'completed')::int as teachers,
      count(*)::int as enrolled,
      (count(*) filter (where status = 'withdrawn'))::int as withdrawn,
      count(started_on)::int as started,
      (count(*) filter (where status = 'completed'))::int as completed,
      (count(*) filter (where status = 'failed'))::int as failed,
      sum(module_count)::int as module_slots,
      sum(modules_passed)::int as modules_passed,
      sum(hours)::text as hours
    from e
    group by grouping sets ((unit, year), (year))
    order by year, unit nulls last`)) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
  const isTotal = (r: Row) => r.total === true || (r.total as unknown) === "t";
  const self = pathIds(path).at(-1) ?? null;
  for (const r of rows) if (!isTotal(r) && r.unit === null) r.unit = self;
  // Name the units: each is a jurisdiction id or a school id (a school directly below).
  const ids = [...new Set(rows.map((r) => r.unit).filter((u): u is string => !!u))];
  const [js, ss] = ids.length
    ? await Promise.all([
        db.select({ id: jurisdictions.id, name: jurisdictions.name }).from(jurisdictions).where(inArray(jurisdictions.id, ids)),
        db.select({ id: schools.id, name: schools.name }).from(schools).where(inArray(schools.id, ids)),
      ])
    : [[], []];
  const jName = new Map(js.map((x) => [x.id, x.name]));
  const sName = new Map(ss.map((x) => [x.id, x.name]));
  return c.json(
    {
      jurisdictionId: q.jurisdictionId ?? (principal.orgType === "jurisdiction" ? principal.orgId : null),
      rows: rows.map((r) => ({
        unitId: isTotal(r) ? null : r.unit,
        unitType: isTotal(r) ? ("total" as const) : jName.has(r.unit!) ? ("jurisdiction" as const) : ("school" as const),
        unitName: isTotal(r) ? null : (jName.get(r.unit!) ?? sName.get(r.unit!) ?? null),
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
