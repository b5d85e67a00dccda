import { describe, expect, it } from "vitest";
import { checkDesignation, designationActiveOn } from "../../src/domain/designations.ts";

const base = { type: "backbone", typeName: null, status: "active" as const, awardedOn: "2022-09-10", validUntil: "2025-09-09" };
const fields = (d: Parameters<typeof checkDesignation>[0]) => checkDesignation(d).map(([f]) => f);

describe("designation rules", () => {
  it("accepts a complete designation", () => {
    expect(checkDesignation(base)).toEqual([]);
    expect(checkDesignation({ ...base, validUntil: null })).toEqual([]);
    expect(checkDesignation({ ...base, type: "other", typeName: "智慧教育名师" })).toEqual([]);
  });
  it("needs a name for type other", () => {
    expect(fields({ ...base, type: "other" })).toEqual(["typeName"]);
    expect(fields({ ...base, type: "other", typeName: " " })).toEqual(["typeName"]);
  });
  it("needs the last valid day once revoked or expired", () => {
    expect(fields({ ...base, status: "revoked", validUntil: null })).toEqual(["validUntil"]);
    expect(fields({ ...base, status: "expired", validUntil: null })).toEqual(["validUntil"]);
    expect(fields({ ...base, status: "revoked" })).toEqual([]);
    expect(fields({ ...base, type: "other", status: "revoked", validUntil: null })).toEqual(["typeName", "validUntil"]);
  });
});

describe("designation held on a date", () => {
  it("runs from the award to the last valid day inclusive", () => {
    expect(designationActiveOn(base, "2022-09-09")).toBe(false);
    expect(designationActiveOn(base, "2022-09-10")).toBe(true);
    expect(designationActiveOn(base, "2025-09-09")).toBe(true);
    expect(designationActiveOn(base, "2025-09-10")).toBe(false);
    expect(designationActiveOn({ awardedOn: "2022-09-10", validUntil: null }, "2099-01-01")).toBe(true);
  });
});
