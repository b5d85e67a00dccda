import { titleRecord } from "../../../services/teacher-records/records.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { renameDates } from "../../../contract/teachers/shapes.ts";
import { titleCreateSchema, titleSchema, titleUpdateSchema, toTitle } from "../../../contract/teachers/titles.ts";

/** 职称 held: one at a time; a new title ends the previous one the day before it was obtained. */
export const titlesRouter = defineTeacherRecord({
  record: titleRecord,
  segment: "titles",
  idParam: "titleId",
  plural: "TeacherTitles",
  item: titleSchema,
  create: titleCreateSchema,
  update: titleUpdateSchema,
  toApi: toTitle,
  toColumns: (input) => renameDates(input, titleRecord.fields.from),
  read: "teachers.read",
  write: "teachers.write",
  description: "One title is held at a time: a new title ends the one held before on the day before; other overlaps are 409.",
});
