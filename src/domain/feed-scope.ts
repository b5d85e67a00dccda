/**
 * Who receives a teacher's changes (GET /v1/changes), stated on plain data. The database applies it
 * when a change is written (teacher_feed_scope in drizzle/0010_feed_scope_at_write.sql);
 * test/db/feed-scope.test.ts holds the two to each other.
 */
export interface PlacedAssignment {
  schoolId: string;
  /** Last day (inclusive); null while open. */
  validTo: string | null;
}

export interface FeedScope {
  /** The schools whose readers receive a change written on the day. */
  reach: Set<string>;
  /** The schools that keep the teacher once every recorded end has passed; the others are losing them (leftScope). */
  stays: Set<string>;
}

/**
 * `reach`: the schools of the assignments not ended by `onDate` (current or future), or, when there is
 * none, those that ended last (where the teacher last served: a retired teacher stays there).
 * `stays`: the schools of the open-ended assignments, or, when there is none, of those that end last.
 */
export function feedScope(assignments: PlacedAssignment[], onDate: string): FeedScope {
  const notEnded = assignments.filter((a) => a.validTo === null || a.validTo >= onDate);
  const open = assignments.filter((a) => a.validTo === null);
  return {
    reach: schools(notEnded.length ? notEnded : lastEnded(assignments)),
    stays: schools(open.length ? open : lastEnded(assignments)),
  };
}

function lastEnded(assignments: PlacedAssignment[]): PlacedAssignment[] {
  const last = assignments.reduce<string | null>(
    (max, a) => (a.validTo !== null && (max === null || a.validTo > max) ? a.validTo : max),
    null,
  );
  return assignments.filter((a) => a.validTo !== null && a.validTo === last);
}

function schools(assignments: PlacedAssignment[]): Set<string> {
  return new Set(assignments.map((a) => a.schoolId));
}
