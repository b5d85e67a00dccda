import { eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import { teacherAssignments, teachers } from "../../db/schema/index.ts";
import type { Database, Queryable } from "../../db/types.ts";
import { prepared } from "../../db/versioned.ts";
import { ApiError, type FieldError } from "../../lib/problem.ts";
import type { FieldIssue } from "../../domain/teacher.ts";

/**
 * The outer teacher row's id, always table-qualified: drizzle leaves columns unqualified in
 * single-table selects, and a bare "id" inside a subquery would bind to the subquery's own table.
 */
export const outerTeacherId = sql.raw(`"teachers"."id"`);

/** School of the primary assignment valid on a date (validTo is inclusive). */
export function currentSchoolIdOn(asOf: SQL | string) {
  return sql<string | null>`(select a.school_id from ${teacherAssignments} a
    where a.teacher_id = ${outerTeacherId} and a.kind = 'primary'
      and a.valid_from <= ${asOf}::date and (a.valid_to is null or a.valid_to >= ${asOf}::date)
    order by a.valid_from desc limit 1)`;
}

/** Columns of a teacher read: the stored record plus the fields derived in SQL. */
export function teacherColumns(asOf: SQL | string) {
  return { ...getTableColumns(teachers), currentSchoolId: currentSchoolIdOn(asOf) };
}

export function findTeacher(db: Database, id: string, asOf: string) {
  return prepared(db, "teacher_by_id", (d) =>
    d
      .select(teacherColumns(sql`${sql.placeholder("asOf")}`))
      .from(teachers)
      .where(eq(teachers.id, sql.placeholder("id")))
      .limit(1)
      .prepare("teacher_by_id"),
  )
    .execute({ id, asOf })
    .then((rows) => rows[0]);
}

export async function lockTeacher(tx: Queryable, id: string) {
  const [row] = await tx.select().from(teachers).where(eq(teachers.id, id)).for("update");
  return row;
}

export function rejectIssues(issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  const errors: FieldError[] = issues.map((i) => ({ pointer: `/${i.field}`, detail: i.detail }));
  throw ApiError.invalid(`${issues.length} field${issues.length === 1 ? " is" : "s are"} inconsistent`, errors);
}
