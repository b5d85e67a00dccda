import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../../../db/types.ts";
import { placeExclusive, type Period } from "../../../domain/periods.ts";
import { periodConflict } from "./define.ts";

type ExclusiveTable = PgTable & { id: PgColumn; teacherId: PgColumn; validFrom: PgColumn; validTo: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * Apply the one-at-a-time rule (domain/periods.ts) to a sub-record table: read the teacher's other
 * rows of the same kind, and either end the open predecessor (creation only) or refuse the overlap.
 */
export async function enforceExclusive(
  tx: Tx,
  table: ExclusiveTable,
  noun: string,
  teacherId: string,
  next: { id: string; validFrom: string; validTo: string | null },
  action: "create" | "update" | "end",
  sameKind?: SQL,
  pointer = "/validFrom",
) {
  const rows = (await tx
    .select({ id: table.id, validFrom: table.validFrom, validTo: table.validTo })
    .from(table as PgTable)
    .where(and(eq(table.teacherId, teacherId), ne(table.id, next.id), sameKind))
    .for("update")) as Period[];
  const placement = placeExclusive(rows, next, action === "create");
  if (!placement.ok) throw periodConflict(noun, pointer, placement.conflict);
  if (placement.close) {
    await tx
      .update(table)
      // A write like any other: the predecessor's version moves, so its old ETag no longer matches.
      .set({ validTo: placement.close.validTo, endReason: "superseded", version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
      .where(eq(table.id, placement.close.id));
  }
}
