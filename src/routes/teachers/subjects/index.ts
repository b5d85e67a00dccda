import { and, eq, isNull } from "drizzle-orm";
import { teacherSubjects } from "../../../db/schema/index.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { enforceExclusive } from "../records/rules.ts";
import { subjectCreateSchema, subjectSchema, subjectUpdateSchema, toSubject } from "../../../contract/teachers/subjects.ts";

/** Subjects and stages taught, effective-dated. The same subject at the same stage cannot overlap itself. */
export const subjectsRouter = defineTeacherRecord({
  segment: "subjects",
  idParam: "subjectId",
  singular: "TeacherSubject",
  plural: "TeacherSubjects",
  noun: "Subject",
  table: teacherSubjects,
  item: subjectSchema,
  create: subjectCreateSchema,
  update: subjectUpdateSchema,
  toApi: toSubject,
  toColumns: (input) => input,
  read: "teachers.read",
  write: "teachers.write",
  description: "Several subjects may be taught at once; the same subject and stage cannot overlap itself (a new period ends the open one).",
  async beforeWrite({ tx, teacherId, next, action }) {
    // No stage is its own kind and matches only rows without one (`stage = NULL` never matches). On
    // create an omitted stage is undefined here, not null, so test for both.
    const sameStage = next.stage == null ? isNull(teacherSubjects.stage) : eq(teacherSubjects.stage, next.stage);
    await enforceExclusive(tx, teacherSubjects, "Subject", teacherId, next, action, and(eq(teacherSubjects.subject, next.subject), sameStage));
  },
});
