import { sql, type SQL } from "drizzle-orm";
import { DESIGNATION_LEVELS, EDUCATION_LEVELS, TITLE_LEVELS } from "../domain/vocab.ts";

/**
 * A teacher's attributes as of a date, as SQL over the effective-dated sub-records. One definition
 * serves the teacher read, the list filters and (later) the metric compiler, so "dual-qualified on
 * 31 August" means the same everywhere. Every fragment correlates to the outer `"teachers"` row.
 * Validity is inclusive at both ends: valid_from <= d and (valid_to is null or valid_to >= d).
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

const validOn = (alias: string, d: SQL) =>
  sql.raw(`${alias}.valid_from <= `).append(sql`${d}::date and (${sql.raw(alias)}.valid_to is null or ${sql.raw(alias)}.valid_to >= ${d}::date)`);

export function currentSchoolIdOn(d: SQL) {
  return sql<string | null>`(select a.school_id from teacher_assignments a
    where a.teacher_id = ${T} and a.kind = 'primary' and ${validOn("a", d)}
    order by a.valid_from desc limit 1)`;
}

export function titleOn(d: SQL) {
  return sql<string | null>`(select x.level from teacher_titles x where x.teacher_id = ${T} and ${validOn("x", d)}
    order by x.valid_from desc limit 1)`;
}

export function highestEducationOn(d: SQL) {
  return sql<string | null>`(select x.level from teacher_education x where x.teacher_id = ${T} and ${validOn("x", d)}
    order by ${educationRank(sql.raw("x.level"))} desc limit 1)`;
}

/**
 * "Is there a row" as a scalar subquery rather than EXISTS: in a select list PostgreSQL may turn an
 * EXISTS into a hashed subplan that evaluates the inner query for every row of the table (a 50-row page
 * took 185 ms over 50,000 teachers); a scalar subquery with LIMIT 1 runs per output row on the index.
 */
function anyRow(from: SQL): SQL<boolean> {
  return sql<boolean>`coalesce((select true ${from} limit 1), false)`;
}

export function graduateCourseworkOn(d: SQL) {
  return anyRow(sql`from teacher_graduate_coursework x where x.teacher_id = ${T} and ${validOn("x", d)}`);
}

/**
 * A credential is active on d when issued by d and its latest status event on or before d is not
 * revoked/suspended/expired, and (unless an event says otherwise) it has not passed its expiry date.
 * Mirrors credentialStatusOn in src/domain/credentials.ts.
 */
export function hasActiveCredentialOn(kind: string, d: SQL) {
  return anyRow(sql`from teacher_credentials c where c.teacher_id = ${T} and c.kind = ${kind}
    and c.valid_from <= ${d}::date
    and coalesce((select e.status from teacher_credential_events e where e.credential_id = c.id and e.effective_on <= ${d}::date
        order by e.effective_on desc, e.id desc limit 1), 'active') = 'active'
    and (c.valid_to is null or c.valid_to >= ${d}::date)`);
}

export function dualQualifiedOn(d: SQL) {
  return sql<boolean>`(${hasActiveCredentialOn("teacher_certificate", d)} and ${hasActiveCredentialOn("occupational_qualification", d)})`;
}

/** Designations valid on d as a JSON array [{id, type, level}], highest level first. The dates decide: a
 * revoked or expired designation carries its last valid day in valid_to, so past dates still see it. */
export function designationsOn(d: SQL) {
  return sql<{ id: string; type: string; level: string }[]>`coalesce((select json_agg(json_build_object('id', x.id, 'type', x.type, 'level', x.level)
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
