import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { postgresJsClient } from "./driver.ts";
import type { Queryable } from "./types.ts";

const dialect = new PgDialect({ casing: "snake_case" });

/** A column as the driver received it: bytes (postgres.js), or text already decoded (PGlite). */
export type RawValue = Uint8Array | string | null;

/**
 * The rows of a hot read as arrays of column values in select order. On postgres.js the statement is
 * prepared and read with `.raw()`: every column arrives as the bytes the server sent, so a large text
 * column (a change's stored JSON) can be copied into a response without being decoded into a string
 * and encoded again. PGlite has no such mode and gives text: every column must be selected as text
 * (a cast), so that both drivers give the server's text form.
 */
export async function rawRows(db: Queryable, query: SQL): Promise<RawValue[][]> {
  const client = postgresJsClient(db);
  if (client) {
    const q = dialect.sqlToQuery(query);
    return client.unsafe(q.sql, q.params, { prepare: true }).raw();
  }
  const result = await db.execute(query);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
  return rows.map((r) =>
    Object.values(r).map((v) => {
      // PGlite parses what it knows (json, int8, bool), whose text would then differ from the server's
      if (v !== null && typeof v !== "string") throw new Error("rawRows: select every column as text");
      return v;
    }),
  );
}

const decoder = new TextDecoder();

/** A raw value as text (ids, numbers, constants: short ASCII). */
export function rawText(v: RawValue): string | null {
  return v === null ? null : typeof v === "string" ? v : decoder.decode(v);
}
