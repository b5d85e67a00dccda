import { describe, expect, it } from "vitest";
import {
  applyPlan,
  cacheOf,
  type EmploymentPeriod,
  firstPeriod,
  inServiceOn,
  outOfServiceDuring,
  periodOn,
  planChange,
  planCorrection,
  planEnd,
  planReinstate,
} from "../../src/domain/employment.ts";

let n = 0;
const newId = () => `p${++n}`;
const first: EmploymentPeriod = { id: "p0", ...firstPeriod({ employmentCategory: "contract", onEstablishmentNotAtPost: false }) };

/** The periods after a decision that must succeed. */
function applied(periods: EmploymentPeriod[], d: ReturnType<typeof planChange>): EmploymentPeriod[] {
  if (!d.ok) throw new Error(d.refusal.detail);
  return applyPlan(periods, d.plan, newId);
}
const shape = (ps: EmploymentPeriod[]) => ps.map((p) => [p.validFrom, p.validTo, p.employmentCategory, p.status]);

describe("employment periods (domain.md §1.3)", () => {
  it("answers every date from the first period, which has no start", () => {
    expect(periodOn([first], "1990-01-01")?.id).toBe("p0");
    expect(inServiceOn([first], "2030-01-01")).toBe(true);
    expect(inServiceOn([], "2030-01-01")).toBe(true);
  });

  it("a change from a date splits the current period; earlier dates keep their answer", () => {
    const ps = applied(
      [first],
      planChange([first], { from: "2024-09-01", values: { employmentCategory: "on_establishment", reason: "合同转正" } }),
    );
    expect(shape(ps)).toEqual([
      [null, "2024-08-31", "contract", "active"],
      ["2024-09-01", null, "on_establishment", "active"],
    ]);
    expect(periodOn(ps, "2024-08-31")?.employmentCategory).toBe("contract");
    expect(periodOn(ps, "2024-09-01")?.reason).toBe("合同转正");
  });

  it("a leave with an end is a period: the earlier values resume the day after", () => {
    const ps = applied(
      [first],
      planChange([first], { from: "2025-03-01", to: "2025-08-31", values: { status: "on_leave", reason: "病假" } }),
    );
    expect(shape(ps)).toEqual([
      [null, "2025-02-28", "contract", "active"],
      ["2025-03-01", "2025-08-31", "contract", "on_leave"],
      ["2025-09-01", null, "contract", "active"],
    ]);
    expect(inServiceOn(ps, "2025-05-01")).toBe(true);
    // A change inside the leave may not cross its end.
    const crossing = planChange(ps, { from: "2025-06-01", to: "2025-10-31", values: { employmentCategory: "other" } });
    expect(crossing.ok).toBe(false);
    if (!crossing.ok) expect(crossing.refusal.issues[0]?.pointer).toBe("/validTo");
  });

  it("refuses a change that changes nothing, starts on a period's start, ends service, or ends before it starts", () => {
    expect(planChange([first], { from: "2024-01-01", values: { employmentCategory: "contract" } }).ok).toBe(false);
    const ps = applied([first], planChange([first], { from: "2024-09-01", values: { employmentCategory: "other" } }));
    const same = planChange(ps, { from: "2024-09-01", values: { employmentCategory: "contract" } });
    expect(same.ok || same.refusal.detail).toContain("correct it with PATCH");
    const retire = planChange([first], { from: "2024-01-01", values: { status: "retired" } });
    expect(retire.ok || retire.refusal.issues[0]?.pointer).toBe("/status");
    expect(planChange([first], { from: "2024-01-01", to: "2023-12-31", values: { status: "on_leave" } }).ok).toBe(false);
  });

  it("ending service closes the open period and opens one with the end status; reinstating reopens service", () => {
    const ended = applied([first], planEnd([first], { endedOn: "2024-12-31", status: "retired", reason: "到龄退休" }));
    expect(shape(ended)).toEqual([
      [null, "2024-12-31", "contract", "active"],
      ["2025-01-01", null, "contract", "retired"],
    ]);
    expect(inServiceOn(ended, "2024-12-31")).toBe(true);
    expect(inServiceOn(ended, "2025-01-01")).toBe(false);
    expect(cacheOf(ended)).toEqual({
      employmentCategory: "contract",
      onEstablishmentNotAtPost: false,
      status: "retired",
      endedOn: "2024-12-31",
      endReason: "到龄退休",
    });
    const again = planEnd(ended, { endedOn: "2025-06-30", status: "left", reason: null });
    expect(again.ok || again.refusal.kind).toBe("conflict");
    // A change while out of service is refused, naming the end.
    const change = planChange(ended, { from: "2025-03-01", values: { employmentCategory: "other" } });
    expect(change.ok || change.refusal.detail).toContain("ended service on 2024-12-31");
    expect(planReinstate(ended, { on: "2025-01-01", reason: null }).ok).toBe(false);
    expect(planReinstate([first], { on: "2025-01-01", reason: null }).ok).toBe(false);
    const back = applied(ended, planReinstate(ended, { on: "2025-09-01", reason: "返聘" }));
    expect(shape(back)).toEqual([
      [null, "2024-12-31", "contract", "active"],
      ["2025-01-01", "2025-08-31", "contract", "retired"],
      ["2025-09-01", null, "contract", "active"],
    ]);
    expect(cacheOf(back)).toMatchObject({ status: "active", endedOn: null, endReason: null });
  });

  it("an end must not come before the open period starts", () => {
    const ps = applied([first], planChange([first], { from: "2024-09-01", values: { employmentCategory: "other" } }));
    const d = planEnd(ps, { endedOn: "2024-08-31", status: "left", reason: null });
    expect(d.ok || d.refusal.issues[0]?.pointer).toBe("/endedOn");
  });

  it("finds the out-of-service period a record would touch: tenures by their whole range, other records by their start", () => {
    const ps = applied([first], planEnd([first], { endedOn: "2024-12-31", status: "retired", reason: null }));
    expect(outOfServiceDuring(ps, "2020-09-01", "2026-08-31", false)?.status).toBe("retired");
    expect(outOfServiceDuring(ps, "2020-09-01", null, false)?.status).toBe("retired");
    expect(outOfServiceDuring(ps, "2020-09-01", "2024-12-31", false)).toBeUndefined();
    expect(outOfServiceDuring(ps, "2020-09-01", null, true)).toBeUndefined();
    expect(outOfServiceDuring(ps, "2025-03-01", null, true)?.status).toBe("retired");
  });

  it("a correction keeps in or out of service", () => {
    expect(planCorrection(first, { employmentCategory: "other" }).ok).toBe(true);
    expect(planCorrection(first, { status: "on_leave" }).ok).toBe(true);
    expect(planCorrection(first, { status: "deceased" }).ok).toBe(false);
  });
});
