import { and, eq } from "drizzle-orm";
import type { PrimaryPlacement } from "../../domain/home-school.ts";
import { inList } from "../json-rows.ts";
import { schools, teacherAssignments } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

export type PlacementWithPath = PrimaryPlacement & { teacherId: string; path: string };

/** Every primary assignment of these teachers with its school's path (one query; the home-school rule picks). */
export async function primaryPlacements(tx: Queryable, teacherIds: string[]): Promise<Map<string, PlacementWithPath[]>> {
  const out = new Map<string, PlacementWithPath[]>();
  if (teacherIds.length === 0) return out;
  const rows = await tx
    .select({
      teacherId: teacherAssignments.teacherId,
      schoolId: teacherAssignments.schoolId,
      validFrom: teacherAssignments.validFrom,
      validTo: teacherAssignments.validTo,
      path: schools.path,
    })
    .from(teacherAssignments)
    .innerJoin(schools, eq(schools.id, teacherAssignments.schoolId))
    .where(and(inList(teacherAssignments.teacherId, [...new Set(teacherIds)]), eq(teacherAssignments.kind, "primary")));
  for (const r of rows) {
    const list = out.get(r.teacherId);
    if (list) list.push(r);
    else out.set(r.teacherId, [r]);
  }
  return out;
}
