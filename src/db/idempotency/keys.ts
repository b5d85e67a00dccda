import { and, eq, lt, sql } from "drizzle-orm";
import { idempotencyKeys } from "../schema/idempotency.ts";
import type { Database } from "../types.ts";

/**
 * The Idempotency-Key table (src/lib/middleware.ts runs the protocol): a key is claimed with status 0,
 * then holds the response it answered; keys belong to a principal (`scope`).
 */
type KeyRow = typeof idempotencyKeys.$inferSelect;

const byKey = (scope: string, key: string) => and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key));

/** Claim a key (insert-or-nothing); false when it already exists. */
export async function claimKey(
  db: Database,
  claim: { scope: string; key: string; method: string; path: string; requestHash: string },
): Promise<boolean> {
  const claimed = await db.insert(idempotencyKeys).values(claim).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  return claimed.length > 0;
}

export async function storedKey(db: Database, scope: string, key: string): Promise<KeyRow | undefined> {
  const [stored] = await db.select().from(idempotencyKeys).where(byKey(scope, key));
  return stored;
}

/** Take over a claim older than `staleSeconds` that never stored a response (its process died); false when it is still live. */
export async function retakeStaleClaim(db: Database, scope: string, key: string, staleSeconds: number): Promise<boolean> {
  const taken = await db
    .update(idempotencyKeys)
    .set({ createdAt: sql`now()` })
    .where(
      and(
        eq(idempotencyKeys.scope, scope),
        eq(idempotencyKeys.key, key),
        eq(idempotencyKeys.status, 0),
        lt(idempotencyKeys.createdAt, sql`now() - make_interval(secs => ${staleSeconds})`),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  return taken.length > 0;
}

export async function storeResponse(
  db: Database,
  scope: string,
  key: string,
  response: { status: number; responseHeaders: Record<string, string>; responseBody: string | null },
): Promise<void> {
  await db.update(idempotencyKeys).set(response).where(byKey(scope, key));
}

/** Drop a claim that stored no response, so the caller may retry. */
export async function releaseClaim(db: Database, scope: string, key: string): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), eq(idempotencyKeys.status, 0)));
}
