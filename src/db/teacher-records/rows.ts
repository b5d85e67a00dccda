import { and, asc, eq, getTableName, gt, or, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Principal } from "../../auth/principal.ts";
import { NotFound } from "../../domain/errors.ts";
import { validOn } from "../as-of.ts";
import { requireTeacher } from "../teachers/read.ts";
import type { Database, Queryable } from "../types.ts";
import { updateVersioned } from "../versioned.ts";
import { recordTable, type RecordKind, type RecordRow } from "./tables.ts";

/**
 * The generic reads and writes of a teacher sub-record (src/db/teacher-records/tables.ts names the
 * tables): every one is scoped to its teacher, so an id under another teacher is not found.
 */
export interface RecordListQuery {
  teacherId: string;
  /** Only the records valid on this date; undefined for the full history. */
  asOf?: string;
  /** Keyset: after this (validFrom, id). */
  after?: [string, string];
  limit: number;
}

/** A page (limit + 1 rows) of one teacher's records of a kind, by start date then id. */
export async function listRecords<K extends RecordKind>(db: Database, kind: K, q: RecordListQuery): Promise<RecordRow<K>[]> {
  const table = recordTable(kind);
  const where: (SQL | undefined)[] = [eq(table.teacherId, q.teacherId)];
  if (q.asOf) where.push(validOn(`"${getTableName(table)}"`, sql`${q.asOf}`));
  if (q.after) {
    const [from, id] = q.after;
    where.push(or(gt(table.validFrom, from), and(eq(table.validFrom, from), gt(table.id, id))));
  }
  return (await db
    .select()
    .from(table as PgTable)
    .where(and(...where))
    .orderBy(asc(table.validFrom), asc(table.id))
    .limit(q.limit + 1)) as RecordRow<K>[];
}

/** The full history of one teacher's records of a kind (a teacher read's `include`). */
export async function recordHistory<K extends RecordKind>(db: Database, kind: K, teacherId: string): Promise<RecordRow<K>[]> {
  const table = recordTable(kind);
  return (await db
    .select()
    .from(table as PgTable)
    .where(eq(table.teacherId, teacherId))
    .orderBy(asc(table.validFrom), asc(table.id))) as RecordRow<K>[];
}

/** One record of the teacher, FOR UPDATE when `lock`; NotFound (as `noun`) otherwise. */
export async function findRecord<K extends RecordKind>(
  tx: Queryable,
  kind: K,
  noun: string,
  teacherId: string,
  id: string,
  lock: boolean,
): Promise<RecordRow<K>> {
  const table = recordTable(kind);
  const q = tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), eq(table.teacherId, teacherId)));
  const [row] = (await (lock ? q.for("update") : q)) as RecordRow<K>[];
  if (!row) throw new NotFound(noun, id);
  return row;
}

/** One record of a teacher in scope (the teacher first: out of scope is NotFound "Teacher"). */
export function getRecordInScope<K extends RecordKind>(
  db: Database,
  kind: K,
  noun: string,
  scope: Principal,
  teacherId: string,
  id: string,
) {
  return db.transaction(async (tx) => {
    await requireTeacher(tx, teacherId, scope);
    return findRecord(tx, kind, noun, teacherId, id, false);
  });
}

export async function insertRecord<K extends RecordKind>(tx: Queryable, kind: K, values: RecordRow<K>): Promise<RecordRow<K>> {
  const [created] = (await tx
    .insert(recordTable(kind))
    .values(values as never)
    .returning()) as RecordRow<K>[];
  return created!;
}

/** A versioned update of one of the teacher's records (NotFound / VersionConflict as src/db/versioned.ts). */
export async function updateRecord<K extends RecordKind>(
  tx: Queryable,
  kind: K,
  noun: string,
  teacherId: string,
  id: string,
  expected: number,
  change: Record<string, unknown>,
): Promise<RecordRow<K>> {
  const table = recordTable(kind);
  return (await updateVersioned(tx, table, noun, id, expected, change, eq(table.teacherId, teacherId))) as RecordRow<K>;
}
