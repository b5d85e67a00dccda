import { and, eq, ne } from "drizzle-orm";
import { teacherAnnualAppraisals } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

/** The id of the teacher's other appraisal for `year`, if one is recorded. */
export async function appraisalOfYear(tx: Queryable, teacherId: string, year: number, exceptId: string): Promise<string | undefined> {
  const [taken] = await tx
    .select({ id: teacherAnnualAppraisals.id })
    .from(teacherAnnualAppraisals)
    .where(
      and(
        eq(teacherAnnualAppraisals.teacherId, teacherId),
        eq(teacherAnnualAppraisals.year, year),
        ne(teacherAnnualAppraisals.id, exceptId),
      ),
    );
  return taken?.id;
}
