import { assignmentRecord } from "../../../services/teacher-records/records.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { assignmentCreateSchema, assignmentSchema, assignmentUpdateSchema, toAssignment } from "../../../contract/teachers/assignments.ts";

/** School assignments (任职学校). The teacher's currentSchoolId is the primary one valid on a date. */
export const assignmentsRouter = defineTeacherRecord({
  record: assignmentRecord,
  segment: "assignments",
  idParam: "assignmentId",
  plural: "TeacherAssignments",
  item: assignmentSchema,
  create: assignmentCreateSchema,
  update: assignmentUpdateSchema,
  toApi: toAssignment,
  toColumns: (input) => input,
  read: "teachers.read",
  write: "teachers.write",
  description:
    "At most one primary (home) assignment holds at a time: a new one that starts after the open one ends it on the day before; " +
    "any other overlap of primary assignments is 409. Changing or ending an assignment needs its school (and a new one) in the caller's scope, " +
    "and a new primary assignment never ends one at a school outside it: that is a transfer (交流轮岗 / 县管校聘) the county makes; both are 403.",
});
