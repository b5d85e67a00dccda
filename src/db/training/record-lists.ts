import { and, asc, eq, gt, or, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teachers, trainingPrograms, trainingRecords } from "../schema/index.ts";
import { teacherAttributeConditions } from "../teachers/filters.ts";
import type { Queryable } from "../types.ts";
import { recordScope, type RecordRow } from "./records.ts";

export interface RecordFilters {
  status?: RecordRow["status"];
  category?: RecordRow["category"];
  source?: RecordRow["source"];
  completedFrom?: string;
  completedTo?: string;
}

/** Filters shared by the two record lists. */
function recordFilters(q: RecordFilters): SQL[] {
  const out: SQL[] = [];
  if (q.status) out.push(sql`${trainingRecords.status} = ${q.status}`);
  if (q.category) out.push(sql`${trainingRecords.category} = ${q.category}`);
  if (q.source) out.push(sql`${trainingRecords.source} = ${q.source}`);
  if (q.completedFrom) out.push(sql`${trainingRecords.completedOn} >= ${q.completedFrom}::date`);
  if (q.completedTo) out.push(sql`${trainingRecords.completedOn} <= ${q.completedTo}::date`);
  return out;
}

export interface RecordListQuery extends RecordFilters {
  teacherId?: string;
  /** Teachers assigned, on `on`, to this school or below this jurisdiction path. */
  schoolId?: string;
  jurisdictionPath?: string;
  on: string;
  after?: string;
  limit: number;
}

/** A page of the records of teachers in scope, ordered by id. */
export function recordPage(db: Queryable, p: Principal, q: RecordListQuery): Promise<RecordRow[]> {
  const where: (SQL | undefined)[] = [recordScope(p), ...recordFilters(q)];
  if (q.teacherId) where.push(eq(trainingRecords.teacherId, q.teacherId));
  if (q.schoolId || q.jurisdictionPath) {
    const conditions = teacherAttributeConditions({ schoolId: q.schoolId, jurisdictionPath: q.jurisdictionPath }, sql`${q.on}`);
    where.push(sql`exists (select 1 from teachers where "teachers"."id" = "training_records"."teacher_id" and ${and(...conditions)})`);
  }
  if (q.after) where.push(gt(trainingRecords.id, q.after));
  return db
    .select()
    .from(trainingRecords)
    .where(and(...where))
    .orderBy(asc(trainingRecords.id))
    .limit(q.limit);
}

/** A page of one teacher's records, ordered by completion date then id (`after`: the last row's pair). */
export function teacherRecordPage(
  db: Queryable,
  teacherId: string,
  q: RecordFilters & { after?: [string, string]; limit: number },
): Promise<RecordRow[]> {
  const where: (SQL | undefined)[] = [eq(trainingRecords.teacherId, teacherId), ...recordFilters(q)];
  if (q.after) {
    const [on, id] = q.after;
    where.push(or(gt(trainingRecords.completedOn, on), and(eq(trainingRecords.completedOn, on), gt(trainingRecords.id, id))));
  }
  return db
    .select()
    .from(trainingRecords)
    .where(and(...where))
    .orderBy(asc(trainingRecords.completedOn), asc(trainingRecords.id))
    .limit(q.limit);
}

/** Every record of a teacher completed on or before `asOf`, in date order (what an evaluation as of that date reads). */
export function recordsCompletedBy(db: Queryable, teacherId: string, asOf: string): Promise<RecordRow[]> {
  return db
    .select()
    .from(trainingRecords)
    .where(and(eq(trainingRecords.teacherId, teacherId), sql`${trainingRecords.completedOn} <= ${asOf}::date`))
    .orderBy(asc(trainingRecords.completedOn), asc(trainingRecords.id));
}

/**
 * A teacher's records for a transcript, with their programme's code, and the teacher's name. Rejected
 * ones too: whether a record was rejected depends on the knowledge time the caller asks about.
 */
export async function transcriptRows(db: Queryable, teacherId: string, q: { from?: string; to?: string }) {
  const where: (SQL | undefined)[] = [eq(trainingRecords.teacherId, teacherId)];
  if (q.from) where.push(sql`${trainingRecords.completedOn} >= ${q.from}::date`);
  if (q.to) where.push(sql`${trainingRecords.completedOn} <= ${q.to}::date`);
  const [rows, [teacher]] = await Promise.all([
    db
      .select({ record: trainingRecords, programCode: trainingPrograms.code })
      .from(trainingRecords)
      .leftJoin(trainingPrograms, eq(trainingPrograms.id, trainingRecords.programId))
      .where(and(...where))
      .orderBy(asc(trainingRecords.completedOn), asc(trainingRecords.id)),
    db.select({ name: teachers.name }).from(teachers).where(eq(teachers.id, teacherId)),
  ]);
  return { rows, teacherName: teacher!.name };
}
