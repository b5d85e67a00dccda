import { designationRecord } from "../../../services/teacher-records/records.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { renameDates } from "../../../contract/teachers/shapes.ts";
import {
  designationCreateSchema,
  designationSchema,
  designationUpdateSchema,
  toDesignation,
} from "../../../contract/teachers/designations.ts";

/** 骨干教师 / 名师 / 学科带头人 / 特级 ...: a designation at a level, valid for its term (the dates decide "as of"). */
export const designationsRouter = defineTeacherRecord({
  record: designationRecord,
  segment: "designations",
  idParam: "designationId",
  plural: "TeacherDesignations",
  item: designationSchema,
  create: designationCreateSchema,
  update: designationUpdateSchema,
  toApi: toDesignation,
  toColumns: (input) => renameDates(input, designationRecord.fields.from, designationRecord.fields.to),
  read: "teachers.read",
  write: "teachers.write",
  description:
    "Type `other` needs `typeName`. A revoked designation needs `validUntil` (the revocation date) and an expired one its last valid day, " +
    "so as-of reads see it up to that day and not after. Ending one sets `validUntil`.",
});
