import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import type { Role } from "../../domain/vocab.ts";
import { clients } from "../schema/index.ts";
import type { Database } from "../types.ts";
import { clientScope } from "./clients.ts";

export interface ClientFilter {
  role?: Role;
  disabled?: boolean;
  /** Keyset: ids after this one. */
  after?: string;
  limit: number;
}

/** A page (limit + 1 rows, by id) of the clients the principal may manage. */
export function listClients(db: Database, p: Principal, f: ClientFilter) {
  const where: (SQL | undefined)[] = [clientScope(p)];
  if (f.role) where.push(eq(clients.role, f.role));
  if (f.disabled !== undefined) where.push(eq(clients.disabled, f.disabled));
  if (f.after) where.push(gt(clients.id, f.after));
  return db
    .select()
    .from(clients)
    .where(and(...where))
    .orderBy(asc(clients.id))
    .limit(f.limit + 1);
}
