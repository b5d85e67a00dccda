import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import {
  teacherAnnualAppraisals,
  teacherAssignments,
  teacherCredentials,
  teacherDesignations,
  teacherEducation,
  teacherEthicsRecords,
  teacherGraduateCoursework,
  teacherPostAppointments,
  teacherSubjects,
  teacherTitles,
} from "../schema/index.ts";

/**
 * The teacher's effective-dated sub-record tables, by the name services and routes use for them, so
 * only src/db touches the tables themselves.
 */
const recordTables = {
  assignments: teacherAssignments,
  titles: teacherTitles,
  postAppointments: teacherPostAppointments,
  education: teacherEducation,
  graduateCoursework: teacherGraduateCoursework,
  subjects: teacherSubjects,
  credentials: teacherCredentials,
  designations: teacherDesignations,
  ethicsRecords: teacherEthicsRecords,
  annualAppraisals: teacherAnnualAppraisals,
};

export type RecordKind = keyof typeof recordTables;
export type RecordRow<K extends RecordKind> = (typeof recordTables)[K]["$inferSelect"];

/** What every sub-record table has: keyed by teacher, effective-dated, versioned. */
export type RecordTable = PgTable & {
  id: PgColumn;
  teacherId: PgColumn;
  validFrom: PgColumn;
  validTo: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
};

export function recordTable(kind: RecordKind): RecordTable {
  return recordTables[kind] as unknown as RecordTable;
}
