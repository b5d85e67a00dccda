import { SYNC_CLASSIFICATION_SCHEMA } from "../../contract/sync-rows.ts";
import { classificationHistory } from "../../db/schools/classifications.ts";
import type { Queryable } from "../../db/types.ts";
import { SCHOOL_CLASSIFICATIONS } from "../../domain/sync/collections.ts";
import { type ClassificationPlan, type ClassificationRow, planClassifications } from "../../domain/sync/plan-classifications.ts";
import type { RowResult } from "../../domain/sync/rows.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { parse } from "./validate.ts";

/** The batch's classification rows, each through its schema: the valid ones, and a result for each refused one. */
export function validateClassifications(rows: unknown[] | undefined): { rows: ClassificationRow[]; rejected: RowResult[] } {
  const out = { rows: [] as ClassificationRow[], rejected: [] as RowResult[] };
  (rows ?? []).forEach((row, index) => {
    const pointer = `/records/${SCHOOL_CLASSIFICATIONS.collection}/${index}`;
    const parsed = parse(SYNC_CLASSIFICATION_SCHEMA, row, pointer);
    if ("refusal" in parsed) {
      out.rejected.push({
        pointer,
        entity: SCHOOL_CLASSIFICATIONS.entity,
        sourceKey: null,
        outcome: "rejected",
        id: null,
        teacherId: null,
        matchedBy: null,
        refusal: parsed.refusal,
      });
    } else out.rows.push({ pointer, columns: parsed.data });
  });
  return out;
}

/** Plan the rows against the school's periods, held (locked) for the batch's transaction; nothing is read without rows. */
export async function planSchoolClassifications(tx: Queryable, schoolId: string, rows: ClassificationRow[]): Promise<ClassificationPlan> {
  if (rows.length === 0) return { inserts: [], updates: [], results: [] };
  const periods = await classificationHistory(tx, schoolId, true);
  return planClassifications(rows, periods, schoolId, { next: uuidv7 });
}
