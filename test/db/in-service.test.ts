import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { inServiceOn } from "../../src/db/as-of.ts";
import { rowsOf } from "../../src/db/migrations.ts";
import { teacherEmployment, teachers } from "../../src/db/schema/index.ts";
import { type EmploymentPeriod, inServiceOn as inServiceOnDomain } from "../../src/domain/employment.ts";
import { uuidv7 } from "../../src/lib/ids.ts";
import { useTestApp } from "../support/app.ts";

const ctx = useTestApp();

type Spec = Pick<EmploymentPeriod, "validFrom" | "validTo" | "status">[];

/** Histories covering each branch: never ended, ended, ended and reinstated, ended with no known date, a leave. */
const CASES: Record<string, Spec> = {
  active: [{ validFrom: null, validTo: null, status: "active" }],
  retired: [
    { validFrom: null, validTo: "2024-12-31", status: "active" },
    { validFrom: "2025-01-01", validTo: null, status: "retired" },
  ],
  reinstated: [
    { validFrom: null, validTo: "2023-06-30", status: "active" },
    { validFrom: "2023-07-01", validTo: "2024-02-29", status: "left" },
    { validFrom: "2024-03-01", validTo: null, status: "active" },
  ],
  "ended before the register": [{ validFrom: null, validTo: null, status: "deceased" }],
  "on leave": [
    { validFrom: null, validTo: "2025-02-28", status: "active" },
    { validFrom: "2025-03-01", validTo: "2025-08-31", status: "on_leave" },
    { validFrom: "2025-09-01", validTo: null, status: "active" },
  ],
};
const DATES = [
  "2020-01-01",
  "2023-06-30",
  "2023-07-01",
  "2024-02-29",
  "2024-03-01",
  "2024-12-31",
  "2025-01-01",
  "2025-05-01",
  "2030-01-01",
];

describe("in service on a date: SQL (src/db/as-of.ts) and domain (src/domain/employment.ts) agree", () => {
  it("on every boundary of each history", async () => {
    let compared = 0;
    for (const [name, spec] of Object.entries(CASES)) {
      const teacherId = uuidv7();
      await ctx.db
        .insert(teachers)
        .values({ id: teacherId, name, gender: "female", birthDate: "1980-01-01", employmentCategory: "contract" });
      const periods = spec.map((p) => ({
        ...p,
        id: uuidv7(),
        teacherId,
        employmentCategory: "contract" as const,
        onEstablishmentNotAtPost: false,
        reason: null,
      }));
      await ctx.db.insert(teacherEmployment).values(periods);
      for (const d of DATES) {
        const [row] = rowsOf<{ inside: boolean }>(
          await ctx.db.execute(sql`select ${inServiceOn(sql`${teacherId}::uuid`, sql`${d}`)} as inside`),
        );
        expect(row!.inside, `${name} on ${d}`).toBe(inServiceOnDomain(periods, d));
        compared += 1;
      }
    }
    expect(compared).toBe(45);
  });
});
