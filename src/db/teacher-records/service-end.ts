import { and, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { TenureRecord } from "../../domain/employment.ts";
import type { Queryable } from "../types.ts";
import { recordTable, type RecordKind } from "./tables.ts";

/**
 * The record writes of the "ending is total" rule (src/services/teachers/end.ts): what starts after
 * a service end, and the tenures that run past it, ended that day.
 */

/** The first record of any of these kinds that starts after `date`, if any: its kind and start. */
export async function recordStartingAfter(tx: Queryable, kinds: RecordKind[], teacherId: string, date: string) {
  for (const kind of kinds) {
    const t = recordTable(kind);
    const [late] = (await tx
      .select({ validFrom: t.validFrom })
      .from(t as PgTable)
      .where(and(eq(t.teacherId, teacherId), gt(t.validFrom, date)))
      .limit(1)) as { validFrom: string }[];
    if (late) return { kind, validFrom: late.validFrom };
  }
  return undefined;
}

/**
 * End, on `date`, every record of a tenure kind that is open or ends later, with the reason; one
 * statement per kind. Returns each record before and after, for one audit event apiece.
 */
export async function endTenuresRunningPast(
  tx: Queryable,
  kinds: readonly TenureRecord[],
  teacherId: string,
  date: string,
  reason: string,
) {
  const out: { kind: TenureRecord; before: Record<string, unknown>; after: Record<string, unknown> }[] = [];
  for (const kind of kinds) {
    const t = recordTable(kind);
    const before = (await tx
      .select()
      .from(t as PgTable)
      .where(and(eq(t.teacherId, teacherId), or(isNull(t.validTo), gt(t.validTo, date))))
      .for("update")) as Record<string, unknown>[];
    if (before.length === 0) continue;
    const after = (await tx
      .update(t)
      .set({ validTo: date, endReason: reason, version: sql`${t.version} + 1`, updatedAt: sql`now()` } as never)
      .where(
        inArray(
          t.id,
          before.map((r) => r.id as string),
        ),
      )
      .returning()) as Record<string, unknown>[];
    for (const a of after) out.push({ kind, before: before.find((b) => b.id === a.id)!, after: a });
  }
  return out;
}
