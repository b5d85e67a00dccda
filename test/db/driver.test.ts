import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { executePrepared, postgresJsClient } from "../../src/db/driver.ts";
import { rawRows, rawText } from "../../src/db/raw-rows.ts";
import { useTestApp } from "../support/app.ts";

const ctx = useTestApp();

/** The adapter over drizzle's private session API (src/db/driver.ts): fails if an upgrade moves it. */
describe("the driver adapter", () => {
  it("runs our own prepared statement inside a transaction, and the transaction still rolls it back", async () => {
    const code = `DRV-${Date.now()}`;
    await ctx.db
      .transaction(async (tx) => {
        await executePrepared(tx, `insert into jurisdictions (id, code, name, level, path) values ($1::uuid, $2, '驱动', 'city', $3)`, [
          "01930000-0000-7000-8000-00000000d1e5",
          code,
          "/01930000-0000-7000-8000-00000000d1e5/",
        ]);
        const seen = (await tx.execute(sql`select count(*)::int as n from jurisdictions where code = ${code}`)) as unknown as {
          rows?: { n: number }[];
        } & { n: number }[];
        expect((seen.rows ?? seen)[0]!.n).toBe(1);
        throw new Error("roll back");
      })
      .catch((err: Error) => expect(err.message).toBe("roll back"));
    const after = (await ctx.db.execute(sql`select count(*)::int as n from jurisdictions where code = ${code}`)) as unknown as {
      rows?: { n: number }[];
    } & { n: number }[];
    expect((after.rows ?? after)[0]!.n).toBe(0);
  });

  it("finds the postgres.js client on PostgreSQL (raw bytes) and none on PGlite (text)", async () => {
    expect(Boolean(postgresJsClient(ctx.db))).toBe(ctx.kind === "postgres");
    const rows = await rawRows(ctx.db, sql`select '{"a":1}'::text as item, 42::text as n`);
    expect(rows.map((r) => r.map(rawText))).toEqual([['{"a":1}', "42"]]);
    if (ctx.kind === "postgres") expect(rows[0]![0]).toBeInstanceOf(Uint8Array);
    else expect(typeof rows[0]![0]).toBe("string");
  });
});
