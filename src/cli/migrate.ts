import { openDatabase } from "../db/client.ts";
import { parseEnv } from "../env.ts";

/** Apply the committed migrations to DATABASE_URL (or PGLITE_DIR). Workers deploys run this; the Worker never migrates. */
async function main() {
  const env = parseEnv(process.env);
  const database = await openDatabase(env);
  try {
    await database.migrate();
    console.log(`Migrations applied (${database.kind}).`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
