import { teacherTitles } from "../../../db/schema/index.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { enforceExclusive } from "../records/rules.ts";
import { renameDates } from "../../../contract/teachers/shapes.ts";
import { titleCreateSchema, titleSchema, titleUpdateSchema, toTitle } from "../../../contract/teachers/titles.ts";

/** 职称 held: one at a time; a new title ends the previous one the day before it was obtained. */
export const titlesRouter = defineTeacherRecord({
  segment: "titles",
  idParam: "titleId",
  singular: "TeacherTitle",
  plural: "TeacherTitles",
  noun: "Title",
  table: teacherTitles,
  item: titleSchema,
  create: titleCreateSchema,
  update: titleUpdateSchema,
  toApi: toTitle,
  toColumns: (input) => renameDates(input, "obtainedOn"),
  read: "teachers.read",
  write: "teachers.write",
  description: "One title is held at a time: a new title ends the one held before on the day before; other overlaps are 409.",
  async beforeWrite({ tx, teacherId, next, action }) {
    await enforceExclusive(tx, teacherTitles, "Title", teacherId, next, action, undefined, "/obtainedOn");
  },
});
