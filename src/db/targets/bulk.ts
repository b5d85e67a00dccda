import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { insertJsonRows } from "../json-rows.ts";
import { targets } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

/** Which of these codes the jurisdiction's targets already use. */
export async function existingCodes(tx: Queryable, jurisdictionId: string, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await tx
    .select({ code: targets.code })
    .from(targets)
    .where(and(eq(targets.jurisdictionId, jurisdictionId), isNotNull(targets.code), inArray(targets.code, codes)));
  return rows.map((r) => r.code!);
}

/** Insert many targets in set-based statements, and read them back (the stored rows, for the audit). */
export async function insertTargets(tx: Queryable, rows: (Partial<typeof targets.$inferInsert> & { id: string })[]) {
  await insertJsonRows(tx, targets, rows);
  return tx
    .select()
    .from(targets)
    .where(
      inArray(
        targets.id,
        rows.map((r) => r.id),
      ),
    );
}
