import { generateSecret, hashSecret } from "../../auth/secrets.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { clientInScope, updateClientRow } from "../../db/clients/clients.ts";
import type { Database } from "../../db/types.ts";
import { NotFound } from "../../domain/errors.ts";
import type { Actor } from "../actor.ts";
import type { SecretOptions } from "./create.ts";

/** A new secret for a client the actor manages: the old one stops working for new tokens at once. */
export async function rotateClientSecret(db: Database, actor: Actor, id: string, { secretIterations }: SecretOptions) {
  const secret = generateSecret();
  const secretHash = await hashSecret(secret, secretIterations);
  const row = await db.transaction(async (tx) => {
    if (!(await clientInScope(tx, actor.scope, id))) throw new NotFound("Client", id);
    const updated = await updateClientRow(tx, id, undefined, { secretHash });
    await recordAudit(tx, actor, { action: "rotate_secret", entity: "Client", entityId: id, after: { secretRotated: true } });
    return updated;
  });
  return { row, secret };
}
