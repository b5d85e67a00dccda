import { describe, expect, it } from "vitest";
import { auditDiff } from "../../src/domain/audit-diff.ts";

describe("audit diff", () => {
  it("keeps only changed fields and masks national IDs", () => {
    const before = { name: "王", nationalId: "11010519491231002X", version: 1, staffNumber: "A" };
    const after = { name: "王", nationalId: "110105194912310037", version: 2, staffNumber: "B" };
    expect(auditDiff(before, after)).toEqual({
      before: { nationalId: "110***********002X", staffNumber: "A" },
      after: { nationalId: "110***********0037", staffNumber: "B" },
    });
  });
  it("records every field on create and drops secrets and bookkeeping", () => {
    const d = auditDiff(undefined, {
      name: "x",
      secretHash: "h",
      createdAt: new Date("2025-01-01T00:00:00Z"),
      when: new Date("2025-01-02T00:00:00Z"),
    });
    expect(d).toEqual({ before: null, after: { name: "x", when: "2025-01-02T00:00:00.000Z" } });
  });
});
