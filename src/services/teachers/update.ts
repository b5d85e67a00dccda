import type { z } from "@hono/zod-openapi";
import type { teacherUpdateSchema } from "../../contract/teachers.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { findTeacher, lockTeacher } from "../../db/teachers/read.ts";
import { updateTeacherRow } from "../../db/teachers/write.ts";
import type { Database } from "../../db/types.ts";
import { inconsistent, NotFound } from "../../domain/errors.ts";
import { checkTeacherCore } from "../../domain/teacher.ts";
import type { Actor } from "../actor.ts";
import { requireHomeSchool } from "../teacher-records/home-school.ts";

export interface TeacherCorrection {
  teacherId: string;
  change: z.infer<typeof teacherUpdateSchema>;
  /** The version the caller read (If-Match); undefined writes whatever is there. */
  expectedVersion: number | undefined;
  /** The date the result is read as of. */
  today: string;
}

/** The fields the core consistency rules read: a change to one of them re-checks the record. */
const CHECKED = ["nationalId", "birthDate", "gender", "hireDate", "teachingStartDate"];

/** Correct a teacher's core record (only the fields sent), with the audit event. Returns the teacher as of today. */
export async function updateTeacher(db: Database, actor: Actor, input: TeacherCorrection) {
  const { teacherId, change } = input;
  await db.transaction(async (tx) => {
    const current = await lockTeacher(tx, teacherId, actor.scope);
    if (!current) throw new NotFound("Teacher", teacherId);
    await requireHomeSchool(tx, actor, teacherId);
    // Re-check consistency only against what changed, so a legacy record does not block unrelated edits.
    if (CHECKED.some((k) => k in change)) {
      const issues = checkTeacherCore({ ...current, ...change });
      if (issues.length) throw inconsistent(issues);
    }
    const values = { ...change, ...(change.nationalId ? { nationalId: change.nationalId.toUpperCase() } : {}) };
    const updated = await updateTeacherRow(tx, teacherId, input.expectedVersion, values);
    await recordAudit(tx, actor, { action: "update", entity: "Teacher", entityId: teacherId, teacherId, before: current, after: updated });
  });
  return (await findTeacher(db, teacherId, input.today))!;
}
