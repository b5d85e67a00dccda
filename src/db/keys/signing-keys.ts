import { isNull } from "drizzle-orm";
import { signingKeys } from "../schema/index.ts";
import type { Database } from "../types.ts";

/** The signing keys not retired (private JWKs with their creation time). */
export function activeSigningKeys(db: Database) {
  return db.select().from(signingKeys).where(isNull(signingKeys.retiredAt));
}

/** Store a new key; a concurrent first start that stored its own keeps it (insert-or-nothing). */
export async function insertSigningKey(db: Database, kid: string, privateJwk: Record<string, unknown>): Promise<void> {
  await db.insert(signingKeys).values({ kid, privateJwk }).onConflictDoNothing();
}
