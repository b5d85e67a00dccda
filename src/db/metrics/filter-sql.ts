import { sql, type SQL } from "drizzle-orm";
import type { Condition, Filter } from "../../domain/metrics/definition.ts";
import { DESIGNATION_LEVELS, EDUCATION_LEVELS, TITLE_LEVELS } from "../../domain/vocab.ts";
import { hasActiveCredential, validOn, validOnOpenStart } from "../as-of.ts";
import { designationLevelRank, educationRank, rankLiteral, titleRank } from "../teachers/attributes.ts";

/**
 * A metric filter as one boolean SQL expression over the population row: the home assignment `ma`, home
 * school `ms` and its classification `msc` on the evaluation date (src/db/as-of.ts schoolClassificationOn),
 * and the `"teachers"` row when a condition reads it (kinds.ts). Teacher
 * attributes held in effective-dated records are EXISTS over their (teacher_id, valid_from) indexes, with
 * the as-of conditions of src/db/as-of.ts, as the teacher read uses them.
 */
export interface FilterContext {
  /** The evaluation date as a SQL date expression. */
  d: SQL;
  /**
   * Set when a condition reads the teacher row itself, or the home school's classification, so the
   * statement joins `teachers` / `msc` only then. Without it, the statement must join both.
   */
  needs?: { teacher: boolean; classification?: boolean };
}

const T = sql.raw(`"teachers"`);
/** The population row's teacher id: the home assignment's, so conditions on sub-records need no join to teachers. */
const ID = sql.raw("ma.teacher_id");
/** A column of the teacher row (and a note that the statement must join it). */
function col(ctx: FilterContext, name: string): SQL {
  if (ctx.needs) ctx.needs.teacher = true;
  return sql`${T}.${sql.identifier(name)}`;
}
/** A column of the home school's classification on d (and a note that the statement must join it). */
function cls(ctx: FilterContext, name: string): SQL {
  if (ctx.needs) ctx.needs.classification = true;
  return sql`msc.${sql.identifier(name)}`;
}
const list = (codes: readonly string[]) =>
  sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  );
const textArray = (codes: readonly string[]) => sql`array[${list(codes)}]::text[]`;
const recordExists = (table: string, d: SQL, extra: SQL) =>
  sql`exists (select 1 from ${sql.raw(table)} x where x.teacher_id = ${ID} and ${validOn("x", d)} and ${extra})`;

const activeCredential = (kind: string, d: SQL) => hasActiveCredential(ID, kind, d, "where");

/** Designations of the outer teacher matching `m`: held on d, or awarded in the window (and by d). */
export function designationMatch(m: NonNullable<Condition["designation"]>, d: SQL, alias = "x"): SQL {
  const a = sql.raw(alias);
  const parts: SQL[] = [
    m.awarded
      ? sql`${a}.valid_from <= ${d}${m.awarded.from ? sql` and ${a}.valid_from >= ${m.awarded.from}::date` : sql``}${m.awarded.to ? sql` and ${a}.valid_from <= ${m.awarded.to}::date` : sql``}`
      : validOn(alias, d),
  ];
  if (m.types) parts.push(sql`${a}.type in (${list(m.types)})`);
  if (m.levels) parts.push(sql`${a}.level in (${list(m.levels)})`);
  if (m.levelAtLeast)
    parts.push(sql`${designationLevelRank(sql`${a}.level`)} >= ${sql.raw(String(rankLiteral(DESIGNATION_LEVELS, m.levelAtLeast)))}`);
  if (m.subjects) parts.push(sql`${a}.subject in (${list(m.subjects)})`);
  return sql.join(parts, sql` and `);
}

/** Whole years on d: born (or started) on or before d minus n years; the same rule as ageOn. */
const yearsAtLeast = (start: SQL, d: SQL, n: number) => sql`${start} <= (${d} - make_interval(years => ${sql.raw(String(n))}))::date`;
const yearsAtMost = (start: SQL, d: SQL, n: number) => sql`${start} > (${d} - make_interval(years => ${sql.raw(String(n + 1))}))::date`;

