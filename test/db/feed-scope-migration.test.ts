import { readFile } from "node:fs/promises";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { changesPageSchema } from "../../src/contract/changes.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../support/factories.ts";
import { client, type Client } from "../support/http.ts";

const ctx = useTestApp();
const root = () => client(ctx);
const MIGRATION = new URL("../../drizzle/0010_feed_scope_at_write.sql", import.meta.url);

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function feed(api: Client) {
  const res = await api.get("/v1/changes?limit=1000");
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return changesPageSchema.parse(res.body).items.map((c) => [c.entity, c.id, c.leftScope]);
}

// The migration's data part computes the scope of the changes written before it from the data as it
// stands (best effort): here it runs again over one teacher's changes, stripped back to what 0009 left.
describe("feed scope migration", () => {
  it("gives earlier changes the schools the teacher served on the day they were written", async () => {
    const county = await makeJurisdiction(root(), { level: "county" });
    const [s1, s2] = [await makeSchool(root(), county.id), await makeSchool(root(), county.id)];
    const t = await makeTeacher(root(), { schoolId: s1.id, assignmentStart: "2015-09-01" });
    const home = (await root().get(`/v1/teachers/${t.id}/assignments`)).body.items[0].id as string;
    const moved = await root().post(`/v1/teachers/${t.id}/assignments`, { schoolId: s2.id, kind: "primary", validFrom: day(-10) });
    expect(moved.status).toBe(201);
    const title = await root().post(`/v1/teachers/${t.id}/titles`, { level: "second_grade", obtainedOn: "2012-09-01" });
    expect(title.status).toBe(201);

    // as before the migration: no scope, the item without leftScope; the first two changes (and the
    // home assignment) from 2020
    await ctx.db.execute(sql`update changes set scope_orgs = '{}', left_orgs = null,
      api_item = left(api_item, -length(',"leftScope":false}')) || '}' where teacher_id = ${t.id}`);
    await ctx.db.execute(sql`update changes set changed_at = '2020-01-01T08:00:00Z'
      where seq in (select seq from changes where teacher_id = ${t.id} order by seq limit 2)`);
    await ctx.db.execute(sql`update teacher_assignments set created_at = '2020-01-01T08:00:00Z' where id = ${home}`);
    await ctx.db.execute(sql`delete from changes where seq = (select max(seq) from changes where teacher_id = ${t.id})`); // that update's
    const data = (await readFile(MIGRATION, "utf8")).split("--> statement-breakpoint").at(-1)!;
    expect(data).toContain('WHERE c0."seq" = c."seq"');
    await ctx.db.execute(sql.raw(data.replace('WHERE c0."seq" = c."seq"', `WHERE c0."seq" = c."seq" AND c0."teacher_id" = '${t.id}'`)));

    const at = async (schoolId: string) => feed(client(ctx, await ctx.tokenFor("school_sync", { schoolId })));
    // 2020: the teacher and the home assignment, S1's; today: the end of it (S1 told it is losing the
    // teacher), the new one and the title, S2's
    expect(await at(s1.id)).toEqual([
      ["teacher", t.id, false],
      ["assignment", home, false],
      ["assignment", home, true],
    ]);
    expect(await at(s2.id)).toEqual([
      ["assignment", home, false],
      ["assignment", moved.body.id, false],
      ["title", title.body.id, false],
    ]);
    const county_ = await feed(client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: county.id })));
    expect(county_.map((c) => c[1])).toEqual([t.id, home, home, moved.body.id, title.body.id]);
    expect(county_.every((c) => c[2] === false)).toBe(true);
  });
});
