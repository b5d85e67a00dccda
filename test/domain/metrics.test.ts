import { describe, expect, it } from "vitest";
import { filterSize } from "../../src/domain/metrics/definition.ts";
import { withheldBreakdown, type EvaluatedCell } from "../../src/domain/metrics/evaluation.ts";
import { gapInMembers, judge } from "../../src/domain/metrics/targets.ts";
import { jsonDepth } from "../../src/lib/json-depth.ts";

const cell = (unitId: string, population: number): EvaluatedCell => ({
  unitType: "school",
  unitId,
  unitName: unitId,
  numerator: 1,
  denominator: population,
  value: 50,
  population,
  met: null,
  gap: null,
  missingSubjectFlags: null,
  suppressed: false,
});

describe("target judgement", () => {
  it("meets gte/lte/eq/approx, with the gap in the target's unit", () => {
    expect(judge(58.0645, "gte", 60)).toEqual({ met: false, gap: 1.9355 });
    expect(judge(60, "gte", 60)).toEqual({ met: true, gap: 0 });
    expect(judge(41, "lte", 40)).toEqual({ met: false, gap: 1 });
    expect(judge(93, "approx", 100, 10)).toEqual({ met: true, gap: 0 });
    expect(judge(88, "approx", 100, 10)).toEqual({ met: false, gap: 2 });
    expect(judge(null, "gte", 60)).toBeNull();
  });

  it("counts the people a share is short of (18 of 31 → 1 more for 60%)", () => {
    expect(gapInMembers(18, 31, "gte", 60)).toBe(1);
    expect(gapInMembers(3, 5, "gte", 60)).toBe(0);
    expect(gapInMembers(8, 10, "lte", 70)).toBe(1);
    expect(gapInMembers(1, 0, "gte", 60)).toBeNull();
  });
});

describe("small-cell suppression", () => {
  it("withholds cells of 1–4 people, and one more when a single cell would be given away by the total", () => {
    const one = withheldBreakdown([cell("a", 3), cell("b", 7), cell("c", 12), cell("d", 0)]);
    expect(one.map((c) => c.suppressed)).toEqual([true, true, false, false]);
    expect(one[1]).toMatchObject({ numerator: null, denominator: null, value: null, population: null });
    const two = withheldBreakdown([cell("a", 3), cell("b", 2), cell("c", 12)]);
    expect(two.map((c) => c.suppressed)).toEqual([true, true, false]);
    expect(withheldBreakdown([cell("a", 5), cell("b", 0)]).map((c) => c.suppressed)).toEqual([false, false]);
  });
});

describe("size limits", () => {
  it("measures a filter's depth and a body's nesting without recursion", () => {
    expect(filterSize({ all: [{ gender: "male" }, { not: { any: [{ gender: "female" }, { remote: true }] } }] })).toEqual({
      depth: 4,
      conditions: 3,
    });
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonDepth(deep)).toBe(100_000);
    expect(jsonDepth({ a: { b: [1, { c: null }] } })).toBe(4);
  });
});
