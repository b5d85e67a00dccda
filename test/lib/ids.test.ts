import { describe, expect, it } from "vitest";
import { uuidv7 } from "../../src/lib/ids.ts";

const FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function fields(id: string) {
  const hex = id.replace(/-/g, "");
  return {
    ms: parseInt(hex.slice(0, 12), 16),
    version: parseInt(hex[12]!, 16),
    variant: parseInt(hex[16]!, 16) >> 2, // top two bits of byte 8
  };
}

describe("uuidv7", () => {
  it("is a lowercase RFC 9562 UUID with version 7 and variant 10", () => {
    for (let i = 0; i < 200; i++) {
      const id = uuidv7();
      expect(id).toMatch(FORMAT);
      const f = fields(id);
      expect(f.version).toBe(7);
      expect(f.variant).toBe(0b10);
    }
  });

  it("carries the Unix time in milliseconds in its first 48 bits", () => {
    const now = Date.UTC(2031, 0, 2, 3, 4, 5, 678); // later than any id made so far in this file
    expect(fields(uuidv7(now)).ms).toBe(now);
    const before = Date.now();
    const id = uuidv7();
    const ms = fields(id).ms;
    // The generator never goes back, so this id is at least `now`.
    expect(ms).toBeGreaterThanOrEqual(Math.max(before, now));
  });

  it("generates 10k ids in a tight loop that are unique and strictly increasing", () => {
    const ids = Array.from({ length: 10_000 }, () => uuidv7());
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) {
      if (!(ids[i - 1]! < ids[i]!)) throw new Error(`not increasing at ${i}: ${ids[i - 1]} >= ${ids[i]}`);
    }
    for (const id of ids) expect(fields(id).version).toBe(7);
  });

  it("stays increasing when more than 4096 ids share one millisecond (the counter overflows)", () => {
    const ms = Date.UTC(2032, 5, 1);
    const ids = Array.from({ length: 9_000 }, () => uuidv7(ms));
    for (let i = 1; i < ids.length; i++) expect(ids[i - 1]! < ids[i]!).toBe(true);
    expect(fields(ids[0]!).ms).toBe(ms);
  });

  it("stays increasing when the clock goes backwards", () => {
    const a = uuidv7(Date.UTC(2033, 0, 1));
    const b = uuidv7(Date.UTC(2033, 0, 1) - 5_000);
    const c = uuidv7(Date.UTC(2020, 0, 1));
    expect(a < b && b < c).toBe(true);
  });

  it("sorts as a string the same way PostgreSQL sorts the uuid bytes", () => {
    const ids = Array.from({ length: 50 }, () => uuidv7());
    const asBytes = [...ids].sort((x, y) => {
      const bx = Buffer.from(x.replace(/-/g, ""), "hex");
      const by = Buffer.from(y.replace(/-/g, ""), "hex");
      return Buffer.compare(bx, by);
    });
    expect(asBytes).toEqual([...ids].sort());
    expect(asBytes).toEqual(ids);
  });
});
