import { openDatabase } from "../db/client.ts";
import { parseEnv } from "../env.ts";
import { describeCounts, isEmpty, loadDemo } from "./demo/index.ts";

/**
 * npm run db:seed: migrate, then load the deterministic demo register into DATABASE_URL (PostgreSQL) or
 * PGLITE_DIR (embedded, on disk). Refuses a database that already has jurisdictions: the demo is a
 * starting point, never merged into a real register.
 */
async function main() {
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL && !env.PGLITE_DIR) {
    throw new Error("Set DATABASE_URL (PostgreSQL) or PGLITE_DIR (embedded, on disk); an in-memory database would be lost on exit.");
  }
  const database = await openDatabase(env);
  try {
    await database.migrate();
    if (!(await isEmpty(database.db))) {
      throw new Error("The database already has jurisdictions; db:seed only loads the demo register into an empty database.");
    }
    const { counts, ms } = await loadDemo(database.db);
    console.log(
      `Demo data loaded into ${database.kind === "postgres" ? "PostgreSQL" : env.PGLITE_DIR}: ${describeCounts(counts)} in ${ms} ms`,
    );
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
