import { or, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { underPath } from "../../db/paths.ts";
import { auditEvents } from "../../db/schema/index.ts";

/** Audit events are scoped like the data they describe: by teacher, else by the org path recorded. */
export function auditScope(p: Principal): SQL | undefined {
  if (p.orgType === "root") return undefined;
  if (!p.path) return sql`false`;
  return or(
    sql`${auditEvents.teacherId} is not null and ${teacherScope(p, sql`${auditEvents.teacherId}`)}`,
    sql`${auditEvents.teacherId} is null and ${underPath(sql`${auditEvents.orgPath}`, p.path)}`,
  );
}
