import { sql, type SQL } from "drizzle-orm";
import type { Metric } from "../../domain/metrics/definition.ts";
import { inServiceOn, schoolClassificationOn, validOn } from "../as-of.ts";
import { underPath } from "../paths.ts";
import { complianceFrom, type ComplianceShape } from "../training/compliance-sql.ts";
import { designationMatch, filterSql, type FilterContext } from "./filter-sql.ts";

/**
 * Each metric kind as the parts of one grouped aggregate (grouping.ts puts them together): the rows
 * it aggregates (`from` + `where`), where each row belongs (`unitId`, `unitPath`: its school), and the
 * aggregates `num`, `den`, `pop` (people — or enrolments — in the cell, for small-cell suppression),
 * `vsum` (the sum an average divides by `den`) and `extra` (the subject flags a school lacks, for
 * coverage). All but `extra` add up, so the total is the sum of the units.
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
  /** For training_compliance: the rule entries (JSON), the knowledge instant (knownAt) and their shape. */
  compliance?: { rules: string; knownAt: string; shape: ComplianceShape };
}

const T = sql.raw(`"teachers"`);

/** The home school's classification on d, as `msc` (filter-sql.ts reads the school's facts from it). */
const classificationJoin = (d: SQL) => sql` join school_classifications msc on ${schoolClassificationOn("msc", sql`ms.id`, d)}`;

/**
 * The population rows from the schools in scope: each school `ms`, the home (primary) assignments `ma`
 * valid on d there (through the school index) of teachers in service on d, and the teacher row and the school's classification only
 * when something reads them (ctx.needs, set by filter-sql.ts) — a ratio of sub-record conditions never
 * touches `teachers`.
 */
export function populationFrom(ctx: KindContext): SQL {
  const withTeacher = ctx.needs?.teacher ?? true;
  const withClassification = ctx.needs?.classification ?? true;
  return sql`schools ms${withClassification ? classificationJoin(ctx.d) : sql``} join teacher_assignments ma on ma.school_id = ms.id and ma.kind = 'primary' and ${validOn("ma", ctx.d)} and ${inServiceOn(sql`ma.teacher_id`, ctx.d)}${
    withTeacher ? sql` join ${T} on ${T}."id" = ma.teacher_id` : sql``
  }`;
}

const home = { unitId: sql`ms.id`, unitPath: sql`ms.path` };
const n = (k: number) => sql.raw(String(k));

/** Rows of the population in scope matching `where`; `build` compiles the conditions and aggregates first, so it is known whether they read the teacher row. */
function teachersIn(ctx: KindContext, build: (c: KindContext) => { where: SQL[]; aggs: SQL }, alwaysTeacher = false): KindSql {
  const c: KindContext = { ...ctx, needs: { teacher: alwaysTeacher } };
  const { where, aggs } = build(c);
  return {
    from: populationFrom(c),
    where: sql.join([underPath(sql`ms.path`, ctx.path), ...where], sql` and `),
    aggs,
    ...home,
  };
}

const share = (numerator: SQL) =>
  sql`count(*) filter (where ${numerator}) as num, count(*) as den, count(*) as pop, null::float8 as vsum, null::text as extra`;

/** Hired in the window (and by d). */
export function hiredIn(m: Extract<Metric, { kind: "hires_share" }>, d: SQL): SQL {
  return sql.join(
    [
      m.hired.from ? sql`${T}."hire_date" >= ${m.hired.from}::date` : sql`true`,
      m.hired.to ? sql`${T}."hire_date" <= ${m.hired.to}::date` : sql`true`,
      sql`${T}."hire_date" <= ${d}`,
    ],
    sql` and `,
  );
}

