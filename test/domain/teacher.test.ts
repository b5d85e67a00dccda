import { describe, expect, it } from "vitest";
import { dayBefore, isValidOn, wholeYearsBetween } from "../../src/domain/dates.ts";
import { ageOn, checkTeacherCore, yearsOfTeachingOn } from "../../src/domain/teacher.ts";

describe("whole years (周岁)", () => {
  it("counts up on the anniversary itself, not the day before", () => {
    expect(wholeYearsBetween("1985-06-15", "2025-06-14")).toBe(39);
    expect(wholeYearsBetween("1985-06-15", "2025-06-15")).toBe(40);
  });
  it("treats 29 February as reached on 1 March in common years", () => {
    expect(wholeYearsBetween("2000-02-29", "2021-02-28")).toBe(20);
    expect(wholeYearsBetween("2000-02-29", "2021-03-01")).toBe(21);
    expect(wholeYearsBetween("2000-02-29", "2024-02-29")).toBe(24);
  });
  it("day before and inclusive validity", () => {
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
    expect(dayBefore("2025-01-01")).toBe("2024-12-31");
    expect(isValidOn("2024-09-01", "2025-08-31", "2025-08-31")).toBe(true);
    expect(isValidOn("2024-09-01", "2025-08-31", "2025-09-01")).toBe(false);
    expect(isValidOn("2024-09-01", null, "2024-09-01")).toBe(true);
    expect(isValidOn("2024-09-01", null, "2024-08-31")).toBe(false);
  });
});

describe("teacher derived fields", () => {
  it("age is null before birth; years of teaching falls back to hire date", () => {
    expect(ageOn({ birthDate: "2000-01-01" }, "1999-12-31")).toBeNull();
    expect(yearsOfTeachingOn({ hireDate: "2010-09-01", teachingStartDate: null }, "2025-08-31")).toBe(14);
    expect(yearsOfTeachingOn({ hireDate: "2010-09-01", teachingStartDate: "2008-09-01" }, "2025-09-01")).toBe(17);
    expect(yearsOfTeachingOn({ hireDate: null, teachingStartDate: null }, "2025-09-01")).toBeNull();
    expect(yearsOfTeachingOn({ hireDate: "2026-09-01", teachingStartDate: null }, "2025-09-01")).toBeNull();
  });

  it("checks the national ID against birth date and gender", () => {
    const base = { nationalId: "11010519491231002X", birthDate: "1949-12-31", gender: "female" as const };
    expect(checkTeacherCore(base)).toEqual([]);
    expect(checkTeacherCore({ ...base, gender: "male" })).toEqual([{ field: "gender", detail: "The national ID gives female" }]);
    expect(checkTeacherCore({ ...base, birthDate: "1950-01-01" }).map((i) => i.field)).toEqual(["birthDate"]);
    expect(checkTeacherCore({ ...base, nationalId: "110105194912310021" }).map((i) => i.field)).toEqual(["nationalId"]);
    expect(checkTeacherCore({ ...base, hireDate: "1949-01-01" }).map((i) => i.field)).toEqual(["hireDate"]);
  });
});
