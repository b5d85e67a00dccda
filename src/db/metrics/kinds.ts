import { sql, type SQL } from "drizzle-orm";
import type { Metric } from "../../domain/metrics/definition.ts";
import { underPath } from "../paths.ts";
import { complianceFrom, type ComplianceShape } from "../training-compliance.ts";
import { designationMatch, filterSql, type FilterContext } from "./filter-sql.ts";

/**
 * Each metric kind as the parts of one grouped aggregate (grouping.ts puts them together): the rows
 * it aggregates (`from` + `where`), where each row belongs (`unitId`, `unitPath`: its school), and the
 * aggregates `num`, `den`, `pop` (people — or enrolments — in the cell, for small-cell suppression),
 * `val` (the mean, for averages) and `extra` (the subject flags a school lacks, for coverage).
 */
export interface KindSql {
  ctes?: SQL;
  from: SQL;
  where: SQL;
  aggs: SQL;
  unitId: SQL;
  unitPath: SQL;
  /** Only these schools are units (coverage over a school filter); default every school in scope. */
  schoolFilter?: SQL;
}

export interface KindContext extends FilterContext {
  /** The evaluated jurisdiction's materialised path. */
  path: string;
  /** For training_compliance: the rule entries (JSON), the instant the day ends, and their shape. */
  compliance?: { rules: string; cut: string; shape: ComplianceShape };
}

const T = sql.raw(`"teachers"`);

/** Teachers whose home (primary) assignment on d is at a school under the path; `ma`, `ms` name both. */
export function homeJoin(d: SQL): SQL {
  return sql`join teacher_assignments ma on ma.teacher_id = ${T}."id" and ma.kind = 'primary'
      and ma.valid_from <= ${d} and (ma.valid_to is null or ma.valid_to >= ${d})
    join schools ms on ms.id = ma.school_id`;
}

const home = { unitId: sql`ms.id`, unitPath: sql`ms.path` };
const n = (k: number) => sql.raw(String(k));

function teachersIn(ctx: KindContext, where: SQL[], aggs: SQL): KindSql {
  return { from: sql`${T} ${homeJoin(ctx.d)}`, where: sql.join([underPath(sql`ms.path`, ctx.path), ...where], sql` and `), aggs, ...home };
}

const share = (numerator: SQL) =>
  sql`count(*) filter (where ${numerator}) as num, count(*) as den, count(*) as pop, null::numeric as val, null::text as extra`;

export function kindSql(m: Metric, ctx: KindContext): KindSql {
  const f = (x: Parameters<typeof filterSql>[0]) => filterSql(x, ctx);
  const d = ctx.d;
  switch (m.kind) {
    case "ratio":
      return teachersIn(ctx, [f(m.population)], share(f(m.numerator)));
    case "hires_share": {
      const hired = [m.hired.from ? sql`${T}."hire_date" >= ${m.hired.from}::date` : sql`true`, m.hired.to ? sql`${T}."hire_date" <= ${m.hired.to}::date` : sql`true`];
      return teachersIn(ctx, [...hired, sql`${T}."hire_date" <= ${d}`, f(m.population)], share(f(m.numerator)));
    }
    case "average": {
      const start = m.attribute === "age" ? sql`${T}."birth_date"` : sql`coalesce(${T}."teaching_start_date", ${T}."hire_date")`;
      // 周岁 / 教龄 on d: whole years, up on the anniversary (date_part of age() agrees with ageOn).
      const years = sql`case when ${start} <= ${d} then date_part('year', age(${d}, ${start})) end`;
      return teachersIn(ctx, [f(m.population)], sql`null::bigint as num, count(${years}) as den, count(*) as pop, avg(${years}) as val, null::text as extra`);
    }
    case "count": {
      if (m.of === "teachers") return teachersIn(ctx, [f(m.filter)], sql`count(*) as num, null::bigint as den, count(*) as pop, null::numeric as val, null::text as extra`);
      const k = sql`(select count(*) from teacher_designations x where x.teacher_id = ${T}."id" and ${designationMatch(m.designation ?? {}, d)})`;
      return {
        ...teachersIn(ctx, [f(m.filter)], sql`coalesce(sum(dz.k), 0) as num, null::bigint as den, count(*) filter (where dz.k > 0) as pop, null::numeric as val, null::text as extra`),
        from: sql`${T} ${homeJoin(d)} cross join lateral (select ${k} as k) dz`,
      };
    }
    case "training_compliance": {
      const c = ctx.compliance;
      if (!c) throw new Error("training_compliance needs the rule context");
      const counted = sql`cs.status in (${sql.join(m.statuses.map((s) => sql`${s}`), sql`, `)})`;
      return {
        from: sql`${complianceFrom(d, sql`${c.cut}`, sql`${c.rules}`, c.shape)} ${homeJoin(d)}`,
        where: sql.join([underPath(sql`ms.path`, ctx.path), f(m.population), m.eligibleOnly ? sql`cs.status <> 'not_eligible'` : sql`true`], sql` and `),
        aggs: share(counted),
        ...home,
      };
    }
    case "coverage":
      return coverageSql(m, ctx);
    case "training_rate":
      return trainingRateSql(m, ctx);
  }
}

