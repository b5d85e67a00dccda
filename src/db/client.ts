import type { Env } from "../env.ts";
import * as schema from "./schema/index.ts";
import type { Database, DbKind } from "./types.ts";
import { postgresOptions } from "./postgres-options.ts";

export const MIGRATIONS_FOLDER = new URL("../../drizzle", import.meta.url).pathname;

export interface OpenDatabase {
  db: Database;
  kind: DbKind;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Node: PostgreSQL through postgres.js when DATABASE_URL is set, otherwise embedded PGlite
 * (in memory, or persisted under PGLITE_DIR). Imports are dynamic so the Worker bundle never
 * pulls in PGlite or the file-system migrator.
 */
export async function openDatabase(env: Pick<Env, "DATABASE_URL" | "PGLITE_DIR">): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    const client = postgres(env.DATABASE_URL, { max: 10, ...postgresOptions });
    const db = drizzle(client, { schema, casing: "snake_case" });
    return {
      db: db as unknown as Database,
      kind: "postgres",
      migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = env.PGLITE_DIR ? await PGlite.create(env.PGLITE_DIR) : await PGlite.create();
  const db = drizzle(client, { schema, casing: "snake_case" });
  return {
    db: db as unknown as Database,
    kind: "pglite",
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}
