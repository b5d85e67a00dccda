import type { Queryable } from "./types.ts";

/**
 * The one place Shizi reaches below drizzle's public API, for the two hot paths that need the driver
 * itself. test/db/driver.test.ts fails on both databases if a drizzle upgrade moves either.
 */

/**
 * A statement of our own text (trusted names; values only as parameters) run as a prepared statement
 * of the transaction's session. drizzle's `execute` sends statements unprepared, and postgres.js then
 * describes each one before binding it: a round trip per chunk of a bulk write, during which the next
 * chunk cannot be sent. Prepared once per connection, the bulk statements are bound directly and
 * pipelined (src/db/pipeline.ts). PGlite runs it as it runs any query.
 */
export function executePrepared(tx: Queryable, text: string, params: unknown[]): Promise<unknown> {
  return tx._.session.prepareQuery({ sql: text, params }, undefined, "bulk", false).execute();
}

export interface PostgresJsClient {
  unsafe(text: string, params: unknown[], options: { prepare: boolean }): { raw(): Promise<(Uint8Array | null)[][]> };
}

/** The postgres.js client under a drizzle handle, or undefined on PGlite (which has no raw mode). */
export function postgresJsClient(db: Queryable): PostgresJsClient | undefined {
  const client = (db._.session as unknown as { client?: Partial<PostgresJsClient> }).client;
  return typeof client?.unsafe === "function" ? (client as PostgresJsClient) : undefined;
}
