import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, inject } from "vitest";
import { createApp } from "../../src/app.ts";
import * as schema from "../../src/db/schema/index.ts";
import type { Database, DbKind } from "../../src/db/types.ts";
import { createLogger } from "../../src/lib/logger.ts";

export interface TestContext {
  app: ReturnType<typeof createApp>;
  db: Database;
  kind: DbKind;
  logs: string[];
}

async function openTestDb(): Promise<{ db: Database; kind: DbKind; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(url, { max: 5, onnotice: () => {} });
    return { db: drizzle(client, { schema, casing: "snake_case" }) as unknown as Database, kind: "postgres", close: () => client.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dump = await readFile(inject("pgliteDump"));
  const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
  return { db: drizzle(client, { schema, casing: "snake_case" }) as unknown as Database, kind: "pglite", close: () => client.close() };
}

/**
 * One app and database per test file, opened in beforeAll. Tests make their own data through the
 * factories, so they never depend on each other's rows (the PostgreSQL database is shared by all files).
 */
export function useTestApp(): TestContext {
  const ctx = { logs: [] as string[] } as TestContext;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const opened = await openTestDb();
    close = opened.close;
    ctx.db = opened.db;
    ctx.kind = opened.kind;
    ctx.app = createApp({
      getDb: () => opened.db,
      dbKind: opened.kind,
      logger: createLogger("info", (line) => ctx.logs.push(line)),
      maxBodyBytes: 256 * 1024,
    });
  });
  afterAll(async () => {
    await close?.();
  });
  return ctx;
}
