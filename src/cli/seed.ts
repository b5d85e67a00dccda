import { openDatabase } from "../db/client.ts";
import { parseEnv } from "../env.ts";
import { isEmpty, loadDemo } from "./demo/index.ts";

/** npm run db:seed: load the deterministic demo dataset into DATABASE_URL or PGLITE_DIR (must be empty). */
async function main() {
  const env = parseEnv(process.env);
  const database = await openDatabase(env);
  try {
    await database.migrate();
    if (!(await isEmpty(database.db))) throw new Error("The database already has jurisdictions; seed an empty database.");
    const { counts, ms } = await loadDemo(database.db);
    console.log(`Demo data loaded in ${ms} ms: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ")}`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
