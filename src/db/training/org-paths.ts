import { eq } from "drizzle-orm";
import { jurisdictions, schools } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

/**
 * The path of the org node that owns a training row (a jurisdiction, else a school), locked so it
 * cannot move while the row is written; undefined if unknown.
 */
export async function lockOrgPath(
  tx: Queryable,
  node: { jurisdictionId?: string | null; schoolId?: string | null },
): Promise<string | undefined> {
  if (node.jurisdictionId) {
    const [j] = await tx
      .select({ path: jurisdictions.path })
      .from(jurisdictions)
      .where(eq(jurisdictions.id, node.jurisdictionId))
      .for("share");
    return j?.path;
  }
  const [s] = await tx.select({ path: schools.path }).from(schools).where(eq(schools.id, node.schoolId!)).for("share");
  return s?.path;
}
