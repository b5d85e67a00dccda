import { sql, type SQL } from "drizzle-orm";
import { AGE_BAND_BOUNDS } from "../../domain/reports/workforce.ts";
import { AGE_BANDS, WORKFORCE_DIMENSIONS } from "../../domain/vocab.ts";
import { rowsOf } from "../migrations.ts";
import { employmentOn, inServiceOn, schoolClassificationOn, validOn } from "../as-of.ts";
import { underPath } from "../paths.ts";
import { dualQualifiedOn, highestDesignationLevelOn, highestEducationOn, titleOn } from "../teachers/attributes.ts";
import type { Database } from "../types.ts";

/** CASE over 周岁 mapping to the age band codes (bounds from the domain, so SQL and JS agree). */
function ageBand(age: SQL): SQL {
  const arms = AGE_BANDS.map((b) => {
    const [min, max] = AGE_BAND_BOUNDS[b];
    const conds = [min === null ? null : `a >= ${min}`, max === null ? null : `a <= ${max}`].filter(Boolean).join(" and ");
    return `when ${conds || "true"} then '${b}'`;
  }).join(" ");
  return sql`(select case ${sql.raw(arms)} end from (select ${age} as a) age)`;
}

// The dimension codes are also the column names of the per-teacher pass (constants, safe as raw SQL).
const dim = (d: string) => sql.raw(d);
const groupingCase = (pick: (d: string) => string, otherwise: string) =>
  sql.raw(`case ${WORKFORCE_DIMENSIONS.map((d) => `when grouping(${d}) = 0 then ${pick(d)}`).join(" ")} else ${otherwise} end`);

/**
 * One statement: a pass over the teachers in service on `asOf` whose primary (home) assignment is valid then at a
 * school under `path` ("/" = everywhere) computes each one's attributes as of that date (the shared
 * fragments of src/db/teacher-attributes.ts); GROUPING SETS then count per dimension code, plus the
 * total. The school's stages and location class are its classification on `asOf`; its stages are unnested (a teacher counts once under each stage of the home school),
 * so every set counts DISTINCT teachers.
 */
export async function workforceCounts(db: Database, path: string, asOf: string): Promise<{ counts: Map<string, number>; total: number }> {
  const d = sql`${asOf}::date`;
  const within = path === "/" ? sql`true` : underPath(sql.raw("home.path"), path);
  const result = await db.execute(sql`
    with pop as (
      select "teachers"."id" as id,
        "teachers"."gender" as gender,
        ${employmentOn(sql`"teachers"."id"`, d, sql`e.employment_category`)} as employment_category,
        coalesce(${highestEducationOn(d)}, 'not_recorded') as education_level,
        coalesce(${titleOn(d)}, 'none') as title_level,
        ${ageBand(sql`extract(year from age(${d}, "teachers"."birth_date"))::int`)} as age_band,
        case when ${dualQualifiedOn(d)} then 'dual_qualified' else 'not_dual_qualified' end as dual_qualification,
        coalesce(${highestDesignationLevelOn(d)}, 'none') as designation_level,
        home.stages, home.location_class
      from teachers
      cross join lateral (
        select s.path, sc.stages, sc.location_class from teacher_assignments a join schools s on s.id = a.school_id
          join school_classifications sc on ${schoolClassificationOn("sc", sql`s.id`, d)}
        where a.teacher_id = "teachers"."id" and a.kind = 'primary' and ${validOn("a", d)}
        order by a.valid_from desc limit 1
      ) home
      where ${within} and ${inServiceOn(sql`"teachers"."id"`, d)}
    )
    select ${groupingCase((x) => `'${x}'`, "'total'")} as dimension,
      ${groupingCase((x) => `${x}::text`, "null")} as code,
      count(distinct id)::int as n
    from pop left join lateral unnest(pop.stages) as st(school_stage) on true
    group by grouping sets (${sql.join(
      WORKFORCE_DIMENSIONS.map((x) => sql`(${dim(x)})`),
      sql`, `,
    )}, ())`);
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of rowsOf<{ dimension: string; code: string | null; n: number }>(result)) {
    if (r.dimension === "total") total = Number(r.n);
    else if (r.code !== null) counts.set(`${r.dimension}:${r.code}`, Number(r.n));
  }
  return { counts, total };
}
