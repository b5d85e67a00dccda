import { and, eq, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { teachers, trainingRecords } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { NotFound } from "../../domain/errors.ts";

/** Scope of training records: their teacher's scope. */
export function recordScope(p: Principal): SQL | undefined {
  return teacherScope(p, sql.raw(`"training_records"."teacher_id"`));
}

/** A record in scope (optionally locked), or 404. */
export async function findRecord(db: Queryable, p: Principal, id: string, lock = false) {
  const q = db.select().from(trainingRecords).where(and(eq(trainingRecords.id, id), recordScope(p)));
  const [row] = await (lock ? q.for("update") : q);
  if (!row) throw new NotFound("Training record", id);
  return row;
}

/** The teacher must exist and be in scope (a teacher principal: themself); otherwise 404. */
export async function requireTeacher(db: Queryable, p: Principal, teacherId: string, lock = false) {
  const q = db.select({ id: teachers.id }).from(teachers).where(and(eq(teachers.id, teacherId), teacherScope(p)));
  const [row] = await (lock ? q.for("share") : q);
  if (!row) throw new NotFound("Teacher", teacherId);
}

/** Filters shared by the two record lists. */
export function recordFilters(q: { status?: string; category?: string; source?: string; completedFrom?: string; completedTo?: string }): SQL[] {
  const out: SQL[] = [];
  if (q.status) out.push(sql`${trainingRecords.status} = ${q.status}`);
  if (q.category) out.push(sql`${trainingRecords.category} = ${q.category}`);
  if (q.source) out.push(sql`${trainingRecords.source} = ${q.source}`);
  if (q.completedFrom) out.push(sql`${trainingRecords.completedOn} >= ${q.completedFrom}::date`);
  if (q.completedTo) out.push(sql`${trainingRecords.completedOn} <= ${q.completedTo}::date`);
  return out;
}
