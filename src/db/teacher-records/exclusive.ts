import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { END_REASONS, type Period } from "../../domain/periods.ts";
import type { Tx } from "../types.ts";
import { recordTable, type RecordKind, type RecordRow, type RecordTable } from "./tables.ts";

/** Which rows compete with a record under the one-at-a-time rule: equal columns (null: IS NULL). */
export type SameKind<K extends RecordKind> = { [C in keyof RecordRow<K>]?: RecordRow<K>[C] | null };

/**
 * The periods of the teacher's other records of the same kind, locked FOR UPDATE so two writes
 * cannot both place against the same neighbours (src/domain/periods.ts placeExclusive decides).
 */
export async function competingPeriods<K extends RecordKind>(
  tx: Tx,
  kind: K,
  teacherId: string,
  exceptId: string,
  sameKind?: SameKind<K>,
): Promise<Period[]> {
  const table = recordTable(kind);
  const columns = table as unknown as Record<string, PgColumn>;
  const same = sameKind
    ? and(...Object.entries(sameKind).map(([column, value]) => (value == null ? isNull(columns[column]!) : eq(columns[column]!, value))))
    : undefined;
  return (await tx
    .select({ id: table.id, validFrom: table.validFrom, validTo: table.validTo })
    .from(table as PgTable)
    .where(and(eq(table.teacherId, teacherId), ne(table.id, exceptId), same))
    .for("update")) as Period[];
}

/**
 * End the predecessor a new record supersedes: a write like any other, so its version (ETag) moves on.
 * Returns the end reason it had before, for the audit event.
 */
export async function closeSuperseded(
  tx: Tx,
  kind: RecordKind,
  close: { id: string; validTo: string },
): Promise<{ endReason: string | null }> {
  const table = recordTable(kind) as RecordTable & { endReason: PgColumn };
  const [before] = await tx
    .select({ endReason: table.endReason })
    .from(table as PgTable)
    .where(eq(table.id, close.id));
  await tx
    .update(table)
    .set({ validTo: close.validTo, endReason: END_REASONS.superseded, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
    .where(eq(table.id, close.id));
  return { endReason: (before?.endReason as string | null | undefined) ?? null };
}
