import { describe, expect, it } from "vitest";
import { massEndRefusal } from "../../src/domain/sync/mass-end.ts";

describe("full-sync mass-end guard", () => {
  it("lets a full batch end up to 20% of the current staff, refuses more unless confirmed", () => {
    expect(massEndRefusal(0, 0, false)).toBeNull();
    expect(massEndRefusal(2, 10, false)).toBeNull();
    expect(massEndRefusal(3, 10, false)).toContain("3 of the school's 10 current staff (30%, more than 20%)");
    expect(massEndRefusal(3, 10, true)).toBeNull();
    expect(massEndRefusal(1, 1, false)).toContain("100%");
  });
});
