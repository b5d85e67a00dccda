import { parseArgs } from "node:util";
import { openDatabase } from "../../db/client.ts";
import { ConfigError, parseEnv } from "../../env.ts";
import { loadPolicyTargets } from "./load.ts";

const USAGE = `Usage: npm run targets:load -- --jurisdiction <jurisdiction id>

Loads the policy targets of src/cli/targets/policy-targets.json into the jurisdiction's plan
(one transaction; codes it already has are skipped, so running it again is harmless).
Database: DATABASE_URL (PostgreSQL) or PGLITE_DIR (embedded, on disk); migrations are applied first.`;

class UsageError extends Error {}

function parse(argv: string[]): { jurisdictionId: string } {
  let values: { jurisdiction?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { jurisdiction: { type: "string", short: "j" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const id = values.jurisdiction?.trim();
  if (!id) throw new UsageError("--jurisdiction is required");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    throw new UsageError(`--jurisdiction must be a jurisdiction id (a UUID), not "${id}"`);
  return { jurisdictionId: id };
}

/**
 * npm run targets:load -- --jurisdiction <id>: migrate, then load the policy targets for that
 * jurisdiction into DATABASE_URL or PGLITE_DIR (an in-memory database would be lost on exit), and
 * print the codes created and skipped. Audit events name the actor "cli:targets:load".
 */
async function main() {
  const { jurisdictionId } = parse(process.argv.slice(2));
  const env = parseEnv(process.env);
  if (!env.DATABASE_URL && !env.PGLITE_DIR) {
    throw new UsageError("Set DATABASE_URL (PostgreSQL) or PGLITE_DIR (embedded, on disk); an in-memory database would be lost on exit.");
  }
  const database = await openDatabase(env);
  try {
    await database.migrate();
    const { created, skipped } = await loadPolicyTargets(database.db, jurisdictionId, { actor: "cli:targets:load" });
    const where = database.kind === "postgres" ? "PostgreSQL" : env.PGLITE_DIR;
    console.log(
      `Policy targets for jurisdiction ${jurisdictionId} in ${where}: ${created.length} created, ${skipped.length} skipped (already there)`,
    );
    if (created.length) console.log(`  created: ${created.join(" ")}`);
    if (skipped.length) console.log(`  skipped: ${skipped.join(" ")}`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof UsageError || err instanceof ConfigError) {
    console.error(`${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
