import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as schema from "../../../src/db/schema/index.ts";
import type { Database } from "../../../src/db/types.ts";
import { changesPageSchema } from "../../../src/contract/changes.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher, nationalIdFor } from "../../support/factories.ts";
import { client, type Client } from "../../support/http.ts";

const ctx = useTestApp();
const root = () => client(ctx);
type Change = ReturnType<typeof changesPageSchema.parse>["items"][number];

/** Poll from `cursor` until up to date; returns the changes and the cursor to poll from next. */
async function drain(api: Client, cursor: string | null, query = "limit=50") {
  const out: Change[] = [];
  for (let i = 0; i < 10_000; i++) {
    const res = await api.get(`/v1/changes?${query}${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const page = changesPageSchema.parse(res.body);
    out.push(...page.items);
    cursor = page.nextCursor;
    if (!page.hasMore) return { changes: out, cursor };
  }
  throw new Error("the feed did not end");
}

/** A county of its own with one school, and a county-scoped client (tests share the database). */
async function county() {
  const j = await makeJurisdiction(root(), { level: "county" });
  const school = await makeSchool(root(), j.id);
  const api = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: j.id }));
  return { j, school, api };
}

describe("change feed", () => {
  it("lists every create, update and end in order, in the resources' shapes, national IDs masked", async () => {
    const { school, api } = await county();
    const start = (await drain(api, null)).cursor; // whatever this county had: nothing
    const nationalId = nationalIdFor("1985-06-15", "female");
    const t = await makeTeacher(api, { schoolId: school.id, nationalId });
    const title = await api.post(`/v1/teachers/${t.id}/titles`, { level: "second_grade", obtainedOn: "2010-09-01" });
    expect(title.status).toBe(201);
    const promoted = await api.post(`/v1/teachers/${t.id}/titles`, { level: "first_grade", obtainedOn: "2016-09-01" });
    expect(promoted.status).toBe(201);
    const { changes, cursor } = await drain(api, start);
    const mine = changes.filter((c) => c.teacherId === t.id);
    expect(mine.map((c) => c.entity)).toEqual(["teacher", "assignment", "title", "title", "title"]);
    // the promotion ended the first title (an update of it) and created the second, in one transaction
    expect(mine.slice(3).map((c) => [c.id, (c.state as { validTo?: string | null; obtainedOn?: string }).obtainedOn])).toEqual(
      expect.arrayContaining([
        [title.body.id, "2010-09-01"],
        [promoted.body.id, "2016-09-01"],
      ]),
    );
    expect(mine.every((c) => c.operation === "upsert")).toBe(true);
    const sequences = mine.map((c) => c.sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
    const teacher = mine[0]!.state as { id: string; nationalIdMasked: string; name: string };
    expect(teacher).toMatchObject({ id: t.id, name: "张老师", nationalIdMasked: t.nationalIdMasked });
    expect(JSON.stringify(changes)).not.toContain(nationalId);
    // Up to date: the same cursor gives nothing until something changes, then exactly that.
    const again = changesPageSchema.parse((await api.get(`/v1/changes?cursor=${cursor}`)).body);
    expect(again.items).toEqual([]);
    expect(again.hasMore).toBe(false);
    expect(again.nextCursor).toBe(cursor);
    expect((await api.patch(`/v1/teachers/${t.id}`, { staffNumber: "F-1" }, { "if-match": `"${t.version}"` })).status).toBe(200);
    const next = await drain(api, cursor);
    expect(next.changes.map((c) => [c.entity, c.id, (c.state as { staffNumber: string }).staffNumber])).toEqual([["teacher", t.id, "F-1"]]);
  });

  it("filters by entity, pages without gaps or repeats, and rejects unknown entities and cursors", async () => {
    const { school, api } = await county();
    const start = (await drain(api, null)).cursor;
    for (let i = 0; i < 3; i++) {
      const t = await makeTeacher(api, { schoolId: school.id });
      await api.post(`/v1/teachers/${t.id}/education`, { level: "bachelor", institution: "辽宁师范大学", completedOn: "2008-07-01" });
    }
    const all = (await drain(api, start, "limit=1000")).changes;
    expect(all.map((c) => c.entity).sort()).toEqual(
      [...Array(3).fill("assignment"), ...Array(3).fill("education"), ...Array(3).fill("teacher")].sort(),
    );
    const paged = (await drain(api, start, "limit=2")).changes;
    expect(paged.map((c) => c.sequence)).toEqual(all.map((c) => c.sequence));
    const education = (await drain(api, start, "entities=education,teacher")).changes;
    expect(education.map((c) => c.entity).sort()).toEqual([...Array(3).fill("education"), ...Array(3).fill("teacher")].sort());
    const bad = await api.get("/v1/changes?entities=teacher,salary");
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].detail ?? bad.body.errors[0].parameter).toBeTruthy();
    expect((await api.get("/v1/changes?cursor=not-a-cursor")).status).toBe(422);
    const forged = Buffer.from(JSON.stringify(["a", "b"])).toString("base64url");
    expect((await api.get(`/v1/changes?cursor=${forged}`)).status).toBe(422);
  });

  it("is scoped: a county sees its schools' staff, a school its own, another county nothing", async () => {
    const a = await county();
    const b = await county();
    const otherSchool = await makeSchool(root(), a.j.id);
    const [startA, startB] = [(await drain(a.api, null)).cursor, (await drain(b.api, null)).cursor];
    const sync = client(ctx, await ctx.tokenFor("school_sync", { schoolId: a.school.id }));
    const startSync = (await drain(sync, null)).cursor;
    const mine = await makeTeacher(a.api, { schoolId: a.school.id });
    const sibling = await makeTeacher(a.api, { schoolId: otherSchool.id });
    const teachers = (r: { changes: Change[] }) => new Set(r.changes.map((c) => c.teacherId));
    expect(teachers(await drain(a.api, startA))).toEqual(new Set([mine.id, sibling.id]));
    expect(teachers(await drain(sync, startSync))).toEqual(new Set([mine.id]));
    expect((await drain(b.api, startB)).changes).toEqual([]);
    const reporter = client(ctx, await ctx.tokenFor("reporter", { jurisdictionId: a.j.id }));
    expect((await reporter.get("/v1/changes")).status).toBe(403);
  });

  it("never misses or repeats a change while concurrent transactions commit out of order", async () => {
    const { school, api } = await county();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await makeTeacher(api, { schoolId: school.id })).id);
    let cursor = (await drain(api, null)).cursor;

    // Writers on connections of their own (on PostgreSQL), each: update a teacher (its change takes a
    // sequence number now), then hold the transaction open before committing. Earlier writers wait
    // longer, so later sequence numbers commit first.
    const writers = await writerPool(ctx.db);
    const committed: { seqs: number[]; at: number }[] = [];
    const write = async (round: number, k: number) => {
      const teacherId = ids[k % ids.length]!;
      const seqs = await writers.db.transaction(async (tx) => {
        await tx
          .update(schema.teachers)
          .set({ staffNumber: `R${round}-${k}` })
          .where(eq(schema.teachers.id, teacherId));
        const mine = rowsOf<{ seq: number }>(
          await tx.execute(sql`select seq::int as seq from changes where xid = pg_current_xact_id()::text::bigint`),
        );
        await sleepIn(tx, ctx.kind, (6 - k) * 40);
        return mine.map((r) => Number(r.seq));
      });
      committed.push({ seqs, at: performance.now() });
    };
    const seen: Change[] = [];
    let writing = true;
    const reader = (async () => {
      while (writing) {
        const r = await drain(api, cursor, "limit=3");
        seen.push(...r.changes);
        cursor = r.cursor;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    for (let round = 0; round < 4; round++) {
      await Promise.all(
        Array.from({ length: 6 }, (_, k) => new Promise((resolve) => setTimeout(resolve, k * 15)).then(() => write(round, k))),
      );
    }
    writing = false;
    await reader;
    seen.push(...(await drain(api, cursor)).changes);
    await writers.close();

    const expected = await ctx.db
      .select({ seq: schema.changes.seq })
      .from(schema.changes)
      .where(inArray(schema.changes.teacherId, ids))
      .orderBy(schema.changes.seq);
    const written = new Set(committed.flatMap((c) => c.seqs));
    const got = seen.map((c) => c.sequence);
    expect(new Set(got).size, "no change twice").toBe(got.length);
    for (const seq of written) expect(got, `change ${seq} was seen`).toContain(seq);
    expect(new Set(got)).toEqual(new Set(expected.map((r) => r.seq).filter((s) => s >= Math.min(...written))));
    if (ctx.kind === "postgres") {
      // The scenario really happened: some transaction committed after one with a later sequence number.
      const byCommit = [...committed].sort((x, y) => x.at - y.at).map((c) => c.seqs[0]!);
      expect(
        byCommit.some((s, i) => i > 0 && s < byCommit[i - 1]!),
        `commit order ${byCommit}`,
      ).toBe(true);
    }
  }, 60_000);
});

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function sleepIn(tx: { execute: Database["execute"] }, kind: string, ms: number) {
  // On PGlite (one connection) transactions run one at a time anyway; sleeping would only slow it.
  if (kind === "postgres") await tx.execute(sql`select pg_sleep(${ms / 1000})`);
}

/** On PostgreSQL, a pool of its own so the writers' open transactions do not starve the app's pool. */
async function writerPool(db: Database): Promise<{ db: Database; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { db, close: async () => {} };
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const sqlClient = postgres(url, { max: 8, onnotice: () => {} });
  return { db: drizzle(sqlClient, { schema, casing: "snake_case" }) as unknown as Database, close: () => sqlClient.end() };
}
