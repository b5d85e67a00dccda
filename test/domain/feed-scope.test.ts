import { describe, expect, it } from "vitest";
import { feedScope } from "../../src/domain/feed-scope.ts";
import { FEED_SCOPE_CASES, FEED_SCOPE_DAY } from "../support/feed-scope-cases.ts";

describe("feedScope", () => {
  for (const c of FEED_SCOPE_CASES) {
    it(c.name, () => {
      const got = feedScope(c.assignments, FEED_SCOPE_DAY);
      expect([...got.reach].sort()).toEqual(c.reach);
      expect([...got.stays].sort()).toEqual(c.stays);
    });
  }

  it("the day itself still counts as served", () => {
    expect(
      [
        ...feedScope(
          [
            { schoolId: "A", validTo: FEED_SCOPE_DAY },
            { schoolId: "B", validTo: null },
          ],
          FEED_SCOPE_DAY,
        ).reach,
      ].sort(),
    ).toEqual(["A", "B"]);
  });
});
