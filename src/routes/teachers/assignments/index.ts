import { eq } from "drizzle-orm";
import { schools, teacherAssignments } from "../../../db/schema/index.ts";
import { invalidReference } from "../../../domain/errors.ts";
import { pathInScope } from "../../../auth/scope.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { enforceExclusive } from "../records/rules.ts";
import { assignmentCreateSchema, assignmentSchema, assignmentUpdateSchema, toAssignment } from "../../../contract/teachers/assignments.ts";

/** School assignments (任职学校). The teacher's currentSchoolId is the primary one valid on a date. */
export const assignmentsRouter = defineTeacherRecord({
  segment: "assignments",
  idParam: "assignmentId",
  singular: "TeacherAssignment",
  plural: "TeacherAssignments",
  noun: "Assignment",
  table: teacherAssignments,
  item: assignmentSchema,
  create: assignmentCreateSchema,
  update: assignmentUpdateSchema,
  toApi: toAssignment,
  toColumns: (input) => input,
  read: "teachers.read",
  write: "teachers.write",
  description:
    "At most one primary (home) assignment holds at a time: a new one that starts after the open one ends it on the day before; " +
    "any other overlap of primary assignments is 409.",
  async beforeWrite({ tx, principal, teacherId, current, next, action }) {
    if (!current || next.schoolId !== current.schoolId) {
      const [school] = await tx.select({ path: schools.path }).from(schools).where(eq(schools.id, next.schoolId));
      if (!school || !pathInScope(principal, school.path)) throw invalidReference("/schoolId", "School", next.schoolId);
    }
    if (next.kind === "primary") {
      await enforceExclusive(tx, teacherAssignments, "Primary assignment", teacherId, next, action, eq(teacherAssignments.kind, "primary"));
    }
  },
});
