import { describe, expect, it } from "vitest";
import { homeSchoolOf } from "../../src/domain/home-school.ts";

const p = (schoolId: string, validFrom: string, validTo: string | null = null) => ({ schoolId, validFrom, validTo });

describe("homeSchoolOf", () => {
  it("is the school of the primary holding today", () => {
    const primaries = [p("A", "2015-09-01", "2020-08-31"), p("B", "2020-09-01", "2026-08-31"), p("C", "2026-09-01")];
    expect(homeSchoolOf(primaries, "2024-03-01")?.schoolId).toBe("B");
    expect(homeSchoolOf(primaries, "2020-08-31")?.schoolId).toBe("A");
  });

  it("without one today, is the latest primary's school (ended, or starting later)", () => {
    expect(homeSchoolOf([p("B", "2020-09-01", "2023-08-31"), p("A", "2015-09-01", "2020-08-31")], "2024-03-01")?.schoolId).toBe("B");
    expect(homeSchoolOf([p("A", "2015-09-01", "2020-08-31"), p("C", "2025-09-01")], "2024-03-01")?.schoolId).toBe("C");
  });

  it("is undefined for a teacher who never had a primary assignment", () => {
    expect(homeSchoolOf([], "2024-03-01")).toBeUndefined();
  });
});
