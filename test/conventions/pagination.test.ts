import { beforeAll, describe, expect, it } from "vitest";
import { jurisdictionPageSchema } from "../../src/contract/jurisdictions.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction } from "../support/factories.ts";
import { client } from "../support/http.ts";

/**
 * Lists: cursor pagination, keyset on a stable sort key, never OFFSET (ARCHITECTURE.md). A cursor walk
 * neither skips nor repeats a row, also while rows are being inserted between page fetches.
 */
const ctx = useTestApp();
const api = () => client(ctx);

async function page(query: string) {
  const res = await api().get(`/v1/jurisdictions?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return jurisdictionPageSchema.parse(res.body);
}

async function makeChildren(parentId: string, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await makeJurisdiction(api(), { level: "county", parentId, name: `县${i}` })).id);
  return ids;
}

/** Follows nextCursor to the end; `between` runs after each page. */
async function walk(filter: string, limit: number, between?: (pageNo: number) => Promise<void>) {
  const seen: string[] = [];
  const pageSizes: number[] = [];
  let cursor: string | null = null;
  for (let pageNo = 0; pageNo < 100; pageNo++) {
    const p = await page(`${filter}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    seen.push(...p.items.map((j) => j.id));
    pageSizes.push(p.items.length);
    cursor = p.nextCursor;
    if (!cursor) return { seen, pageSizes };
    await between?.(pageNo);
  }
  throw new Error("the walk did not end");
}

describe("cursor pagination", () => {
  let parentId: string;
  let children: string[];
  beforeAll(async () => {
    parentId = (await makeJurisdiction(api())).id;
    children = await makeChildren(parentId, 25);
  });

  it("pages through direct children with limit=7 without repeats or skips", async () => {
    const { seen, pageSizes } = await walk(`parentId=${parentId}`, 7);
    expect(pageSizes).toEqual([7, 7, 7, 4]);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...children].sort());
    // The order is the documented stable key (id, UUIDv7 = creation order).
    expect(seen).toEqual([...seen].sort());
    expect(seen).toEqual(children);
  });

  it("pages across a subtree (the parent and its children)", async () => {
    const { seen, pageSizes } = await walk(`subtreeOf=${parentId}`, 7);
    expect(pageSizes).toEqual([7, 7, 7, 5]);
    expect(seen).toEqual([parentId, ...children]);
  });

  it("returns nextCursor null exactly on the last page, even when it is full", async () => {
    const { pageSizes } = await walk(`parentId=${parentId}`, 5);
    expect(pageSizes).toEqual([5, 5, 5, 5, 5]);
    const all = await page(`parentId=${parentId}&limit=25`);
    expect(all.items).toHaveLength(25);
    expect(all.nextCursor).toBeNull();
  });

  it("neither skips nor repeats a row while rows are inserted between page fetches", async () => {
    // Rows join the list in two ways between pages: new children (ids after every row already read) and
    // older jurisdictions moved in under the parent (ids before the cursor). An OFFSET walk would repeat
    // rows after the second kind; a keyset walk is unaffected by either.
    const donorParent = (await makeJurisdiction(api())).id;
    const older = await makeChildren(donorParent, 6);
    const parent = (await makeJurisdiction(api())).id;
    const initial = await makeChildren(parent, 20);
    const inserted: string[] = [];
    const movedIn: string[] = [];
    const { seen } = await walk(`parentId=${parent}`, 6, async (pageNo) => {
      inserted.push(...(await makeChildren(parent, 2)));
      const mover = older[pageNo]!;
      const moved = await api().patch(`/v1/jurisdictions/${mover}`, { parentId: parent });
      expect(moved.status).toBe(200);
      movedIn.push(mover);
    });
    expect(inserted.length).toBeGreaterThan(0);
    expect(movedIn.length).toBeGreaterThan(0);
    // Every row that existed at the start is seen exactly once, and nothing is seen twice.
    for (const id of initial)
      expect(
        seen.filter((s) => s === id),
        id,
      ).toHaveLength(1);
    expect(new Set(seen).size).toBe(seen.length);
    // UUIDv7 ids sort after every row already read, so new rows turn up at the end; rows moved in
    // sort before the cursor and are not part of this walk.
    expect(seen).toEqual([...initial, ...inserted]);
    // A fresh walk sees the whole current set once.
    const fresh = await walk(`parentId=${parent}`, 6);
    expect(fresh.seen).toEqual([...movedIn, ...initial, ...inserted]);
  });

  it("keeps a cursor valid after the row it points at moves away", async () => {
    const parent = (await makeJurisdiction(api())).id;
    const other = (await makeJurisdiction(api())).id;
    const ids = await makeChildren(parent, 6);
    const first = await page(`parentId=${parent}&limit=3`);
    expect(first.items.map((j) => j.id)).toEqual(ids.slice(0, 3));
    // Move the last row of the first page (the cursor's key) under another parent.
    const moved = await api().patch(`/v1/jurisdictions/${ids[2]}`, { parentId: other });
    expect(moved.status).toBe(200);
    const second = await page(`parentId=${parent}&limit=3&cursor=${first.nextCursor}`);
    expect(second.items.map((j) => j.id)).toEqual(ids.slice(3));
    expect(second.nextCursor).toBeNull();
  });
});

describe("limit", () => {
  let parentId: string;
  beforeAll(async () => {
    parentId = (await makeJurisdiction(api())).id;
    await makeChildren(parentId, 51);
  });

  it("defaults to 50", async () => {
    const p = await page(`parentId=${parentId}`);
    expect(p.items).toHaveLength(50);
    expect(p.nextCursor).not.toBeNull();
    const rest = await page(`parentId=${parentId}&cursor=${p.nextCursor}`);
    expect(rest.items).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
  });

  it("accepts 1 and 200", async () => {
    const one = await page(`parentId=${parentId}&limit=1`);
    expect(one.items).toHaveLength(1);
    expect(one.nextCursor).not.toBeNull();
    const max = await page(`parentId=${parentId}&limit=200`);
    expect(max.items).toHaveLength(51);
    expect(max.nextCursor).toBeNull();
  });

  it("rejects 0 and 201 with 422 naming limit", async () => {
    for (const limit of [0, 201]) {
      const res = await api().get(`/v1/jurisdictions?parentId=${parentId}&limit=${limit}`);
      expect(res.status).toBe(422);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(res.body.errors).toEqual([{ parameter: "limit", detail: expect.any(String) }]);
    }
  });
});
