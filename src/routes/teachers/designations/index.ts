import { teacherDesignations } from "../../../db/schema/index.ts";
import { checkDesignation } from "../../../domain/designations.ts";
import { ApiError } from "../../../lib/problem.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { renameDates } from "../../../contract/teachers/shapes.ts";
import { designationCreateSchema, designationSchema, designationUpdateSchema, toDesignation } from "../../../contract/teachers/designations.ts";

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
  description:
    "Type `other` needs `typeName`. A revoked designation needs `validUntil` (the revocation date) and an expired one its last valid day, " +
    "so as-of reads see it up to that day and not after. Ending one sets `validUntil`.",
  async beforeWrite({ next }) {
    const issues = checkDesignation({
      type: next.type,
      typeName: next.typeName ?? null,
      status: next.status ?? "active",
      awardedOn: next.validFrom,
      validUntil: next.validTo ?? null,
    });
    if (issues.length) throw ApiError.invalid("The designation is incomplete", issues.map(([f, detail]) => ({ pointer: `/${f}`, detail })));
  },
});
