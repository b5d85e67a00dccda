import { sql } from "drizzle-orm";
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { columnsOf } from "../../db/column-names.ts";
import * as s from "../../db/schema/index.ts";
import type { Database } from "../../db/types.ts";
import type { Dataset } from "./generate.ts";

/** Insert order respects foreign keys. */
const TABLES: [keyof Dataset, PgTable][] = [
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
  ["trainingRules", s.trainingRules],
  ["trainingPrograms", s.trainingPrograms],
  ["trainingProgramModules", s.trainingProgramModules],
  ["trainingEnrollments", s.trainingEnrollments],
  ["trainingModuleResults", s.trainingModuleResults],
  ["trainingRecords", s.trainingRecords],
];

/** Property name -> column name. */
function columnNames(table: PgTable): Map<string, string> {
  return new Map([...columnsOf(table)].map(([key, { name }]) => [key, name]));
}

/**
 * Load a dataset set-based, in ONE transaction: per table, one multi-row statement per chunk of up to
 * `chunk` rows, `INSERT INTO t (cols) SELECT cols FROM json_populate_recordset(null::t, $1)` with the
 * chunk as a single JSON parameter. Columns not given take their defaults (version, timestamps). This
 * is the same set-based insert as drizzle's `.values(rows)` but 3–4× faster on both databases: no
 * statement with thousands of bind parameters to build, parse and plan (measured on PGlite and
 * PostgreSQL 15 with the 300-teacher demo).
 */
export async function loadDataset(db: Database, ds: Dataset, chunk = 1000): Promise<Record<keyof Dataset, number>> {
  const counts = {} as Record<keyof Dataset, number>;
  await db.transaction(async (tx) => {
    for (const [key, table] of TABLES) {
      const rows = ds[key] as Record<string, unknown>[];
      counts[key] = rows.length;
      if (rows.length === 0) continue;
      const names = columnNames(table);
      const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      const unknown = keys.filter((k) => !names.has(k));
      if (unknown.length) throw new Error(`${key}: no column for ${unknown.join(", ")}`);
      const cols = sql.raw(keys.map((k) => `"${names.get(k)}"`).join(", "));
      const name = sql.identifier(getTableConfig(table).name);
      for (let i = 0; i < rows.length; i += chunk) {
        const json = JSON.stringify(rows.slice(i, i + chunk).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [names.get(k), v]))));
        await tx.execute(sql`insert into ${name} (${cols}) select ${cols} from json_populate_recordset(null::${name}, ${json}::json)`);
      }
    }
  });
  return counts;
}
