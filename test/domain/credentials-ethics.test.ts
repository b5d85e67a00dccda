import { describe, expect, it } from "vitest";
import { credentialStatusOn, dualQualifiedOn } from "../../src/domain/credentials.ts";
import { checkVeto, eligibilityOn, vetoActiveOn, vetoedKindOf, vetoedSpan, vetoOverlapping } from "../../src/domain/ethics.ts";

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
  it("finds the veto whose window meets a span, the earliest first", () => {
    const records = [
      { id: "e2", veto: true, vetoFrom: "2025-01-01", vetoTo: "2025-06-30" },
      { id: "e1", veto: true, vetoFrom: "2024-03-01", vetoTo: "2025-02-28" },
      { id: "e0", veto: false, vetoFrom: "2024-01-01", vetoTo: "2026-01-01" },
    ];
    expect(vetoOverlapping(records, "2024-02-29", "2024-02-29")).toBeUndefined();
    expect(vetoOverlapping(records, "2025-02-01", "2025-02-01")?.id).toBe("e1");
    expect(vetoOverlapping(records, "2025-03-01", "2025-03-01")?.id).toBe("e2");
    expect(vetoOverlapping(records, "2025-07-01", "2025-12-31")).toBeUndefined();
    // An appraisal is judged on its whole year: a window ending in February meets the year.
    expect(vetoedSpan("annual_appraisal", "2025-01-01")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(vetoedSpan("designation", "2025-04-01")).toEqual({ from: "2025-04-01", to: "2025-04-01" });
  });
  it("blocks what §3.3 names: titles by appraisal, promotions, designations, grades above 不合格, teacher certificates", () => {
    expect(vetoedKindOf.titles({ obtainedBy: "appraisal" })).toBe("title_appraisal");
    expect(vetoedKindOf.titles({})).toBe("title_appraisal"); // the API's default source
    expect(vetoedKindOf.titles({ obtainedBy: "transfer_in" })).toBeNull();
    expect(vetoedKindOf.postAppointments({ postLevel: "senior" }, "first_grade")).toBe("post_promotion");
    expect(vetoedKindOf.postAppointments({ postLevel: "second_grade" }, null)).toBe("post_promotion");
    expect(vetoedKindOf.postAppointments({ postLevel: "first_grade" }, "first_grade")).toBeNull();
    expect(vetoedKindOf.postAppointments({ postLevel: "first_grade" }, "senior")).toBeNull();
    expect(vetoedKindOf.designations({ status: "active" })).toBe("designation");
    expect(vetoedKindOf.designations({ status: "revoked" })).toBeNull();
    expect(vetoedKindOf.annualAppraisals({ grade: "basically_competent" })).toBe("annual_appraisal");
    expect(vetoedKindOf.annualAppraisals({ grade: "incompetent" })).toBeNull();
    expect(vetoedKindOf.credentials({ kind: "teacher_certificate" })).toBe("teacher_certificate");
    expect(vetoedKindOf.credentials({ kind: "occupational_qualification" })).toBeNull();
  });
  it("explains eligibility with the veto and its window", () => {
    const records = [{ id: "e1", veto: true, vetoFrom: "2024-03-01", vetoTo: "2025-02-28" }];
    const barred = eligibilityOn(records, "title_appraisal", "2024-06-01");
    expect(barred).toMatchObject({ kind: "title_appraisal", eligible: false, veto: records[0] });
    expect(barred.reason).toContain("e1 (2024-03-01 – 2025-02-28)");
    expect(eligibilityOn(records, "title_appraisal", "2025-03-01")).toMatchObject({ eligible: true, veto: null });
    expect(eligibilityOn(records, "annual_appraisal", "2025-12-31")).toMatchObject({ eligible: false });
  });
});