function conditionSql(c: Condition, ctx: FilterContext): SQL {
  const d = ctx.d;
  const t = (name: string) => col(ctx, name);
  const s = (name: string) => cls(ctx, name);
  const parts: SQL[] = [];
  if (c.schoolStage) parts.push(sql`${s("stages")} && ${textArray(c.schoolStage)}`);
  if (c.teachingStage) parts.push(recordExists("teacher_subjects", d, sql`x.stage in (${list(c.teachingStage)})`));
  if (c.locationClass) parts.push(sql`${s("location_class")} in (${list(c.locationClass)})`);
  if (c.remote !== undefined) parts.push(sql`${s("remote")} = ${sql.raw(String(c.remote))}`);
  if (c.weak !== undefined) parts.push(sql`${s("weak")} = ${sql.raw(String(c.weak))}`);
  if (c.ownership) parts.push(sql`${s("ownership")} in (${list(c.ownership)})`);
  if (c.postType) parts.push(sql`ma.post_type in (${list(c.postType)})`);
  // Employment facts on d: the period that answers d (valid_from null = since the register knew the teacher).
  const employed = (condition: SQL) =>
    sql`exists (select 1 from teacher_employment x where x.teacher_id = ${ID} and ${validOnOpenStart("x", d)} and ${condition})`;
  if (c.employmentCategory) parts.push(employed(sql`x.employment_category in (${list(c.employmentCategory)})`));
  if (c.onEstablishmentNotAtPost !== undefined)
    parts.push(employed(sql`x.on_establishment_not_at_post = ${sql.raw(String(c.onEstablishmentNotAtPost))}`));
  if (c.status) parts.push(employed(sql`x.status in (${list(c.status)})`));
  if (c.educationAtLeast) {
    parts.push(
      recordExists(
        "teacher_education",
        d,
        sql`${educationRank(sql.raw("x.level"))} >= ${sql.raw(String(rankLiteral(EDUCATION_LEVELS, c.educationAtLeast)))}`,
      ),
    );
  }
  if (c.educationExactly) {
    const rank = rankLiteral(EDUCATION_LEVELS, c.educationExactly);
    parts.push(sql`${recordExists("teacher_education", d, sql`x.level = ${c.educationExactly}`)}
      and not ${recordExists("teacher_education", d, sql`${educationRank(sql.raw("x.level"))} > ${sql.raw(String(rank))}`)}`);
  }
  if (c.graduateCoursework !== undefined) {
    const has = recordExists("teacher_graduate_coursework", d, sql`true`);
    parts.push(c.graduateCoursework ? has : sql`not ${has}`);
  }
  // The title held on d is the latest that is valid then, as the teacher read shows it.
  const title = sql`(select x.level from teacher_titles x where x.teacher_id = ${ID} and ${validOn("x", d)} order by x.valid_from desc limit 1)`;
  if (c.titleAtLeast) parts.push(sql`${titleRank(title)} >= ${sql.raw(String(rankLiteral(TITLE_LEVELS, c.titleAtLeast)))}`);
  if (c.title) parts.push(sql`${title} in (${list(c.title)})`);
  if (c.designation) {
    parts.push(sql`exists (select 1 from teacher_designations x where x.teacher_id = ${ID} and ${designationMatch(c.designation, d)})`);
  }
  if (c.credential) parts.push(activeCredential(c.credential, d));
  if (c.dualQualified !== undefined) {
    // The rarer credential first: AND stops at the first failed probe.
    const dual = sql`(${activeCredential("occupational_qualification", d)} and ${activeCredential("teacher_certificate", d)})`;
    parts.push(c.dualQualified ? dual : sql`not ${dual}`);
  }
  if (c.subjectFlag) parts.push(recordExists("teacher_subjects", d, sql`x.subject in (${list(c.subjectFlag)})`));
  if (c.subject) parts.push(recordExists("teacher_subjects", d, sql`x.subject in (${list(c.subject)})`));
  if (c.gender) parts.push(sql`${t("gender")} = ${c.gender}`);
  const birth = c.age ? t("birth_date") : sql``;
  if (c.age?.min !== undefined) parts.push(yearsAtLeast(birth, d, c.age.min));
  if (c.age?.max !== undefined) parts.push(yearsAtMost(birth, d, c.age.max));
  const start = c.yearsOfTeaching ? sql`coalesce(${t("teaching_start_date")}, ${t("hire_date")})` : sql``;
  if (c.yearsOfTeaching?.min !== undefined) parts.push(yearsAtLeast(start, d, c.yearsOfTeaching.min));
  if (c.yearsOfTeaching?.max !== undefined) parts.push(sql`${start} <= ${d} and ${yearsAtMost(start, d, c.yearsOfTeaching.max)}`);
  if (c.hireDate?.from) parts.push(sql`${t("hire_date")} >= ${c.hireDate.from}::date`);
  if (c.hireDate?.to) parts.push(sql`${t("hire_date")} <= ${c.hireDate.to}::date`);
  return sql`(${sql.join(parts, sql` and `)})`;
}

/**
 * The filter as SQL; an absent filter is true. A comparison with a missing value (no hire date) is
 * unknown, which WHERE and FILTER treat as false; only `not` must turn it into false first, or the
 * teacher would fall out of both a condition and its negation.
 */
export function filterSql(f: Filter | undefined, ctx: FilterContext): SQL {
  if (!f) return sql`true`;
  if ("all" in f)
    return sql`(${sql.join(
      f.all.map((x) => filterSql(x, ctx)),
      sql` and `,
    )})`;
  if ("any" in f)
    return sql`(${sql.join(
      f.any.map((x) => filterSql(x, ctx)),
      sql` or `,
    )})`;
  if ("not" in f) return sql`(not coalesce(${filterSql(f.not, ctx)}, false))`;
  return conditionSql(f as Condition, ctx);
}
