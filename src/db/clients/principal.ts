import { eq, sql } from "drizzle-orm";
import { clients, jurisdictions, schools } from "../schema/index.ts";
import { prepared } from "../prepared.ts";
import type { Database } from "../types.ts";

/** A client row with the paths of its org binding: read on every authenticated request (prepared). */
export function clientPrincipalRow(db: Database, id: string) {
  return prepared(db, "client_principal", (d) =>
    d
      .select({
        role: clients.role,
        disabled: clients.disabled,
        jurisdictionId: clients.jurisdictionId,
        schoolId: clients.schoolId,
        teacherId: clients.teacherId,
        jurisdictionPath: jurisdictions.path,
        schoolPath: schools.path,
      })
      .from(clients)
      .leftJoin(jurisdictions, eq(jurisdictions.id, clients.jurisdictionId))
      .leftJoin(schools, eq(schools.id, clients.schoolId))
      .where(eq(clients.id, sql.placeholder("id")))
      .limit(1)
      .prepare("client_principal"),
  )
    .execute({ id })
    .then((rows) => rows[0]);
}

/** Org node by id (jurisdiction, else school), for external identities that name their org in a claim. */
export async function orgNodePath(db: Database, id: string): Promise<{ type: "jurisdiction" | "school"; path: string } | undefined> {
  const [j] = await db.select({ path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, id));
  if (j) return { type: "jurisdiction", path: j.path };
  const [s] = await db.select({ path: schools.path }).from(schools).where(eq(schools.id, id));
  return s ? { type: "school", path: s.path } : undefined;
}
