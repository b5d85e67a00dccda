import { annualAppraisalRecord } from "../../../services/teacher-records/records.ts";
import { defineTeacherRecord } from "../records/define.ts";
import {
  appraisalCreateSchema,
  appraisalSchema,
  appraisalUpdateSchema,
  toAppraisal,
} from "../../../contract/teachers/annual-appraisals.ts";

/**
 * 年度考核: one result per teacher and year (a second one for the same year is 409). Stored with the
 * year as its period so `?asOf=` finds the appraisal of that year. Restricted: admins and clerks only.
 */
export const annualAppraisalsRouter = defineTeacherRecord({
  record: annualAppraisalRecord,
  segment: "annual-appraisals",
  idParam: "appraisalId",
  plural: "TeacherAnnualAppraisals",
  item: appraisalSchema,
  create: appraisalCreateSchema,
  update: appraisalUpdateSchema,
  toApi: toAppraisal,
  toColumns: (input) =>
    typeof input.year === "number" ? { ...input, validFrom: `${input.year}-01-01`, validTo: `${input.year}-12-31` } : input,
  read: "teachers.restricted.read",
  write: "teachers.restricted.write",
  endable: false,
  description: "Restricted personal data. One result per teacher and year, listed by year; correct it in place (a wrong year too).",
});