/** Schools (in scope, matching the school filter) with at least N matching teachers — per subject flag. */
function coverageSql(m: Extract<Metric, { kind: "coverage" }>, ctx: KindContext): KindSql {
  const flags = m.subjectFlags ?? [];
  const teaches = (flag: string) =>
    sql`exists (select 1 from teacher_subjects x where x.teacher_id = ${T}."id" and x.subject = ${flag}
      and x.valid_from <= ${ctx.d} and (x.valid_to is null or x.valid_to >= ${ctx.d}))`;
  const counts = flags.length ? flags.map((flag, i) => sql`count(*) filter (where ${teaches(flag)}) as k${n(i)}`) : [sql`count(*) as k0`];
  const short = (i: number) => sql`coalesce(c.k${n(i)}, 0) < ${n(m.minTeachers)}`;
  const covered = flags.length ? sql.join(flags.map((_, i) => sql`not ${short(i)}`), sql` and `) : sql`not ${short(0)}`;
  const missing = flags.length ? sql`concat_ws(',', ${sql.join(flags.map((flag, i) => sql`case when ${short(i)} then ${flag}::text end`), sql`, `)})` : sql`null::text`;
  const schoolFilter = schoolConditions(m.schools, "s");
  const ctes = sql`per_school as (
      select s.id, s.path, ${covered} as covered, ${missing} as missing
      from schools s
      left join (
        select ma.school_id, ${sql.join(counts, sql`, `)}
        from ${T} ${homeJoin(ctx.d)}
        where ${underPath(sql`ms.path`, ctx.path)} and ${filterSql(m.filter, ctx)}
        group by ma.school_id
      ) c on c.school_id = s.id
      where ${underPath(sql`s.path`, ctx.path)} and ${schoolFilter}
    )`;
  return {
    ctes,
    from: sql`per_school ps`,
    where: sql`true`,
    aggs: sql`count(*) filter (where ps.covered) as num, count(*) as den, count(*) as pop, null::numeric as val, min(ps.missing) as extra`,
    unitId: sql`ps.id`,
    unitPath: sql`ps.path`,
    schoolFilter,
  };
}

export function schoolConditions(f: Extract<Metric, { kind: "coverage" }>["schools"], alias: string): SQL {
  const a = sql.raw(alias);
  const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);
  const parts: SQL[] = [sql`true`];
  if (f?.stages) parts.push(sql`${a}.stages && array[${list(f.stages)}]::text[]`);
  if (f?.locationClass) parts.push(sql`${a}.location_class in (${list(f.locationClass)})`);
  if (f?.remote !== undefined) parts.push(sql`${a}.remote = ${sql.raw(String(f.remote))}`);
  if (f?.weak !== undefined) parts.push(sql`${a}.weak = ${sql.raw(String(f.weak))}`);
  if (f?.ownership) parts.push(sql`${a}.ownership in (${list(f.ownership)})`);
  return sql.join(parts, sql` and `);
}

/**
 * Enrolments of teachers whose home school on the enrolment date is in scope (as the training roll-up
 * counts them), in programmes matching the filter, as of d: enrolled by d, started (上站) by d,
 * completed by d, module results recorded by d.
 */
function trainingRateSql(m: Extract<Metric, { kind: "training_rate" }>, ctx: KindContext): KindSql {
  const d = ctx.d;
  const p = m.programs ?? {};
  const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);
  const where: SQL[] = [underPath(sql`ms.path`, ctx.path), sql`e.enrolled_on <= ${d}`];
  if (p.levels) where.push(sql`p.level in (${list(p.levels)})`);
  if (p.modes) where.push(sql`p.mode in (${list(p.modes)})`);
  if (p.categories) where.push(sql`p.category in (${list(p.categories)})`);
  if (p.codes) where.push(sql`p.code in (${list(p.codes)})`);
  if (p.starts?.from) where.push(sql`p.start_date >= ${p.starts.from}::date`);
  if (p.starts?.to) where.push(sql`p.start_date <= ${p.starts.to}::date`);
  const completed = sql`count(*) filter (where e.status = 'completed' and e.completed_on <= ${d})`;
  const slots = sql`coalesce(sum((select count(*) from training_program_modules pm where pm.program_id = p.id)), 0)`;
  const passed = sql`coalesce(sum((select count(*) from training_module_results r where r.enrollment_id = e.id and r.result = 'passed' and r.recorded_on <= ${d})), 0)`;
  const [num, den] = (() => {
    switch (m.rate) {
      case "attendance":
        return [sql`count(*) filter (where e.started_on <= ${d})`, sql`count(*)`];
      case "module_completion":
        return [passed, slots];
      case "completion":
        return [completed, sql`count(*)`];
      case "person_times":
        return [completed, sql`null::bigint`];
    }
  })();
  return {
    from: sql`training_enrollments e
      join training_programs p on p.id = e.program_id
      cross join lateral (
        select a.school_id from teacher_assignments a where a.teacher_id = e.teacher_id and a.kind = 'primary'
        order by (a.valid_from <= e.enrolled_on) desc, a.valid_from desc limit 1
      ) h
      join schools ms on ms.id = h.school_id`,
    where: sql.join(where, sql` and `),
    aggs: sql`${num} as num, ${den} as den, count(*) as pop, null::numeric as val, null::text as extra`,
    ...home,
  };
}
