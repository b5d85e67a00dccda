import { describe, expect, it } from "vitest";
import { classifiedOn, moveClassificationStart, placeClassification } from "../../src/domain/schools/classifications.ts";

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
