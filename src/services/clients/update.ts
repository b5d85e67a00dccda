import { recordAudit } from "../../db/audit/record.ts";
import { lockClient, updateClientRow } from "../../db/clients/clients.ts";
import type { Database } from "../../db/types.ts";
import { Conflict, NotFound } from "../../domain/errors.ts";
import type { ClientUpdate } from "../../contract/clients.ts";
import type { Actor } from "../actor.ts";

export interface ClientChange {
  id: string;
  /** The version the caller read (If-Match), if it sent one. */
  expected: number | undefined;
  changes: ClientUpdate;
}

/** Rename, disable or re-enable a client the actor manages (never itself disabled). */
export function updateClient(db: Database, actor: Actor, { id, expected, changes }: ClientChange) {
  return db.transaction(async (tx) => {
    const current = await lockClient(tx, actor.scope, id);
    if (!current) throw new NotFound("Client", id);
    if (id === actor.scope.id && changes.disabled) throw new Conflict("A client cannot disable itself");
    const updated = await updateClientRow(tx, id, expected, changes);
    await recordAudit(tx, actor, { action: "update", entity: "Client", entityId: id, before: current, after: updated });
    return updated;
  });
}
