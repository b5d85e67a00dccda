import { and, asc, eq, gt, or, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { NotFound } from "../../domain/errors.ts";
import { teacherCredentialEvents, teacherCredentials } from "../schema/index.ts";
import type { Database, Queryable } from "../types.ts";

/** The credential, if its teacher is in the scope (FOR UPDATE of the credential when `lock`); otherwise NotFound. */
export async function credentialInScope(db: Queryable, scope: Principal, teacherId: string, credentialId: string, lock: boolean) {
  const q = db
    .select()
    .from(teacherCredentials)
    .where(
      and(
        eq(teacherCredentials.id, credentialId),
        eq(teacherCredentials.teacherId, teacherId),
        teacherScope(scope, sql`${teacherCredentials.teacherId}`),
      ),
    );
  const [row] = await (lock ? q.for("update", { of: teacherCredentials }) : q);
  if (!row) throw new NotFound("Credential", credentialId);
  return row;
}

/** A page (limit + 1 rows) of a credential's status events, by effective date then id, after (effectiveOn, id). */
export function listCredentialEvents(db: Database, credentialId: string, after: [string, string] | undefined, limit: number) {
  const where: (SQL | undefined)[] = [eq(teacherCredentialEvents.credentialId, credentialId)];
  if (after) {
    const [on, id] = after;
    where.push(
      or(gt(teacherCredentialEvents.effectiveOn, on), and(eq(teacherCredentialEvents.effectiveOn, on), gt(teacherCredentialEvents.id, id))),
    );
  }
  return db
    .select()
    .from(teacherCredentialEvents)
    .where(and(...where))
    .orderBy(asc(teacherCredentialEvents.effectiveOn), asc(teacherCredentialEvents.id))
    .limit(limit + 1);
}

export async function insertCredentialEvent(tx: Queryable, values: typeof teacherCredentialEvents.$inferInsert) {
  const [created] = await tx.insert(teacherCredentialEvents).values(values).returning();
  return created!;
}

/** Every status event of a credential (what src/domain/credentials.ts credentialStatusOn reads). */
export function credentialEvents(tx: Queryable, credentialId: string) {
  return tx
    .select({ id: teacherCredentialEvents.id, status: teacherCredentialEvents.status, effectiveOn: teacherCredentialEvents.effectiveOn })
    .from(teacherCredentialEvents)
    .where(eq(teacherCredentialEvents.credentialId, credentialId));
}

/** Store the status the events give today; the credential's version (ETag) moves on. */
export async function setCredentialStatus(
  tx: Queryable,
  credentialId: string,
  status: (typeof teacherCredentials.$inferSelect)["status"],
): Promise<void> {
  await tx
    .update(teacherCredentials)
    .set({ status, version: sql`${teacherCredentials.version} + 1`, updatedAt: sql`now()` })
    .where(eq(teacherCredentials.id, credentialId));
}
