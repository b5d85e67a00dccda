import { and, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { teachers } from "../schema/index.ts";
import * as attr from "./attributes.ts";
import type { Database, Queryable } from "../types.ts";
import { prepared } from "../prepared.ts";
import { NotFound } from "../../domain/errors.ts";

/** Columns of a teacher read: the stored record plus its attributes as of a date, derived in SQL. */
export function teacherColumns(asOf: SQL | string) {
  const d = typeof asOf === "string" ? sql`${asOf}` : asOf;
  return {
    ...getTableColumns(teachers),
    ...attr.employmentOnDate(d),
    currentSchoolId: attr.currentSchoolIdOn(d),
    title: attr.titleOn(d),
    highestEducation: attr.highestEducationOn(d),
    graduateCoursework: attr.graduateCourseworkOn(d),
    dualQualified: attr.dualQualifiedOn(d),
    designations: attr.designationsOn(d),
    subjects: attr.subjectsOn(d),
  };
}

/**
 * One teacher with derived fields, or undefined when unknown or outside the principal's scope.
 * Unrestricted reads use a prepared statement; scoped ones add the scope condition.
 */
export async function findTeacher(db: Database, id: string, asOf: string, principal?: Principal) {
  const scope = principal ? teacherScope(principal) : undefined;
  if (scope) {
    const rows = await db
      .select(teacherColumns(asOf))
      .from(teachers)
      .where(and(eq(teachers.id, id), scope))
      .limit(1);
    return rows[0];
  }
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

export async function lockTeacher(tx: Queryable, id: string, principal: Principal) {
  const [row] = await tx
    .select()
    .from(teachers)
    .where(and(eq(teachers.id, id), teacherScope(principal)))
    .for("update");
  return row;
}

/** The teacher must exist and be in the scope; otherwise NotFound, whatever the reason. `lock` holds it (FOR SHARE) while sub-records change. */
export async function requireTeacher(db: Queryable, teacherId: string, scope: Principal, lock = false): Promise<void> {
  const q = db
    .select({ id: teachers.id })
    .from(teachers)
    .where(and(eq(teachers.id, teacherId), teacherScope(scope)));
  const [t] = await (lock ? q.for("share") : q);
  if (!t) throw new NotFound("Teacher", teacherId);
}

/** The stored national ID of a teacher in scope (undefined when unknown or outside it). */
export async function nationalIdOf(db: Queryable, teacherId: string, scope: Principal) {
  const [row] = await db
    .select({ nationalId: teachers.nationalId })
    .from(teachers)
    .where(and(eq(teachers.id, teacherId), teacherScope(scope)));
  return row;
}
