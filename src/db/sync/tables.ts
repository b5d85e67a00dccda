import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { RecordCollection } from "../../domain/sync/rows.ts";
import { teacherAssignments, teacherCredentials, teacherDesignations, teacherEducation, teacherTitles } from "../schema/index.ts";

export type RecordTable = PgTable & {
  id: PgColumn;
  teacherId: PgColumn;
  validFrom: PgColumn;
  validTo: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
};

/** The table each record collection of a batch is stored in. */
export const RECORD_TABLES: Record<RecordCollection, RecordTable> = {
  assignments: teacherAssignments,
  titles: teacherTitles,
  education: teacherEducation,
  credentials: teacherCredentials,
  designations: teacherDesignations,
};
