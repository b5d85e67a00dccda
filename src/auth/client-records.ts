import { clientById, clientCount, insertClientRow, resetClientRow } from "../db/clients/clients.ts";
import type { clients } from "../db/schema/index.ts";
import type { Database } from "../db/types.ts";
import type { Role } from "../domain/vocab.ts";
import { generateSecret, hashSecret, verifySecret } from "./secrets.ts";
import type { AuthService } from "./service.ts";
import { issueToken } from "./tokens.ts";

export interface NewClient {
  id?: string;
  name: string;
  role: Role;
  jurisdictionId?: string | null;
  schoolId?: string | null;
  teacherId?: string | null;
  secret?: string;
}

/** Insert a client outside the HTTP API (bootstrap, CLI, tests). Returns the row and its plain secret. */
export async function insertClient(db: Database, auth: AuthService, c: NewClient) {
  const secret = c.secret ?? generateSecret();
  const row = await insertClientRow(db, {
    ...(c.id ? { id: c.id } : {}),
    name: c.name,
    role: c.role,
    jurisdictionId: c.jurisdictionId ?? null,
    schoolId: c.schoolId ?? null,
    teacherId: c.teacherId ?? null,
    secretHash: await hashSecret(secret, auth.secretIterations),
  });
  return { client: row, secret };
}

/** Sign a token for a client row directly (no secret check): for the CLI and tests. */
export async function tokenForClient(db: Database, auth: AuthService, client: typeof clients.$inferSelect) {
  const orgType = client.role === "teacher" ? "teacher" : client.schoolId ? "school" : client.jurisdictionId ? "jurisdiction" : "root";
  const orgId = client.teacherId ?? client.schoolId ?? client.jurisdictionId ?? null;
  const { token } = await issueToken(await auth.keyRing(db), auth.tokens, { clientId: client.id, role: client.role, orgType, orgId });
  return token;
}

/**
 * Getting started: make sure a root bureau_admin exists. With BOOTSTRAP_CLIENT_ID/SECRET the client
 * is created (or its secret reset) with exactly those; otherwise one is created with a random secret
 * only when the database has no clients. Returns the credentials when something was created or reset.
 */
export async function ensureBootstrapClient(db: Database, auth: AuthService, fixed?: { id?: string; secret?: string }) {
  if (fixed?.id && fixed.secret) {
    const existing = await clientById(db, fixed.id);
    if (!existing)
      return {
        ...(await insertClient(db, auth, { id: fixed.id, name: "Bootstrap administrator", role: "bureau_admin", secret: fixed.secret })),
        created: true,
      };
    if (!(await verifySecret(fixed.secret, existing.secretHash)) || existing.disabled || existing.role !== "bureau_admin") {
      await resetClientRow(db, fixed.id, {
        secretHash: await hashSecret(fixed.secret, auth.secretIterations),
        disabled: false,
        role: "bureau_admin",
        jurisdictionId: null,
        schoolId: null,
        teacherId: null,
      });
    }
    return { client: existing, secret: fixed.secret, created: false };
  }
  if ((await clientCount(db)) > 0) return undefined;
  return { ...(await insertClient(db, auth, { name: "Bootstrap administrator", role: "bureau_admin" })), created: true };
}
