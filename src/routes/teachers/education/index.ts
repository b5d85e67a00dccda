import { educationRecord } from "../../../services/teacher-records/records.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { renameDates } from "../../../contract/teachers/shapes.ts";
import { educationCreateSchema, educationSchema, educationUpdateSchema, toEducation } from "../../../contract/teachers/education.ts";

/** 学历: qualifications completed; several coexist, the highest on a date is the teacher's highestEducation. */
export const educationRouter = defineTeacherRecord({
  record: educationRecord,
  segment: "education",
  idParam: "educationId",
  plural: "TeacherEducationRecords",
  item: educationSchema,
  create: educationCreateSchema,
  update: educationUpdateSchema,
  toApi: toEducation,
  toColumns: (input) => renameDates(input, educationRecord.fields.from),
  read: "teachers.read",
  write: "teachers.write",
  description: "Qualifications count from their completion date; the highest one valid on a date is the teacher's `highestEducation`.",
});
