import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, expectedVersion, etagFor, toPage } from "../../src/lib/http.ts";
import { ApiError } from "../../src/lib/problem.ts";

function rejected(cursor: string, arity: number): ApiError {
  try {
    decodeCursor(cursor, arity);
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError;
  }
  throw new Error(`decodeCursor accepted ${JSON.stringify(cursor)}`);
}

describe("cursors", () => {
  it.each([
    [["01930000-0000-7000-8000-000000000000"]],
    [["2025-08-31", "01930000-0000-7000-8000-000000000000"]],
    [[42, "x"]],
    [["", 0, -1.5]],
    [["张老师", "01930000-0000-7000-8000-000000000000"]], // non-Latin-1 keys (names) survive
    [["emoji 🧑‍🏫", 'quote " and slash / and + and =']],
  ])("round-trips %j", (keys) => {
    const cursor = encodeCursor(keys);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/); // URL-safe, no padding
    expect(decodeCursor(cursor, keys.length)).toEqual(keys);
  });

  it("is opaque (not the raw keys)", () => {
    const id = "01930000-0000-7000-8000-000000000000";
    expect(encodeCursor([id])).not.toContain(id);
  });

  it.each([
    ["empty", ""],
    ["not base64", "!!!***"],
    ["base64 of text", btoa("hello world")],
    ["an object", btoa('{"id":"x"}')],
    ["a bare string", btoa('"x"')],
    ["nested array", encodeCursor([["x"]])],
    ["null key", encodeCursor([null])],
    ["boolean key", encodeCursor([true])],
    ["object key", encodeCursor([{ a: 1 }])],
    ["invalid UTF-8", btoa("\xff\xfe[]").replace(/=+$/, "")],
    ["truncated", encodeCursor(["01930000-0000-7000-8000-000000000000"]).slice(0, 10)],
  ])("rejects %s as 422 with parameter cursor", (_label, cursor) => {
    const err = rejected(cursor, 1);
    expect(err.status).toBe(422);
    expect(err.code).toBe("validation_failed");
    expect(err.errors).toEqual([{ parameter: "cursor", detail: expect.any(String) }]);
  });

  it("rejects a cursor with the wrong number of keys", () => {
    expect(rejected(encodeCursor(["a", "b"]), 1).status).toBe(422);
    expect(rejected(encodeCursor(["a"]), 2).status).toBe(422);
    expect(rejected(encodeCursor([]), 1).status).toBe(422);
  });

  it("accepts the padded standard-base64 spelling as well", () => {
    const keys = ["abcd"];
    const padded = btoa(JSON.stringify(keys));
    expect(padded.endsWith("=")).toBe(true);
    expect(decodeCursor(padded, 1)).toEqual(keys);
  });
});

describe("toPage", () => {
  const rows = [1, 2, 3, 4].map((n) => ({ id: `id-${n}`, n }));
  it("returns limit rows and a cursor from the last one when there are more", () => {
    const page = toPage(
      rows,
      3,
      (r) => [r.id],
      (r) => r.n,
    );
    expect(page.items).toEqual([1, 2, 3]);
    expect(decodeCursor(page.nextCursor!, 1)).toEqual(["id-3"]);
  });
  it("returns a null cursor when the rows fit", () => {
    expect(
      toPage(
        rows.slice(0, 3),
        3,
        (r) => [r.id],
        (r) => r.n,
      ),
    ).toEqual({ items: [1, 2, 3], nextCursor: null });
    expect(
      toPage(
        [],
        3,
        (r: { id: string }) => [r.id],
        (r) => r,
      ),
    ).toEqual({ items: [], nextCursor: null });
  });
});

describe("ETag and If-Match", () => {
  const ctxWith = (ifMatch?: string) => ({ req: { header: (name: string) => (name === "if-match" ? ifMatch : undefined) } }) as never;
  it("formats a strong ETag", () => {
    expect(etagFor(3)).toBe('"3"');
  });
  it("reads the expected version", () => {
    expect(expectedVersion(ctxWith())).toBeUndefined();
    expect(expectedVersion(ctxWith("*"))).toBeUndefined();
    expect(expectedVersion(ctxWith('"7"'))).toBe(7);
    expect(expectedVersion(ctxWith('W/"7"'))).toBe(7);
  });
  it("refuses an If-Match that is not an ETag with 412", () => {
    for (const bad of ["7", '"x"', '"1", "2"']) {
      expect(() => expectedVersion(ctxWith(bad))).toThrow(expect.objectContaining({ status: 412, code: "precondition_failed" }));
    }
  });
});
