import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { createApp } from "./app.ts";
import { createAuthService } from "./auth/service.ts";
import * as schema from "./db/schema/index.ts";
import type { Database } from "./db/types.ts";
import { parseEnv, type Env } from "./env.ts";
import { createLogger } from "./lib/logger.ts";

interface WorkerBindings {
  HYPERDRIVE?: { connectionString: string };
  [key: string]: unknown;
}

/**
 * Workers entry. postgres.js is created per request over the Hyperdrive binding ({ max: 1,
 * fetch_types: false }) and never ended: sql.end() inside workerd raises an unhandled rejection
 * (stack.md §4); the socket closes with the request. Migrations are applied at deploy time, not here.
 */
let app: ReturnType<typeof createApp> | undefined;
let config: Env | undefined;

function databaseFor(bindings: WorkerBindings): Database {
  const url = bindings.HYPERDRIVE?.connectionString ?? config?.DATABASE_URL;
  if (!url) throw new Error("No database: bind HYPERDRIVE or set DATABASE_URL");
  const client = postgres(url, { max: 1, fetch_types: false, onnotice: () => {} });
  return drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
}

export default {
  fetch(request: Request, bindings: WorkerBindings, ctx: ExecutionContext) {
    if (!app) {
      config = parseEnv(bindings);
      app = createApp({
        getDb: (env) => databaseFor(env as WorkerBindings),
        dbKind: "postgres",
        logger: createLogger(config.LOG_LEVEL),
        maxBodyBytes: config.MAX_BODY_BYTES,
        // Token settings, keys, PBKDF2 iterations and rate limits come from the bindings ([vars], secrets).
        auth: createAuthService(config),
      });
    }
    return app.fetch(request, bindings, ctx);
  },
} satisfies ExportedHandler<WorkerBindings>;
