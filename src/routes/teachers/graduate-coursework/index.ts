import { graduateCourseworkRecord } from "../../../services/teacher-records/records.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { renameDates } from "../../../contract/teachers/shapes.ts";
import {
  courseworkCreateSchema,
  courseworkSchema,
  courseworkUpdateSchema,
  toCoursework,
} from "../../../contract/teachers/graduate-coursework.ts";

/** 研究生课程进修: graduate coursework completed without a degree, a fact targets count on its own. */
export const graduateCourseworkRouter = defineTeacherRecord({
  record: graduateCourseworkRecord,
  segment: "graduate-coursework",
  idParam: "courseworkId",
  plural: "TeacherGraduateCourseworkRecords",
  item: courseworkSchema,
  create: courseworkCreateSchema,
  update: courseworkUpdateSchema,
  toApi: toCoursework,
  toColumns: (input) => {
    const cols = renameDates(input, graduateCourseworkRecord.fields.from);
    return cols.credits === undefined || cols.credits === null ? cols : { ...cols, credits: String(cols.credits) };
  },
  read: "teachers.read",
  write: "teachers.write",
});
