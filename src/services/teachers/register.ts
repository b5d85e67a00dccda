import type { z } from "@hono/zod-openapi";
import type { teacherCreateSchema } from "../../contract/teachers.ts";
import { recordAudit, recordAuditMany } from "../../db/audit/record.ts";
import { insertPeriods } from "../../db/teachers/employment.ts";
import { firstPeriod } from "../../domain/employment.ts";
import { insertAssignment } from "../../db/teacher-records/assignments.ts";
import { findTeacher } from "../../db/teachers/read.ts";
import { insertTeacher } from "../../db/teachers/write.ts";
import type { Database } from "../../db/types.ts";
import { inconsistent, RuleViolation } from "../../domain/errors.ts";
import { checkTeacherCore } from "../../domain/teacher.ts";
import { uuidv7 } from "../../lib/ids.ts";
import type { Actor } from "../actor.ts";
import { requireAssignableSchool } from "../teacher-records/assignable-school.ts";

/** Why the register created an assignment the caller did not post: the home school named at registration. */
const HOME_ASSIGNMENT_REASON = "registered with the teacher (POST /v1/teachers schoolId)";

export type TeacherRegistration = z.infer<typeof teacherCreateSchema> & {
  /** The day of registration: the home assignment's default start, and the date the result is read as of. */
  today: string;
};

/**
 * Register a teacher: the core record and, when `schoolId` is given, the primary assignment at that
 * school (which must lie in the actor's scope), with the audit event. Returns the teacher as of today.
 */
export async function registerTeacher(db: Database, actor: Actor, input: TeacherRegistration) {
  const { schoolId, assignmentStart, postType, today, ...body } = input;
  if (!schoolId && actor.scope.orgType !== "root") {
    // A teacher with no school would be invisible to everyone but the root; bound principals name the school.
    throw new RuleViolation("A home school is required", [{ pointer: "/schoolId", detail: "Required for a principal bound to an org" }]);
  }
  const issues = checkTeacherCore(body);
  if (issues.length) throw inconsistent(issues);
  const nationalId = body.nationalId ? body.nationalId.toUpperCase() : null;
  const id = await db.transaction(async (tx) => {
    const id = uuidv7();
    const created = await insertTeacher(tx, { ...body, id, nationalId });
    const [period] = await insertPeriods(tx, id, [firstPeriod(body)]);
    await recordAuditMany(tx, actor, [
      { action: "create", entity: "Teacher", entityId: id, teacherId: id, after: created },
      { action: "create", entity: "TeacherEmployment", entityId: period!.id, teacherId: id, after: period },
    ]);
    if (schoolId) {
      await requireAssignableSchool(tx, actor, schoolId);
      const validFrom = assignmentStart ?? body.hireDate ?? today;
      const home = await insertAssignment(tx, { teacherId: id, schoolId, kind: "primary", postType, validFrom });
      await recordAudit(tx, actor, {
        action: "create",
        entity: "TeacherAssignment",
        entityId: home.id,
        teacherId: id,
        after: { ...home, reason: HOME_ASSIGNMENT_REASON },
      });
    }
    return id;
  });
  return (await findTeacher(db, id, today))!;
}
