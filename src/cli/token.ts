import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { insertClient, tokenForClient } from "../auth/client-records.ts";
import { createAuthService } from "../auth/service.ts";
import { openDatabase } from "../db/client.ts";
import { jurisdictions, schools, teachers } from "../db/schema/index.ts";
import { ROLES, type Role } from "../domain/vocab.ts";
import { parseEnv } from "../env.ts";

/**
 * Mint a token locally for development and scripts:
 *   npm run token -- --role hr_clerk --org <jurisdiction, school or teacher id>
 * It creates a client with that role and binding (the token's subject) and prints the token.
 * Uses the same database and keys as the server (DATABASE_URL / PGLITE_DIR / JWT_PRIVATE_JWKS).
 */
async function main() {
  const { values } = parseArgs({ options: { role: { type: "string" }, org: { type: "string" }, name: { type: "string" } } });
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(", ")}`);
  const env = parseEnv(process.env);
  const database = await openDatabase(env);
  try {
    await database.migrate();
    const db = database.db;
    const auth = createAuthService(env);
    const binding: { jurisdictionId?: string; schoolId?: string; teacherId?: string } = {};
    if (values.org) {
      const id = values.org;
      if ((await db.select({ id: jurisdictions.id }).from(jurisdictions).where(eq(jurisdictions.id, id))).length)
        binding.jurisdictionId = id;
      else if ((await db.select({ id: schools.id }).from(schools).where(eq(schools.id, id))).length) binding.schoolId = id;
      else if ((await db.select({ id: teachers.id }).from(teachers).where(eq(teachers.id, id))).length) binding.teacherId = id;
      else throw new Error(`No jurisdiction, school or teacher has id ${id}`);
    } else if (role !== "bureau_admin") {
      throw new Error("--org is required for every role but bureau_admin (which is then the root)");
    }
    const { client } = await insertClient(db, auth, { name: values.name ?? `cli ${role}`, role, ...binding });
    console.log(await tokenForClient(db, auth, client));
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
