import { describe, expect, it } from "vitest";
import { credentialStatusOn, dualQualifiedOn } from "../../src/domain/credentials.ts";
import { checkVeto, vetoActiveOn } from "../../src/domain/ethics.ts";

describe("credential status on a date", () => {
  const cert = { issuedOn: "2010-07-01", expiresOn: "2025-06-30" };
  it("follows issue and expiry dates inclusively", () => {
    expect(credentialStatusOn(cert, [], "2010-06-30")).toBeNull();
    expect(credentialStatusOn(cert, [], "2010-07-01")).toBe("active");
    expect(credentialStatusOn(cert, [], "2025-06-30")).toBe("active");
    expect(credentialStatusOn(cert, [], "2025-07-01")).toBe("expired");
  });
  it("lets the latest event on or before the date decide", () => {
    const events = [
      { status: "suspended" as const, effectiveOn: "2015-01-10" },
      { status: "active" as const, effectiveOn: "2015-06-01" },
      { status: "revoked" as const, effectiveOn: "2020-03-01" },
    ];
    expect(credentialStatusOn(cert, events, "2015-01-09")).toBe("active");
    expect(credentialStatusOn(cert, events, "2015-01-10")).toBe("suspended");
    expect(credentialStatusOn(cert, events, "2015-06-01")).toBe("active");
    expect(credentialStatusOn(cert, events, "2020-03-01")).toBe("revoked");
  });
  it("a reinstatement does not outlive the expiry date; a suspension does", () => {
    const events = [
      { status: "suspended" as const, effectiveOn: "2024-01-01" },
      { status: "active" as const, effectiveOn: "2024-03-01" },
    ];
    expect(credentialStatusOn(cert, events, "2025-06-30")).toBe("active");
    expect(credentialStatusOn(cert, events, "2025-07-01")).toBe("expired");
    expect(credentialStatusOn(cert, [events[0]!], "2026-01-01")).toBe("suspended");
    expect(credentialStatusOn({ issuedOn: "2010-07-01", expiresOn: null }, [], "2099-12-31")).toBe("active");
  });
  it("ignores events after the date and orders events by date, then id, not by input order", () => {
    const events = [
      { status: "revoked" as const, effectiveOn: "2020-03-01", id: "0193a0d6-0000-7000-8000-000000000002" },
      { status: "suspended" as const, effectiveOn: "2020-03-01", id: "0193a0d6-0000-7000-8000-000000000001" },
      { status: "suspended" as const, effectiveOn: "2019-01-01", id: "0193a0d6-0000-7000-8000-000000000003" },
    ];
    expect(credentialStatusOn(cert, events, "2019-12-31")).toBe("suspended");
    expect(credentialStatusOn(cert, events, "2020-03-01")).toBe("revoked");
    expect(credentialStatusOn(cert, [...events].reverse(), "2020-03-01")).toBe("revoked");
    expect(credentialStatusOn(cert, events, "2018-12-31")).toBe("active");
    // Not yet issued: no status at all, whatever the events say.
    expect(credentialStatusOn(cert, events, "2010-01-01")).toBeNull();
  });
  it("needs both kinds active for dual qualification", () => {
    const tc = { kind: "teacher_certificate", issuedOn: "2010-07-01", expiresOn: null, events: [] };
    const oq = { kind: "occupational_qualification", issuedOn: "2019-05-01", expiresOn: "2024-04-30", events: [] };
    expect(dualQualifiedOn([tc, oq], "2019-04-30")).toBe(false);
    expect(dualQualifiedOn([tc, oq], "2019-05-01")).toBe(true);
    expect(dualQualifiedOn([tc, oq], "2024-05-01")).toBe(false);
    expect(dualQualifiedOn([tc], "2020-01-01")).toBe(false);
  });
});

describe("ethics veto", () => {
  it("applies inside its window only", () => {
    const r = [{ veto: true, vetoFrom: "2022-01-01", vetoTo: "2023-12-31" }];
    expect(vetoActiveOn(r, "2021-12-31")).toBe(false);
    expect(vetoActiveOn(r, "2022-01-01")).toBe(true);
    expect(vetoActiveOn(r, "2023-12-31")).toBe(true);
    expect(vetoActiveOn(r, "2024-01-01")).toBe(false);
    expect(vetoActiveOn([{ veto: false, vetoFrom: "2022-01-01", vetoTo: null }], "2022-06-01")).toBe(false);
  });
  it("any one vetoing record is enough; an open-ended window runs on", () => {
    const records = [
      { veto: false, vetoFrom: null, vetoTo: null },
      { veto: true, vetoFrom: "2020-01-01", vetoTo: "2020-12-31" },
      { veto: true, vetoFrom: "2024-09-01", vetoTo: null },
    ];
    expect(vetoActiveOn(records, "2020-06-30")).toBe(true);
    expect(vetoActiveOn(records, "2022-06-30")).toBe(false);
    expect(vetoActiveOn(records, "2030-01-01")).toBe(true);
    expect(vetoActiveOn([], "2022-06-30")).toBe(false);
    // A veto without a start applies nowhere (the API refuses to store one).
    expect(vetoActiveOn([{ veto: true, vetoFrom: null, vetoTo: "2020-12-31" }], "2020-06-30")).toBe(false);
  });
  it("requires a window for a veto", () => {
    expect(checkVeto({ veto: true, vetoFrom: null, vetoTo: null }).map(([f]) => f)).toEqual(["vetoFrom", "vetoTo"]);
    expect(checkVeto({ veto: true, vetoFrom: "2022-01-01", vetoTo: "2021-01-01" }).map(([f]) => f)).toEqual(["vetoTo"]);
    expect(checkVeto({ veto: false, vetoFrom: null, vetoTo: null })).toEqual([]);
  });
});
