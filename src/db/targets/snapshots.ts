import { and, asc, eq, sql } from "drizzle-orm";
import { targetSnapshots } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

export async function insertSnapshot(
  tx: Queryable,
  values: typeof targetSnapshots.$inferInsert,
): Promise<typeof targetSnapshots.$inferSelect> {
  const [stored] = await tx.insert(targetSnapshots).values(values).returning();
  return stored!;
}

const sqlAfter = ([asOf, id]: [string, string]) => sql`(${targetSnapshots.asOf}, ${targetSnapshots.id}) > (${asOf}::date, ${id}::uuid)`;

/** A page (limit + 1) of a target's snapshots, keyset on (asOf, id): the trend in date order, stable across pages. */
export function listSnapshots(db: Queryable, targetId: string, after: [string, string] | undefined, limit: number) {
  const where = [eq(targetSnapshots.targetId, targetId)];
  return db
    .select()
    .from(targetSnapshots)
    .where(and(...where, after ? sqlAfter(after) : undefined))
    .orderBy(asc(targetSnapshots.asOf), asc(targetSnapshots.id))
    .limit(limit + 1);
}
