import * as s from "../../db/schema/index.ts";
import type { Database } from "../../db/types.ts";
import type { Dataset } from "./generate.ts";

/** Insert order respects foreign keys. */
const TABLES = [
  ["jurisdictions", s.jurisdictions],
  ["schools", s.schools],
  ["teachers", s.teachers],
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
] as const;

/** Load a dataset set-based: multi-row inserts of up to `chunk` rows, all in one transaction. */
export async function loadDataset(db: Database, ds: Dataset, chunk = 1000): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const [key, table] of TABLES) {
      const rows = ds[key] as unknown[];
      counts[key] = rows.length;
      for (let i = 0; i < rows.length; i += chunk) {
        await tx.insert(table).values(rows.slice(i, i + chunk) as never);
      }
    }
  });
  return counts;
}
