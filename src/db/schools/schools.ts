import { eq, sql } from "drizzle-orm";
import { schools } from "../schema/index.ts";
import type { Database } from "../types.ts";
import { prepared } from "../prepared.ts";

export function findSchool(db: Database, id: string) {
  return prepared(db, "school_by_id", (d) =>
    d.select().from(schools).where(eq(schools.id, sql.placeholder("id"))).limit(1).prepare("school_by_id"),
  )
    .execute({ id })
    .then((rows) => rows[0]);
}
