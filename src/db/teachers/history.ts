import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { auditEvents } from "../schema/index.ts";
import type { Database } from "../types.ts";

/** A page (limit + 1 rows) of the audit events about one teacher, oldest first, after an event id. */
export function teacherHistory(db: Database, teacherId: string, after: string | undefined, limit: number) {
  const where: (SQL | undefined)[] = [eq(auditEvents.teacherId, teacherId)];
  if (after) where.push(gt(auditEvents.id, after));
  return db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(asc(auditEvents.id))
    .limit(limit + 1);
}
