import { targetWithCode } from "../../db/targets/targets.ts";
import type { Queryable } from "../../db/types.ts";
import { Conflict } from "../../domain/errors.ts";

/** A code names one target per jurisdiction: Conflict (409) before the unique index would fail the transaction. */
export async function uniqueCode(tx: Queryable, jurisdictionId: string, code: string | null | undefined, except?: string): Promise<void> {
  if (!code) return;
  const clash = await targetWithCode(tx, jurisdictionId, code, except);
  if (clash) throw new Conflict(`The jurisdiction already has a target with code ${code} (${clash})`);
}
