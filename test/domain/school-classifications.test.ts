import { describe, expect, it } from "vitest";
import { classifiedOn, moveClassificationStart, placeClassification } from "../../src/domain/schools/classifications.ts";
import { planClassifications } from "../../src/domain/sync/plan-classifications.ts";

const first = { id: "a", validFrom: null, validTo: "2024-08-31" };
const second = { id: "b", validFrom: "2024-09-01", validTo: "2025-08-31" };
const third = { id: "c", validFrom: "2025-09-01", validTo: null };
const periods = [first, second, third];

describe("school classification periods (domain.md §1.2)", () => {
  it("classifiedOn: the first period holds for every date up to its end, the last from its start on", () => {
    expect(periods.filter((p) => classifiedOn(p, "1990-01-01")).map((p) => p.id)).toEqual(["a"]);
    expect(periods.filter((p) => classifiedOn(p, "2024-08-31")).map((p) => p.id)).toEqual(["a"]);
    expect(periods.filter((p) => classifiedOn(p, "2024-09-01")).map((p) => p.id)).toEqual(["b"]);
    expect(periods.filter((p) => classifiedOn(p, "2099-12-31")).map((p) => p.id)).toEqual(["c"]);
    expect(classifiedOn({ validFrom: null, validTo: null }, "1900-01-01")).toBe(true);
  });

  it("placeClassification ends the open period the day before; a start on or before its start is a correction", () => {
    expect(placeClassification(third, "2026-03-01")).toEqual({ ok: true, close: { id: "c", validTo: "2026-02-28" } });
    expect(placeClassification({ id: "x", validFrom: null, validTo: null }, "1999-01-01")).toEqual({
      ok: true,
      close: { id: "x", validTo: "1998-12-31" },
    });
    for (const start of ["2025-09-01", "2025-08-01"]) {
      const r = placeClassification(third, start);
      expect(r.ok).toBe(false);
      if (!r.ok) expect([r.issue.pointer, r.detail]).toEqual(["/validFrom", expect.stringContaining("correct classification c instead")]);
    }
  });

  it("moveClassificationStart keeps the periods tiling time", () => {
    expect(moveClassificationStart(periods, "b", "2024-09-01")).toEqual({ ok: true });
    expect(moveClassificationStart(periods, "b", "2024-06-01")).toEqual({ ok: true, close: { id: "a", validTo: "2024-05-31" } });
    expect(moveClassificationStart(periods, "b", "2025-08-31")).toEqual({ ok: true, close: { id: "a", validTo: "2025-08-30" } });
    expect(moveClassificationStart(periods, "c", "2024-09-02")).toEqual({ ok: true, close: { id: "b", validTo: "2024-09-01" } });
    const refused = (id: string, start: string | null) => {
      const r = moveClassificationStart(periods, id, start);
      return r.ok ? "ok" : r.issue.detail;
    };
    expect(refused("a", "2020-01-01")).toBe("Must stay null");
    expect(refused("b", null)).toBe("A start date is required");
    expect(refused("b", "2025-09-01")).toBe("Must be on or before 2025-08-31");
    expect(refused("c", "2024-09-01")).toBe("Must be after 2024-09-01");
  });
});

describe("sync plan of a school's classification rows", () => {
  const stored = [{ id: "p1", validFrom: null, validTo: null, version: 1, locationClass: "town", stages: ["primary"], weak: false }];
  let n = 0;
  const ids = { next: () => `new-${++n}` };
  const row = (i: number, columns: Record<string, unknown> & { validFrom: string }) => ({
    pointer: `/records/schoolClassifications/${i}`,
    columns,
  });

  it("places rows in date order, carries facts over, corrects by start, refuses what would rewrite the past", () => {
    const plan = planClassifications(
      [
        row(0, { validFrom: "2025-09-01", weak: true }),
        row(1, { validFrom: "2024-09-01", locationClass: "rural" }),
        row(2, { validFrom: "2024-09-01", stages: ["primary"] }),
      ],
      stored,
      "s1",
      ids,
    );
    expect(plan.results.map((r) => [r.pointer, r.outcome, r.id])).toEqual([
      ["/records/schoolClassifications/1", "created", "new-1"],
      ["/records/schoolClassifications/2", "rejected", null],
      ["/records/schoolClassifications/0", "created", "new-2"],
      [null, "ended", "p1"],
    ]);
    expect(plan.updates).toEqual([{ id: "p1", before: stored[0], change: { validTo: "2024-08-31" }, outcome: "ended" }]);
    expect(plan.inserts.map((x) => [x.id, x.validFrom, x.validTo, x.locationClass, x.weak, x.stages])).toEqual([
      ["new-1", "2024-09-01", "2025-08-31", "rural", false, ["primary"]],
      ["new-2", "2025-09-01", null, "rural", true, ["primary"]],
    ]);
    const open = [{ id: "p2", validFrom: "2024-09-01", validTo: null, version: 1, locationClass: "rural", stages: ["primary"] }];
    const later = planClassifications(
      [row(0, { validFrom: "2024-09-01", stages: ["primary"] }), row(1, { validFrom: "2024-09-01".replace("09", "08") })],
      open,
      "s1",
      ids,
    );
    expect(later.results.map((r) => [r.outcome, r.refusal?.issues[0]?.pointer ?? null])).toEqual([
      ["rejected", "/records/schoolClassifications/1/validFrom"],
      ["unchanged", null],
    ]);
  });
});
