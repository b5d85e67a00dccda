import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { ensureBootstrapClient } from "./auth/client-records.ts";
import { createAuthService } from "./auth/service.ts";
import { describeCounts, isEmpty, loadDemo } from "./cli/demo/index.ts";
import { openDatabase } from "./db/client.ts";
import { ConfigError, parseEnv } from "./env.ts";
import { createLogger } from "./lib/logger.ts";

/** Node entry: parse configuration once, open and migrate the database, serve. */
async function main() {
  const env = parseEnv(process.env);
  const logger = createLogger(env.LOG_LEVEL);
  const started = performance.now();
  const database = await openDatabase(env);
  await database.migrate();

  // A fresh embedded database gets the deterministic demo register (src/cli/demo); PostgreSQL never
  // does implicitly (npm run db:seed loads it on purpose).
  let demo: Awaited<ReturnType<typeof loadDemo>> | undefined;
  if (database.kind === "pglite" && env.DEMO_DATA && !process.argv.includes("--no-demo") && (await isEmpty(database.db))) {
    demo = await loadDemo(database.db);
  }
  const auth = createAuthService(env);
  const bootstrap = await ensureBootstrapClient(database.db, auth, { id: env.BOOTSTRAP_CLIENT_ID, secret: env.BOOTSTRAP_CLIENT_SECRET });

  const require = createRequire(import.meta.url);
  let docsBundle: Promise<string> | undefined;
  const app = createApp({
    getDb: () => database.db,
    dbKind: database.kind,
    logger,
    maxBodyBytes: env.MAX_BODY_BYTES,
    auth,
    docsScript: () => (docsBundle ??= readFile(require.resolve("@scalar/api-reference/browser/standalone.js"), "utf8")),
  });

  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    const base = `http://${env.HOST}:${info.port}`;
    const ms = Math.round(performance.now() - started);
    console.log(`Shizi API on ${base} (${database.kind}, ready in ${ms} ms)\n  docs: ${base}/docs\n  spec: ${base}/openapi.json`);
    if (demo)
      console.log(`  demo data loaded: ${describeCounts(demo.counts)} in ${demo.ms} ms (--no-demo or DEMO_DATA=false to start empty)`);
    if (bootstrap?.created) console.log(bootstrapMessage(base, bootstrap.client.id, bootstrap.secret));
  });

  const shutdown = () => {
    server.close();
    void database.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

function bootstrapMessage(base: string, id: string, secret: string): string {
  return [
    "",
    "Created the root administrator client (shown once; keep the secret):",
    `  client_id:     ${id}`,
    `  client_secret: ${secret}`,
    "Get a token:",
    `  curl -s -u '${id}:${secret}' -d grant_type=client_credentials ${base}/v1/oauth/token`,
    "",
  ].join("\n");
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
