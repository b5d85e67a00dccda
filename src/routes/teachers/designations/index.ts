import { teacherDesignations } from "../../../db/schema/index.ts";
import { ApiError, type FieldError } from "../../../lib/problem.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { renameDates } from "../records/shapes.ts";
import { designationCreateSchema, designationSchema, designationUpdateSchema, toDesignation } from "./schemas.ts";

/** 骨干教师 / 名师 / 学科带头人 / 特级 ...: a designation at a level, valid for its term (the dates decide "as of"). */
export const designationsRouter = defineTeacherRecord({
  segment: "designations",
  idParam: "designationId",
  singular: "TeacherDesignation",
  plural: "TeacherDesignations",
  noun: "Designation",
  table: teacherDesignations,
  item: designationSchema,
  create: designationCreateSchema,
  update: designationUpdateSchema,
  toApi: toDesignation,
  toColumns: (input) => renameDates(input, "awardedOn", "validUntil"),
  read: "teachers.read",
  write: "teachers.write",
  description: "Type `other` needs `typeName`. A revoked designation needs `validUntil` (the revocation date), so past dates still see it.",
  async beforeWrite({ next }) {
    const errors: FieldError[] = [];
    if (next.type === "other" && !next.typeName) errors.push({ pointer: "/typeName", detail: "Required when type is other" });
    if (next.status === "revoked" && !next.validTo) errors.push({ pointer: "/validUntil", detail: "A revoked designation needs its revocation date" });
    if (errors.length) throw ApiError.invalid("The designation is incomplete", errors);
  },
});
