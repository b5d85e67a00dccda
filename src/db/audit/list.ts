import { and, asc, eq, gt, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { underPath } from "../paths.ts";
import { auditEvents } from "../schema/index.ts";
import type { Database } from "../types.ts";

/** Audit events are scoped like the data they describe: by teacher, else by the org path recorded. */
function auditScope(p: Principal): SQL | undefined {
  if (p.orgType === "root") return undefined;
  if (!p.path) return sql`false`;
  return or(
    sql`${auditEvents.teacherId} is not null and ${teacherScope(p, sql`${auditEvents.teacherId}`)}`,
    sql`${auditEvents.teacherId} is null and ${underPath(sql`${auditEvents.orgPath}`, p.path)}`,
  );
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: string;
  /** Occurred at or after this instant (RFC 3339). */
  from?: string;
  /** Occurred before this instant. */
  to?: string;
  /** Keyset: ids after this one. */
  after?: string;
  limit: number;
}

/** A page (limit + 1 events, oldest first) of the trail the principal may read. */
export function listAuditEvents(db: Database, p: Principal, f: AuditFilter) {
  const where: (SQL | undefined)[] = [auditScope(p)];
  if (f.entity) where.push(eq(auditEvents.entity, f.entity));
  if (f.entityId) where.push(eq(auditEvents.entityId, f.entityId));
  if (f.actorId) where.push(eq(auditEvents.actorId, f.actorId));
  if (f.from) where.push(gte(auditEvents.occurredAt, new Date(f.from)));
  if (f.to) where.push(lt(auditEvents.occurredAt, new Date(f.to)));
  if (f.after) where.push(gt(auditEvents.id, f.after));
  return db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(asc(auditEvents.id))
    .limit(f.limit + 1);
}
