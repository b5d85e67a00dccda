import { and, count, eq, or, sql, type SQL } from "drizzle-orm";
import { jurisdictions, schools, teachers } from "../schema/index.ts";
import { clients } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { updateVersioned } from "../versioned.ts";
import { underPath } from "../paths.ts";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";

type ClientRow = typeof clients.$inferSelect;

/** Clients whose org node lies in the principal's subtree (root-bound admins only for the root). */
export function clientScope(p: Principal): SQL | undefined {
  if (p.orgType === "root") return undefined;
  if (!p.path || p.orgType !== "jurisdiction") return sql`false`;
  return or(
    sql`exists (select 1 from ${jurisdictions} j where j.id = ${clients.jurisdictionId} and ${underPath(sql.raw("j.path"), p.path)})`,
    sql`exists (select 1 from ${schools} s where s.id = ${clients.schoolId} and ${underPath(sql.raw("s.path"), p.path)})`,
    and(sql`${clients.teacherId} is not null`, teacherScope(p, sql`${clients.teacherId}`)),
  );
}

/** A client the principal may manage, or undefined. */
export async function findClient(db: Queryable, p: Principal, id: string): Promise<ClientRow | undefined> {
  const [row] = await db
    .select()
    .from(clients)
    .where(and(eq(clients.id, id), clientScope(p)));
  return row;
}

/** As findClient, row-locked for an update. */
export async function lockClient(tx: Queryable, p: Principal, id: string): Promise<ClientRow | undefined> {
  const scope = clientScope(p);
  const [row] = await tx
    .select()
    .from(clients)
    .where(and(eq(clients.id, id), scope))
    .for("update");
  return row;
}

/** Whether the principal may manage this client (its id only). */
export async function clientInScope(tx: Queryable, p: Principal, id: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.id, id), clientScope(p)));
  return row !== undefined;
}

/** A client by id, whatever its binding (token endpoint, bootstrap). */
export async function clientById(db: Queryable, id: string): Promise<ClientRow | undefined> {
  const [row] = await db.select().from(clients).where(eq(clients.id, id));
  return row;
}

export async function insertClientRow(tx: Queryable, values: typeof clients.$inferInsert): Promise<ClientRow> {
  const [row] = await tx.insert(clients).values(values).returning();
  return row!;
}

/** Versioned update (NotFound / VersionConflict). */
export function updateClientRow(
  tx: Queryable,
  id: string,
  expected: number | undefined,
  values: Record<string, unknown>,
): Promise<ClientRow> {
  return updateVersioned(tx, clients, "Client", id, expected, values);
}

/** Overwrite columns without the version guard (the bootstrap client's reset). */
export async function resetClientRow(db: Queryable, id: string, values: Partial<typeof clients.$inferInsert>): Promise<void> {
  await db.update(clients).set(values).where(eq(clients.id, id));
}

/** The client obtained a token now. */
export async function markClientUsed(db: Queryable, id: string): Promise<void> {
  await db.update(clients).set({ lastUsedAt: new Date() }).where(eq(clients.id, id));
}

export async function clientCount(db: Queryable): Promise<number> {
  const [{ n }] = (await db.select({ n: count() }).from(clients)) as [{ n: number }];
  return Number(n);
}

/** Whether the principal sees this teacher (a teacher client's binding). */
export async function teacherInScope(tx: Queryable, p: Principal, id: string): Promise<boolean> {
  const [t] = await tx
    .select({ id: teachers.id })
    .from(teachers)
    .where(and(eq(teachers.id, id), teacherScope(p)));
  return t !== undefined;
}
