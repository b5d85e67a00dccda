import { describe, expect, it } from "vitest";
import { overlaps, placeExclusive } from "../../src/domain/periods.ts";

describe("exclusive periods", () => {
  const open = { id: "a", validFrom: "2015-09-01", validTo: null };
  it("ends the open record on the day before a later start", () => {
    expect(placeExclusive([open], { validFrom: "2020-03-01", validTo: null }, true)).toEqual({
      ok: true,
      close: { id: "a", validTo: "2020-02-29" },
    });
  });
  it("refuses a start on or before the open record's start, and any overlap with a closed one", () => {
    expect(placeExclusive([open], { validFrom: "2015-09-01", validTo: null }, true)).toMatchObject({ ok: false });
    const closed = { id: "b", validFrom: "2010-01-01", validTo: "2015-08-31" };
    expect(placeExclusive([closed], { validFrom: "2015-08-31", validTo: null }, true)).toMatchObject({ ok: false, conflict: closed });
    expect(placeExclusive([closed], { validFrom: "2015-09-01", validTo: null }, true)).toEqual({ ok: true });
  });
  it("never closes neighbours on a correction, and ignores the record itself", () => {
    expect(placeExclusive([open], { validFrom: "2020-03-01", validTo: null }, false)).toMatchObject({ ok: false });
    expect(placeExclusive([open], { id: "a", validFrom: "2014-01-01", validTo: null }, false)).toEqual({ ok: true });
  });
  it("treats both ends as inclusive", () => {
    expect(overlaps({ validFrom: "2020-01-01", validTo: "2020-12-31" }, { validFrom: "2020-12-31", validTo: null })).toBe(true);
    expect(overlaps({ validFrom: "2020-01-01", validTo: "2020-12-30" }, { validFrom: "2020-12-31", validTo: null })).toBe(false);
  });
});
