import { and, eq, ne } from "drizzle-orm";
import { targets } from "../../db/schema/index.ts";
import type { Queryable } from "../../db/types.ts";
import { ApiError } from "../../lib/problem.ts";

/** A code names one target per jurisdiction: 409 before the unique index would fail the transaction. */
export async function uniqueCode(tx: Queryable, jurisdictionId: string, code: string | null | undefined, except?: string): Promise<void> {
  if (!code) return;
  const where = [eq(targets.jurisdictionId, jurisdictionId), eq(targets.code, code)];
  if (except) where.push(ne(targets.id, except));
  const [clash] = await tx.select({ id: targets.id }).from(targets).where(and(...where)).limit(1);
  if (clash) throw new ApiError("conflict", `The jurisdiction already has a target with code ${code} (${clash.id})`);
}
