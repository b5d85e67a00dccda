import { sql, type SQL } from "drizzle-orm";
import { DESIGNATION_LEVELS, EDUCATION_LEVELS, TITLE_LEVELS } from "../../domain/vocab.ts";
import { END_STATUSES, type EmploymentCategory, type TeacherStatus } from "../../domain/vocab.ts";
import { anyRow, employmentOn, hasActiveCredential, homeAssignmentOn, validOn } from "../as-of.ts";

/**
 * A teacher's attributes as of a date, as SQL over the effective-dated sub-records. One definition
 * serves the teacher read, the list filters and (later) the metric compiler, so "dual-qualified on
 * 31 August" means the same everywhere. Every fragment correlates to the outer `"teachers"` row.
 * The as-of conditions themselves are src/db/as-of.ts.
 */
const T = sql.raw(`"teachers"."id"`);

/** array_position over a fixed code list: the ordinal used for "at least" comparisons (1-based). */
function rankOf(codes: readonly string[], column: SQL): SQL<number> {
  const list = codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(",");
  return sql<number>`array_position(array[${sql.raw(list)}]::text[], ${column})`;
}

export const titleRank = (column: SQL) => rankOf(TITLE_LEVELS, column);
export const educationRank = (column: SQL) => rankOf(EDUCATION_LEVELS, column);
export const designationLevelRank = (column: SQL) => rankOf(DESIGNATION_LEVELS, column);

/** Rank of a code as a literal, for comparisons against the ranked column. */
export function rankLiteral(codes: readonly string[], code: string): number {
  return codes.indexOf(code) + 1;
}

const END = sql.raw(END_STATUSES.map((x) => `'${x}'`).join(", "));
const cached = (column: string) => sql.raw(`"teachers"."${column}"`);

/**
 * The employment facts on d, from the period that answers d (src/db/as-of.ts employmentOn); the
 * teachers row's cache of the open period answers only for a teacher with no periods. The end date and
 * reason show on a date out of service only: as of a date before the end the teacher was active.
 */
export function employmentOnDate(d: SQL) {
  return {
    employmentCategory: sql<EmploymentCategory>`coalesce(${employmentOn(T, d, sql`e.employment_category`)}, ${cached("employment_category")})`,
    onEstablishmentNotAtPost: sql<boolean>`coalesce(${employmentOn(T, d, sql`e.on_establishment_not_at_post`)}, ${cached("on_establishment_not_at_post")})`,
    status: sql<TeacherStatus>`coalesce(${employmentOn(T, d, sql`e.status`)}, ${cached("status")})`,
    endedOn: sql<string | null>`${employmentOn(T, d, sql`case when e.status in (${END}) then (e.valid_from - 1)::text end`)}`,
    endReason: sql<string | null>`${employmentOn(T, d, sql`case when e.status in (${END}) then e.reason end`)}`,
  };
}

export function currentSchoolIdOn(d: SQL) {
  return homeAssignmentOn(T, d) as SQL<string | null>;
}

export function titleOn(d: SQL) {
  return sql<string | null>`(select x.level from teacher_titles x where x.teacher_id = ${T} and ${validOn("x", d)}
    order by x.valid_from desc limit 1)`;
}

export function highestEducationOn(d: SQL) {
  return sql<string | null>`(select x.level from teacher_education x where x.teacher_id = ${T} and ${validOn("x", d)}
    order by ${educationRank(sql.raw("x.level"))} desc limit 1)`;
}

export function graduateCourseworkOn(d: SQL) {
  return anyRow(sql`from teacher_graduate_coursework x where x.teacher_id = ${T} and ${validOn("x", d)}`);
}

/** 双师型 on d (src/db/as-of.ts hasActiveCredential states when a credential is active). */
export function dualQualifiedOn(d: SQL) {
  return sql<boolean>`(${hasActiveCredential(T, "teacher_certificate", d, "column")} and ${hasActiveCredential(T, "occupational_qualification", d, "column")})`;
}

/** Designations valid on d as a JSON array [{id, type, level}], highest level first. The dates decide: a
 * revoked or expired designation carries its last valid day in valid_to, so past dates still see it. */
export function designationsOn(d: SQL) {
  return sql<
    { id: string; type: string; level: string }[]
  >`coalesce((select json_agg(json_build_object('id', x.id, 'type', x.type, 'level', x.level)
      order by ${designationLevelRank(sql.raw("x.level"))} desc, x.valid_from)
    from teacher_designations x where x.teacher_id = ${T} and ${validOn("x", d)}), '[]'::json)`;
}

/** Distinct subjects taught on d (JSON, which every driver parses without type discovery). */
export function subjectsOn(d: SQL) {
  return sql<string[]>`coalesce((select json_agg(distinct x.subject order by x.subject) from teacher_subjects x
    where x.teacher_id = ${T} and ${validOn("x", d)}), '[]'::json)`;
}

/** The highest designation level held on d (null when none). */
export function highestDesignationLevelOn(d: SQL) {
  return sql<string | null>`(select x.level from teacher_designations x where x.teacher_id = ${T} and ${validOn("x", d)}
    order by ${designationLevelRank(sql.raw("x.level"))} desc limit 1)`;
}
