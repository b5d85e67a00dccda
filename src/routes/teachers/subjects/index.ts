import { subjectRecord } from "../../../services/teacher-records/records.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { subjectCreateSchema, subjectSchema, subjectUpdateSchema, toSubject } from "../../../contract/teachers/subjects.ts";

/** Subjects and stages taught, effective-dated. The same subject at the same stage cannot overlap itself. */
export const subjectsRouter = defineTeacherRecord({
  record: subjectRecord,
  segment: "subjects",
  idParam: "subjectId",
  plural: "TeacherSubjects",
  item: subjectSchema,
  create: subjectCreateSchema,
  update: subjectUpdateSchema,
  toApi: toSubject,
  toColumns: (input) => input,
  read: "teachers.read",
  write: "teachers.write",
  description: "Several subjects may be taught at once; the same subject and stage cannot overlap itself (a new period ends the open one).",
});
