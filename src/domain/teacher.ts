import { wholeYearsBetween } from "./dates.ts";
import { parseNationalId } from "./national-id.ts";

export interface TeacherCore {
  birthDate: string;
  hireDate: string | null;
  teachingStartDate: string | null;
}

/** Age in whole years as of a date; null before birth. */
export function ageOn(t: Pick<TeacherCore, "birthDate">, asOf: string): number | null {
  const years = wholeYearsBetween(t.birthDate, asOf);
  return years < 0 ? null : years;
}

/** 教龄: whole years since teaching started (falling back to the hire date); null if unknown or in the future. */
export function yearsOfTeachingOn(t: Pick<TeacherCore, "hireDate" | "teachingStartDate">, asOf: string): number | null {
  const start = t.teachingStartDate ?? t.hireDate;
  if (!start || start > asOf) return null;
  return wholeYearsBetween(start, asOf);
}

export interface FieldIssue {
  field: string;
  detail: string;
}

/**
 * Consistency rules for the core record: the national ID's checksum, and its embedded birth date and
 * gender must agree with the record; dates must follow birth.
 */
export function checkTeacherCore(t: {
  nationalId?: string | null;
  birthDate: string;
  gender: "male" | "female";
  hireDate?: string | null;
  teachingStartDate?: string | null;
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (t.nationalId) {
    const parsed = parseNationalId(t.nationalId);
    if (parsed === "format")
      issues.push({ field: "nationalId", detail: "Must be 18 characters (17 digits and a digit or X) or 15 digits" });
    else if (parsed === "checksum") issues.push({ field: "nationalId", detail: "The check character does not match (GB 11643)" });
    else if (parsed === "birth_date") issues.push({ field: "nationalId", detail: "The embedded birth date is not a real date" });
    else {
      if (parsed.birthDate !== t.birthDate) issues.push({ field: "birthDate", detail: `The national ID gives ${parsed.birthDate}` });
      if (parsed.gender !== t.gender) issues.push({ field: "gender", detail: `The national ID gives ${parsed.gender}` });
    }
  }
  for (const field of ["hireDate", "teachingStartDate"] as const) {
    const v = t[field];
    if (v && v <= t.birthDate) issues.push({ field, detail: "Must be after the birth date" });
  }
  return issues;
}
