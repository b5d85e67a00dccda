import { generateSecret, hashSecret } from "../../auth/secrets.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { insertClientRow } from "../../db/clients/clients.ts";
import type { Database } from "../../db/types.ts";
import type { ClientCreate } from "../../contract/clients.ts";
import type { Actor } from "../actor.ts";
import { checkBinding } from "./binding.ts";

/** How slow the stored secret hash is (AuthService.secretIterations). */
export interface SecretOptions {
  secretIterations: number;
}

/** A new API client bound inside the actor's subtree; returns the row and its secret (shown once, only the hash is kept). */
export async function createClient(db: Database, actor: Actor, input: ClientCreate, { secretIterations }: SecretOptions) {
  const secret = generateSecret();
  const secretHash = await hashSecret(secret, secretIterations);
  const row = await db.transaction(async (tx) => {
    await checkBinding(tx, actor.scope, input);
    const created = await insertClientRow(tx, {
      name: input.name,
      role: input.role,
      jurisdictionId: input.jurisdictionId ?? null,
      schoolId: input.schoolId ?? null,
      teacherId: input.teacherId ?? null,
      secretHash,
    });
    await recordAudit(tx, actor, { action: "create", entity: "Client", entityId: created.id, after: created });
    return created;
  });
  return { row, secret };
}
