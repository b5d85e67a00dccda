import { and, eq, ne, sql } from "drizzle-orm";
import type { TitleLevel } from "../../domain/vocab.ts";
import type { VetoRecord } from "../../domain/ethics.ts";
import { validOn } from "../as-of.ts";
import { inList } from "../json-rows.ts";
import { teacherEthicsRecords, teacherPostAppointments } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

const vetoColumns = {
  id: teacherEthicsRecords.id,
  teacherId: teacherEthicsRecords.teacherId,
  veto: teacherEthicsRecords.veto,
  vetoFrom: teacherEthicsRecords.vetoFrom,
  vetoTo: teacherEthicsRecords.vetoTo,
};

/** The ethics records with a veto (一票否决) of these teachers: what src/domain/ethics.ts judges writes by. */
export async function vetoesOf(tx: Queryable, teacherIds: string[]): Promise<(VetoRecord & { teacherId: string })[]> {
  if (teacherIds.length === 0) return [];
  return tx
    .select(vetoColumns)
    .from(teacherEthicsRecords)
    .where(and(inList(teacherEthicsRecords.teacherId, [...new Set(teacherIds)]), eq(teacherEthicsRecords.veto, true)));
}

/** The post level the teacher was appointed to on `date`, other than record `exceptId` (null: none). */
export async function postLevelOn(tx: Queryable, teacherId: string, date: string, exceptId: string): Promise<TitleLevel | null> {
  const p = teacherPostAppointments;
  const [row] = await tx
    .select({ level: p.postLevel })
    .from(p)
    .where(and(eq(p.teacherId, teacherId), ne(p.id, exceptId), validOn('"teacher_post_appointments"', sql`${date}`)))
    .limit(1);
  return row?.level ?? null;
}
