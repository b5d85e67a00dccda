import { assignmentRules } from "../../../services/teacher-records/rules.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { assignmentCreateSchema, assignmentSchema, assignmentUpdateSchema, toAssignment } from "../../../contract/teachers/assignments.ts";

/** School assignments (任职学校). The teacher's currentSchoolId is the primary one valid on a date. */
export const assignmentsRouter = defineTeacherRecord({
  segment: "assignments",
  idParam: "assignmentId",
  singular: "TeacherAssignment",
  plural: "TeacherAssignments",
  noun: "Assignment",
  kind: "assignments",
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
  beforeWrite: assignmentRules,
});
