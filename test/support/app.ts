import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, inject } from "vitest";
import { createApp } from "../../src/app.ts";
import { insertClient, tokenForClient } from "../../src/auth/client-records.ts";
import { createAuthService, type AuthService } from "../../src/auth/service.ts";
import * as schema from "../../src/db/schema/index.ts";
import type { Database, DbKind } from "../../src/db/types.ts";
import type { Role } from "../../src/domain/vocab.ts";
import { parseEnv } from "../../src/env.ts";
import { createLogger } from "../../src/lib/logger.ts";

export interface TestContext {
  app: ReturnType<typeof createApp>;
  db: Database;
  kind: DbKind;
  logs: string[];
  auth: AuthService;
  /** A root bureau_admin token; the test client sends it unless told otherwise. */
  token: string;
  /** A token for a new client with this role and org binding. */
  tokenFor(role: Role, binding?: { jurisdictionId?: string; schoolId?: string; teacherId?: string }): Promise<string>;
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

/** Test configuration: a cheap secret hash (the production default is deliberately slow). */
export function testAuthService(overrides: Record<string, string> = {}): AuthService {
  return createAuthService(parseEnv({ SECRET_HASH_ITERATIONS: "1000", RATE_LIMIT_PER_MINUTE: "100000", ...overrides }));
}

/**
 * One app and database per test file, opened in beforeAll. Tests make their own data through the
 * factories, so they never depend on each other's rows (the PostgreSQL database is shared by all files).
 */
export function useTestApp(options: { auth?: Record<string, string> } = {}): TestContext {
  const ctx = { logs: [] as string[] } as TestContext;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const opened = await openTestDb();
    close = opened.close;
    ctx.db = opened.db;
    ctx.kind = opened.kind;
    ctx.auth = testAuthService(options.auth);
    ctx.app = createApp({
      getDb: () => opened.db,
      dbKind: opened.kind,
      logger: createLogger("info", (line) => ctx.logs.push(line)),
      maxBodyBytes: 256 * 1024,
      auth: ctx.auth,
    });
    ctx.tokenFor = async (role, binding = {}) => {
      const { client } = await insertClient(opened.db, ctx.auth, { name: `test ${role}`, role, ...binding });
      return tokenForClient(opened.db, ctx.auth, client);
    };
    ctx.token = await ctx.tokenFor("bureau_admin");
  });
  afterAll(async () => {
    await close?.();
  });
  return ctx;
}