export function kindSql(m: Metric, ctx: KindContext): KindSql {
  const d = ctx.d;
  switch (m.kind) {
    case "ratio":
      return teachersIn(ctx, (c) => ({ where: [filterSql(m.population, c)], aggs: share(filterSql(m.numerator, c)) }));
    case "hires_share":
      return teachersIn(ctx, (c) => ({ where: [hiredIn(m, d), filterSql(m.population, c)], aggs: share(filterSql(m.numerator, c)) }), true);
    case "average": {
      const start = m.attribute === "age" ? sql`${T}."birth_date"` : sql`coalesce(${T}."teaching_start_date", ${T}."hire_date")`;
      // 周岁 / 教龄 on d: whole years, up on the anniversary (date_part of age() agrees with ageOn). The
      // sum travels (not the mean) so the total is the sum of the units'.
      const years =
        m.attribute === "age"
          ? sql`date_part('year', age(${d}, ${start}))`
          : sql`case when ${start} <= ${d} then date_part('year', age(${d}, ${start})) end`;
      const aggs = sql`null::bigint as num, count(${years}) as den, count(*) as pop, sum(${years}) as vsum, null::text as extra`;
      return teachersIn(ctx, (c) => ({ where: [filterSql(m.population, c)], aggs }), true);
    }
    case "count": {
      if (m.of === "teachers") {
        return teachersIn(ctx, (c) => ({
          where: [filterSql(m.filter, c)],
          aggs: sql`count(*) as num, null::bigint as den, count(*) as pop, null::float8 as vsum, null::text as extra`,
        }));
      }
      const k = sql`(select count(*) from teacher_designations x where x.teacher_id = ma.teacher_id and ${designationMatch(m.designation ?? {}, d)})`;
      const aggs = sql`coalesce(sum(${k}), 0) as num, null::bigint as den, count(*) filter (where ${k} > 0) as pop, null::float8 as vsum, null::text as extra`;
      return teachersIn(ctx, (c) => ({ where: [filterSql(m.filter, c)], aggs }));
    }
    case "training_compliance": {
      const c = ctx.compliance;
      if (!c) throw new Error("training_compliance needs the rule context");
      const counted = sql`cs.status in (${sql.join(
        m.statuses.map((s) => sql`${s}`),
        sql`, `,
      )})`;
      // The compliance laterals hang off the teacher row, so this kind starts from teachers.
      return {
        from: complianceFrom(
          d,
          sql`${c.knownAt}`,
          sql`${c.rules}`,
          c.shape,
          sql`join teacher_assignments ma on ma.teacher_id = ${T}."id" and ma.kind = 'primary' and ${validOn("ma", d)}
            and ${inServiceOn(sql`ma.teacher_id`, d)}
          join schools ms on ms.id = ma.school_id${classificationJoin(d)}`,
        ),
        where: sql.join(
          [underPath(sql`ms.path`, ctx.path), filterSql(m.population, ctx), m.eligibleOnly ? sql`cs.status <> 'not_eligible'` : sql`true`],
          sql` and `,
        ),
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
    sql`exists (select 1 from teacher_subjects x where x.teacher_id = ma.teacher_id and x.subject = ${flag} and ${validOn("x", ctx.d)})`;
  const counts = flags.length ? flags.map((flag, i) => sql`count(*) filter (where ${teaches(flag)}) as k${n(i)}`) : [sql`count(*) as k0`];
  const short = (i: number) => sql`coalesce(c.k${n(i)}, 0) < ${n(m.minTeachers)}`;
  const covered = flags.length
    ? sql.join(
        flags.map((_, i) => sql`not ${short(i)}`),
        sql` and `,
      )
    : sql`not ${short(0)}`;
  const missing = flags.length
    ? sql`concat_ws(',', ${sql.join(
        flags.map((flag, i) => sql`case when ${short(i)} then ${flag}::text end`),
        sql`, `,
      )})`
    : sql`null::text`;
  const schoolFilter = schoolConditions(m.schools, sql`s.id`, ctx.d);
  const c: KindContext = { ...ctx, needs: { teacher: false } };
  const matching = filterSql(m.filter, c);
  const ctes = sql`per_school as (
      select s.id, s.path, ${covered} as covered, ${missing} as missing,
        -- the school's staff on d: a school cell says something about them, so small schools are suppressed
        (select count(*) from teacher_assignments a where a.school_id = s.id and a.kind = 'primary' and ${validOn("a", ctx.d)}
          and ${inServiceOn(sql`a.teacher_id`, ctx.d)}) as staff
      from schools s
      left join (
        select ma.school_id, ${sql.join(counts, sql`, `)}
        from ${populationFrom(c)}
        where ${underPath(sql`ms.path`, ctx.path)} and ${matching}
        group by ma.school_id
      ) c on c.school_id = s.id
      where ${underPath(sql`s.path`, ctx.path)} and ${schoolFilter}
    )`;
  return {
    ctes,
    from: sql`per_school ps`,
    where: sql`true`,
    aggs: sql`count(*) filter (where ps.covered) as num, count(*) as den, sum(ps.staff) as pop, null::float8 as vsum, min(ps.missing) as extra`,
    unitId: sql`ps.id`,
    unitPath: sql`ps.path`,
    schoolFilter,
  };
}

/** The school `school` (an id expression) is classified on d as the coverage metric's school filter says (true without one). */
export function schoolConditions(f: Extract<Metric, { kind: "coverage" }>["schools"], school: SQL, d: SQL): SQL {
  const list = (xs: readonly string[]) =>
    sql.join(
      xs.map((x) => sql`${x}`),
      sql`, `,
    );
  const parts: SQL[] = [];
  if (f?.stages) parts.push(sql`x.stages && array[${list(f.stages)}]::text[]`);
  if (f?.locationClass) parts.push(sql`x.location_class in (${list(f.locationClass)})`);
  if (f?.remote !== undefined) parts.push(sql`x.remote = ${sql.raw(String(f.remote))}`);
  if (f?.weak !== undefined) parts.push(sql`x.weak = ${sql.raw(String(f.weak))}`);
  if (f?.ownership) parts.push(sql`x.ownership in (${list(f.ownership)})`);
  if (parts.length === 0) return sql`true`;
  return sql`exists (select 1 from school_classifications x where ${schoolClassificationOn("x", school, d)} and ${sql.join(parts, sql` and `)})`;
}

/**
 * Enrolments of teachers whose home school on the enrolment date is in scope (as the training roll-up
 * counts them), in programmes matching the filter, as of d: enrolled by d, started (上站) by d,
 * completed by d, module results recorded by d.
 */
function trainingRateSql(m: Extract<Metric, { kind: "training_rate" }>, ctx: KindContext): KindSql {
  const d = ctx.d;
  const p = m.programs ?? {};
  const list = (xs: readonly string[]) =>
    sql.join(
      xs.map((x) => sql`${x}`),
      sql`, `,
    );
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
    // people, not enrolments, for small-cell suppression: one teacher's five enrolments are still one person
    aggs: sql`${num} as num, ${den} as den, count(distinct e.teacher_id) as pop, null::float8 as vsum, null::text as extra`,
    ...home,
  };
}
