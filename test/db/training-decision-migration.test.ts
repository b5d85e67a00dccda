import { readFile } from "node:fs/promises";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { complianceSchema } from "../../src/contract/training/compliance.ts";
import { useTestApp } from "../support/app.ts";
import { client } from "../support/http.ts";
import { makeRule, makeTeacher, makeTree, verifiedHours } from "../routes/training/fixtures.ts";

const ctx = useTestApp();
const root = () => client(ctx);
const MIGRATION = new URL("../../drizzle/0011_training.sql", import.meta.url);

// The migration's data part dates the decisions recorded before it by the UTC day of their instant:
// here it runs again over one teacher's records, stripped back to what 0010 left (no decision dates).
describe("training decision dates migration", () => {
  it("gives decided records the UTC day of their verification or rejection instant; asOf then counts by it", async () => {
    const tree = await makeTree(root());
    await makeRule(root(), tree.countyA.id, { cycleYears: 3, anchorYear: 2022, hoursPerCycle: 120, effectiveFrom: "2022-01-01" });
    const t = await makeTeacher(root(), { schoolId: tree.schoolA.id, hireDate: "2010-09-01" });
    const kept = await verifiedHours(root(), t.id, "2023-03-01", 30);
    const withdrawn = await verifiedHours(root(), t.id, "2023-04-01", 20);
    expect((await root().post(`/v1/training-records/${withdrawn.id}/reject`, { reason: "证书无效" })).status).toBe(200);

    // As recorded before the migration: instants only (23:30 UTC is already the next day in Beijing).
    await ctx.db.execute(sql`update training_records set submitted_at = '2023-03-02T08:00:00Z', verified_at = '2023-03-10T23:30:00Z',
      verified_on = null, rejected_on = null where id = ${kept.id}`);
    await ctx.db.execute(sql`update training_records set submitted_at = '2023-04-02T08:00:00Z', verified_at = '2023-04-05T10:00:00Z',
      rejected_at = '2024-01-15T02:00:00Z', verified_on = null, rejected_on = null where id = ${withdrawn.id}`);
    const text = await readFile(MIGRATION, "utf8");
    const updates = text.split("--> statement-breakpoint").filter((s) => s.trim().startsWith("UPDATE"));
    expect(updates).toHaveLength(2);
    for (const u of updates) await ctx.db.execute(sql.raw(u.replace(/;\s*$/, ` AND "teacher_id" = '${t.id}'`)));

    expect((await root().get(`/v1/training-records/${kept.id}`)).body).toMatchObject({ decidedOn: "2023-03-10", verifiedOn: "2023-03-10" });
    expect((await root().get(`/v1/training-records/${withdrawn.id}`)).body).toMatchObject({
      status: "rejected",
      decidedOn: "2024-01-15",
      verifiedOn: "2023-04-05",
    });
    const verifiedAsOf = async (asOf: string) =>
      complianceSchema.parse((await root().get(`/v1/teachers/${t.id}/training-compliance?asOf=${asOf}&cycle=1`)).body).verified;
    expect(await verifiedAsOf("2023-03-09")).toBe(0);
    expect(await verifiedAsOf("2023-03-10")).toBe(30);
    expect(await verifiedAsOf("2023-04-05")).toBe(50); // the withdrawn one counted until its rejection's date
    expect(await verifiedAsOf("2024-01-15")).toBe(30);

    // The feed got the records' new state, in the API's shape with the decision dates.
    // Read as the county (its feed holds this test's changes only; the PostgreSQL test database is shared).
    const county = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: tree.countyA.id }));
    const feed = await county.get(`/v1/changes?limit=1000`);
    expect(feed.body.hasMore).toBe(false);
    const last = feed.body.items.filter((c: { id: string }) => c.id === withdrawn.id).at(-1);
    expect(last.state).toMatchObject({ decidedOn: "2024-01-15", verifiedOn: "2023-04-05" });
  });
});
