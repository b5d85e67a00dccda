import { and, inArray, sql } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { underPath } from "../paths.ts";
import { jurisdictions, schools, trainingEnrollments } from "../schema/index.ts";
import type { Database } from "../types.ts";

/** Rows of a raw `execute` (postgres.js gives an array, PGlite a result with `rows`). */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

export type ProgramCounts = { enrolled: number; withdrawn: number; started: number; completed: number; failed: number; hours: string };
export type ModuleCounts = { id: string; code: string; title: string; passed: number; failed: number };

/** A programme's enrollment counts and its per-module results, over the enrollments of teachers in the principal's scope. */
export async function programStatistics(
  db: Database,
  p: Principal,
  programId: string,
): Promise<{ counts: ProgramCounts; modules: ModuleCounts[] }> {
  const scoped = and(
    sql`"training_enrollments"."program_id" = ${programId}`,
    teacherScope(p, sql.raw(`"training_enrollments"."teacher_id"`)),
  );
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
    .where(scoped)) as [ProgramCounts];
  const modules = await db.execute(sql`
    select m.id, m.code, m.title,
      (count(r.id) filter (where r.result = 'passed'))::int as passed, (count(r.id) filter (where r.result = 'failed'))::int as failed
    from training_program_modules m
    left join (training_module_results r join training_enrollments on "training_enrollments"."id" = r.enrollment_id and ${scoped}) on r.module_id = m.id
    where m.program_id = ${programId}
    group by m.id, m.code, m.title, m.position order by m.position`);
  return { counts, modules: rowsOf<ModuleCounts>(modules) };
}

export type RollupRow = {
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

/**
 * Enrollments of teachers in scope whose home school on the enrollment date lies under `path`,
 * grouped by the unit directly below `path` (null: directly at it) and the programme's start year,
 * with a total row per year (`total`, true or 't' by driver).
 */
export async function rollupRows(db: Database, p: Principal, path: string, year?: number): Promise<RollupRow[]> {
  const within = path === "/" ? sql`true` : underPath(sql.raw("home.path"), path);
  const yearFilter = year ? sql`and p.start_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date` : sql``;
  const result = await db.execute(sql`
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
      where ${within} and ${teacherScope(p, sql.raw("e.teacher_id")) ?? sql`true`} ${yearFilter}
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
    order by year, unit nulls last`);
  return rowsOf<RollupRow>(result);
}

/** The names of roll-up units: jurisdictions and schools by id. */
export async function unitNames(
  db: Database,
  ids: string[],
): Promise<{ jurisdictions: Map<string, string>; schools: Map<string, string> }> {
  const [js, ss] = ids.length
    ? await Promise.all([
        db.select({ id: jurisdictions.id, name: jurisdictions.name }).from(jurisdictions).where(inArray(jurisdictions.id, ids)),
        db.select({ id: schools.id, name: schools.name }).from(schools).where(inArray(schools.id, ids)),
      ])
    : [[], []];
  return { jurisdictions: new Map(js.map((x) => [x.id, x.name])), schools: new Map(ss.map((x) => [x.id, x.name])) };
}
