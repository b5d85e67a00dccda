import type { RecordKind } from "../../db/teacher-records/tables.ts";
import {
  annualAppraisalRecord,
  assignmentRecord,
  credentialRecord,
  designationRecord,
  educationRecord,
  ethicsRecord,
  graduateCourseworkRecord,
  postAppointmentRecord,
  subjectRecord,
  titleRecord,
} from "./records.ts";

/** Every sub-record's rules by kind, for writes that span kinds (ending a teacher's service). */
const RULES: { [K in RecordKind]: { noun: string; singular: string } } = {
  assignments: assignmentRecord,
  titles: titleRecord,
  postAppointments: postAppointmentRecord,
  education: educationRecord,
  graduateCoursework: graduateCourseworkRecord,
  subjects: subjectRecord,
  credentials: credentialRecord,
  designations: designationRecord,
  ethicsRecords: ethicsRecord,
  annualAppraisals: annualAppraisalRecord,
};

export const RECORD_KINDS = Object.keys(RULES) as RecordKind[];

/** The names a kind goes by in messages and the audit trail. */
export function recordRulesOf(kind: RecordKind) {
  return RULES[kind];
}
