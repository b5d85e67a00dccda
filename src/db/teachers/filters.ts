import { sql, type SQL } from "drizzle-orm";
import { DESIGNATION_LEVELS, EDUCATION_LEVELS, TITLE_LEVELS } from "../../domain/vocab.ts";
import type { EmploymentCategory, TeacherStatus } from "../../domain/vocab.ts";
import { hasActiveCredential, schoolClassificationOn, validOn, validOnOpenStart } from "../as-of.ts";
import { underPath } from "../paths.ts";
import { designationLevelRank, educationRank, rankLiteral, titleRank } from "./attributes.ts";

/**
 * WHERE conditions on a teacher's attributes as of a date. Each is an EXISTS over one indexed
 * sub-record table (teacher_id, valid_from), so a filtered page is evaluated in the database and
 * stops as soon as the page is full.
 */
const T = sql.raw(`"teachers"."id"`);

export interface TeacherAttributeFilter {
  schoolId?: string;
  /** Materialised path of a jurisdiction: teachers assigned on d to a school below it. */
  jurisdictionPath?: string;
  titleAtLeast?: string;
  educationAtLeast?: string;
  educationExactly?: string;
  designationType?: string;
  designationLevelAtLeast?: string;
  dualQualified?: boolean;
  subject?: string;
  locationClass?: string;
  remote?: boolean;
  weak?: boolean;
  ageMin?: number;
  ageMax?: number;
  /** Employment facts on d (the period that answers d). */
  status?: TeacherStatus;
  employmentCategory?: EmploymentCategory;
  onEstablishmentNotAtPost?: boolean;
}

/** The teacher's employment period on d matches the condition on `e`. */
function employedOn(d: SQL, condition: SQL) {
  return sql`exists (select 1 from teacher_employment e where e.teacher_id = ${T} and ${validOnOpenStart("e", d)} and ${condition})`;
}

/** Assigned (primary or concurrent) on d to a school matching the condition on `s`. */
function assignedOn(d: SQL, schoolCondition: SQL) {
  return sql`exists (select 1 from teacher_assignments a join schools s on s.id = a.school_id
    where a.teacher_id = ${T} and ${validOn("a", d)} and ${schoolCondition})`;
}

/** The home (primary) school on d is classified, on d, as the condition on `sc` says. */
function homeClassifiedOn(d: SQL, condition: SQL) {
  return sql`exists (select 1 from teacher_assignments a join school_classifications sc on ${schoolClassificationOn("sc", sql`a.school_id`, d)}
    where a.teacher_id = ${T} and ${validOn("a", d)} and a.kind = 'primary' and ${condition})`;
}

/** Dual qualification as a WHERE condition (EXISTS: the planner can semi-join from the few qualified credentials). */
function dualQualifiedWhere(d: SQL) {
  return sql`${hasActiveCredential(T, "teacher_certificate", d, "where")} and ${hasActiveCredential(T, "occupational_qualification", d, "where")}`;
}

export function teacherAttributeConditions(f: TeacherAttributeFilter, d: SQL): SQL[] {
  const out: SQL[] = [];
  if (f.schoolId) out.push(assignedOn(d, sql`s.id = ${f.schoolId}`));
  if (f.jurisdictionPath) out.push(assignedOn(d, underPath(sql.raw("s.path"), f.jurisdictionPath)));
  // School classification is that of the home (primary) school on d, as it was classified on d.
  if (f.locationClass) out.push(homeClassifiedOn(d, sql`sc.location_class = ${f.locationClass}`));
  if (f.remote !== undefined) out.push(homeClassifiedOn(d, sql`sc.remote = ${f.remote}`));
  if (f.weak !== undefined) out.push(homeClassifiedOn(d, sql`sc.weak = ${f.weak}`));
  if (f.status) out.push(employedOn(d, sql`e.status = ${f.status}`));
  if (f.employmentCategory) out.push(employedOn(d, sql`e.employment_category = ${f.employmentCategory}`));
  if (f.onEstablishmentNotAtPost !== undefined)
    out.push(employedOn(d, sql`e.on_establishment_not_at_post = ${f.onEstablishmentNotAtPost}`));
  if (f.titleAtLeast) {
    out.push(sql`exists (select 1 from teacher_titles x where x.teacher_id = ${T} and ${validOn("x", d)}
      and ${titleRank(sql.raw("x.level"))} >= ${rankLiteral(TITLE_LEVELS, f.titleAtLeast)})`);
  }
  if (f.educationAtLeast) {
    out.push(sql`exists (select 1 from teacher_education x where x.teacher_id = ${T} and ${validOn("x", d)}
      and ${educationRank(sql.raw("x.level"))} >= ${rankLiteral(EDUCATION_LEVELS, f.educationAtLeast)})`);
  }
  if (f.educationExactly) {
    // Highest education equals the level: has it, and nothing higher.
    out.push(sql`exists (select 1 from teacher_education x where x.teacher_id = ${T} and ${validOn("x", d)} and x.level = ${f.educationExactly})
      and not exists (select 1 from teacher_education x where x.teacher_id = ${T} and ${validOn("x", d)}
      and ${educationRank(sql.raw("x.level"))} > ${rankLiteral(EDUCATION_LEVELS, f.educationExactly)})`);
  }
  if (f.designationType || f.designationLevelAtLeast) {
    const type = f.designationType ? sql` and x.type = ${f.designationType}` : sql``;
    const level = f.designationLevelAtLeast
      ? sql` and ${designationLevelRank(sql.raw("x.level"))} >= ${rankLiteral(DESIGNATION_LEVELS, f.designationLevelAtLeast)}`
      : sql``;
    out.push(sql`exists (select 1 from teacher_designations x where x.teacher_id = ${T} and ${validOn("x", d)}${type}${level})`);
  }
  if (f.dualQualified !== undefined) out.push(f.dualQualified ? dualQualifiedWhere(d) : sql`not (${dualQualifiedWhere(d)})`);
  if (f.subject)
    out.push(sql`exists (select 1 from teacher_subjects x where x.teacher_id = ${T} and ${validOn("x", d)} and x.subject = ${f.subject})`);
  // 周岁 on d >= n  <=>  born on or before d minus n years (PostgreSQL maps 29 Feb to 28 Feb, which matches).
  if (f.ageMin !== undefined) out.push(sql`"teachers"."birth_date" <= (${d}::date - make_interval(years => ${f.ageMin}))::date`);
  if (f.ageMax !== undefined) out.push(sql`"teachers"."birth_date" > (${d}::date - make_interval(years => ${f.ageMax + 1}))::date`);
  return out;
}
