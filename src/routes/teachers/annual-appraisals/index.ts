import { and, eq, ne } from "drizzle-orm";
import { teacherAnnualAppraisals } from "../../../db/schema/index.ts";
import { ApiError } from "../../../lib/problem.ts";
import { defineTeacherRecord } from "../records/define.ts";
import { appraisalCreateSchema, appraisalSchema, appraisalUpdateSchema, toAppraisal } from "../../../contract/teachers/annual-appraisals.ts";

/**
 * 年度考核: one result per teacher and year (a second one for the same year is 409). Stored with the
 * year as its period so `?asOf=` finds the appraisal of that year. Restricted: admins and clerks only.
 */
export const annualAppraisalsRouter = defineTeacherRecord({
  segment: "annual-appraisals",
  idParam: "appraisalId",
  singular: "TeacherAnnualAppraisal",
  plural: "TeacherAnnualAppraisals",
  noun: "Annual appraisal",
  table: teacherAnnualAppraisals,
  item: appraisalSchema,
  create: appraisalCreateSchema,
  update: appraisalUpdateSchema,
  toApi: toAppraisal,
  toColumns: (input) => (typeof input.year === "number" ? { ...input, validFrom: `${input.year}-01-01`, validTo: `${input.year}-12-31` } : input),
  read: "teachers.restricted.read",
  write: "teachers.restricted.write",
  endable: false,
  description: "Restricted personal data. One result per teacher and year, listed by year; correct it in place (a wrong year too).",
  async beforeWrite({ tx, teacherId, current, next }) {
    if (current && current.year === next.year) return;
    // The unique index (teacher, year) is the guarantee; this lookup only names the field and the record.
    const [taken] = await tx
      .select({ id: teacherAnnualAppraisals.id })
      .from(teacherAnnualAppraisals)
      .where(and(eq(teacherAnnualAppraisals.teacherId, teacherId), eq(teacherAnnualAppraisals.year, next.year), ne(teacherAnnualAppraisals.id, next.id)));
    if (taken) {
      throw new ApiError("conflict", `The ${next.year} appraisal is already recorded as ${taken.id}; correct that one`, [
        { pointer: "/year", detail: `One appraisal per year; ${next.year} is taken` },
      ]);
    }
  },
});
