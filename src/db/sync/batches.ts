import { and, asc, eq, gt, sql } from "drizzle-orm";
import { schools, syncBatches } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

export type BatchRow = typeof syncBatches.$inferSelect;
export type NewBatch = Omit<BatchRow, "result" | "createdAt">;

/**
 * Store a batch and its result, given as the result's JSON text: kept as a jsonb string, so
 * PostgreSQL stores 30,000 rows' results without parsing them into jsonb, and the answer reuses the
 * same text (src/contract/sync.ts toBatch reads both this and the object form of older batches).
 */
export async function insertBatch(tx: Queryable, batch: NewBatch, resultText: string): Promise<Date> {
  const [stored] = await tx
    .insert(syncBatches)
    .values({ ...batch, result: sql`to_jsonb(${resultText}::text)` as never })
    .returning({ createdAt: syncBatches.createdAt });
  return stored!.createdAt;
}

/** A batch with its school's path (for the scope check), or undefined. */
export async function findBatch(db: Queryable, id: string): Promise<{ batch: BatchRow; path: string } | undefined> {
  const [found] = await db
    .select({ batch: syncBatches, path: schools.path })
    .from(syncBatches)
    .innerJoin(schools, eq(schools.id, syncBatches.schoolId))
    .where(eq(syncBatches.id, id));
  return found;
}

/** A school's batches in id order after `after`, at most `limit` rows. */
export function listBatches(db: Queryable, schoolId: string, after: string | undefined, limit: number): Promise<BatchRow[]> {
  return db
    .select()
    .from(syncBatches)
    .where(and(eq(syncBatches.schoolId, schoolId), after ? gt(syncBatches.id, after) : undefined))
    .orderBy(asc(syncBatches.id))
    .limit(limit);
}
