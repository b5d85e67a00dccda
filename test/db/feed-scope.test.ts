import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as schema from "../../src/db/schema/index.ts";
import { feedScope } from "../../src/domain/feed-scope.ts";
import { FEED_SCOPE_CASES, FEED_SCOPE_DAY } from "../support/feed-scope-cases.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../support/factories.ts";
import { client } from "../support/http.ts";

const ctx = useTestApp();

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

// The database's teacher_feed_scope (drizzle/0010_feed_scope_at_write.sql) against src/domain/feed-scope.ts.
describe("teacher_feed_scope", () => {
  it("reaches the org nodes of the schools feedScope names, on every case", async () => {
    const county = await makeJurisdiction(client(ctx), { level: "county" });
    const ids: Record<string, string> = {};
    for (const name of ["A", "B", "H"]) ids[name] = (await makeSchool(client(ctx), county.id)).id;
    const orgs = (names: Iterable<string>) => {
      const list = [...names].map((n) => ids[n]!);
      return list.length ? [county.id, ...list].sort() : [];
    };
    for (const c of FEED_SCOPE_CASES) {
      const t = await makeTeacher(client(ctx));
      if (c.assignments.length)
        await ctx.db.insert(schema.teacherAssignments).values(
          c.assignments.map((a, i) => ({
            teacherId: t.id,
            schoolId: ids[a.schoolId]!,
            kind: i === 0 ? ("primary" as const) : ("secondary" as const),
            validFrom: "2010-09-01",
            validTo: a.validTo,
          })),
        );
      const [row] = rowsOf<{ reach: string[] | string; stays: string[] | string }>(
        await ctx.db.execute(
          sql`select reach::text[] as reach, stays::text[] as stays from teacher_feed_scope(${t.id}, ${FEED_SCOPE_DAY}, 'infinity')`,
        ),
      );
      const domain = feedScope(c.assignments, FEED_SCOPE_DAY);
      const arr = (v: string[] | string) => (Array.isArray(v) ? v : v.replace(/[{}]/g, "").split(",").filter(Boolean)).sort();
      expect(arr(row!.reach), c.name).toEqual(orgs(domain.reach));
      expect(arr(row!.stays), c.name).toEqual(orgs(domain.stays));
    }
  });
});
