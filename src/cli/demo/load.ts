import type { PgTable } from "drizzle-orm/pg-core";
import { insertJsonRows } from "../../db/json-rows.ts";
import * as s from "../../db/schema/index.ts";
import type { Queryable } from "../../db/types.ts";
import type { Dataset } from "./generate.ts";

/** Insert order respects foreign keys. */
const TABLES: [keyof Dataset, PgTable][] = [
  ["jurisdictions", s.jurisdictions],
  ["schools", s.schools],
  ["schoolClassifications", s.schoolClassifications],
  ["teachers", s.teachers],
  ["employment", s.teacherEmployment],
  ["assignments", s.teacherAssignments],
  ["titles", s.teacherTitles],
  ["postAppointments", s.teacherPostAppointments],
  ["education", s.teacherEducation],
  ["coursework", s.teacherGraduateCoursework],
  ["subjects", s.teacherSubjects],
  ["credentials", s.teacherCredentials],
  ["credentialEvents", s.teacherCredentialEvents],
  ["designations", s.teacherDesignations],
  ["ethics", s.teacherEthicsRecords],
  ["appraisals", s.teacherAnnualAppraisals],
  ["trainingRules", s.trainingRules],
  ["trainingPrograms", s.trainingPrograms],
  ["trainingProgramModules", s.trainingProgramModules],
  ["trainingEnrollments", s.trainingEnrollments],
  ["trainingModuleResults", s.trainingModuleResults],
  ["trainingRecords", s.trainingRecords],
];

/** Load a dataset set-based, in ONE transaction (src/db/json-rows.ts insertJsonRows, per table); a savepoint inside a given transaction. */
export async function loadDataset(db: Queryable, ds: Dataset, chunk = 1000): Promise<Record<keyof Dataset, number>> {
  const counts = {} as Record<keyof Dataset, number>;
  await db.transaction(async (tx) => {
    for (const [key, table] of TABLES) {
      const rows = ds[key] as Record<string, unknown>[];
      counts[key] = rows.length;
      await insertJsonRows(tx, table, rows, { chunk });
    }
  });
  return counts;
}
