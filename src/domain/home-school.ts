import { isValidOn } from "./dates.ts";

/** A primary (home) assignment as the home-school rule reads it. */
export interface PrimaryPlacement {
  schoolId: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * The teacher's home school: the school of the primary assignment holding on `today`, else of the
 * latest primary (a teacher between posts, retired or not yet started stays with where they last or
 * next serve). A record without a school of its own (title, education, employment, the core record)
 * belongs to it: only its clerks or the bureau above it write to it (domain.md §1.3, §3.1).
 * Undefined when the teacher has never had a primary assignment.
 */
export function homeSchoolOf<P extends PrimaryPlacement>(primaries: readonly P[], today: string): P | undefined {
  const holding = primaries.filter((p) => isValidOn(p.validFrom, p.validTo, today));
  let home: P | undefined;
  for (const p of holding.length ? holding : primaries) if (!home || p.validFrom > home.validFrom) home = p;
  return home;
}

/** Who keeps a record without a school of its own; cited by every refusal (API and sync). */
const HOME_SCHOOL_KEEPS =
  "a teacher's own records (core record, employment, titles, education, credentials, appraisals…) are kept by their home school — the school of their primary assignment — or the county bureau above it; a host school (交流轮岗 / 县管校聘 secondary post) writes only its own assignment (domain.md §1.3, §3.1)";

/** The refusal of a write to such a record by someone whose scope misses the home school (403). */
export function homeSchoolRefusal(teacherId: string, homeSchoolId: string): string {
  return `Teacher ${teacherId}'s home school is ${homeSchoolId}, outside your scope: ${HOME_SCHOOL_KEEPS}`;
}
