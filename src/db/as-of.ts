import { sql, type SQL } from "drizzle-orm";
import { END_STATUSES } from "../domain/vocab.ts";

/**
 * The effective-dating conditions, stated once; every as-of query uses these. `d` is the business
 * date as SQL (a parameter or a date expression; it is cast to date here). Validity is inclusive at
 * both ends, as src/domain/dates.ts `isValidOn` states it: valid_from <= d and (valid_to is null or
 * valid_to >= d).
 */
export function validOn(alias: string, d: SQL): SQL {
  const a = sql.raw(alias);
  return sql`${a}.valid_from <= ${d}::date and (${a}.valid_to is null or ${a}.valid_to >= ${d}::date)`;
}

/** The end statuses as a SQL list (src/domain/vocab.ts END_STATUSES). */
const END = sql.raw(END_STATUSES.map((s) => `'${s}'`).join(", "));

/**
 * The teacher is in service on d: their employment period that day does not have an end status
 * (retired, left, deceased; on leave is in service). Every population (teacher list, metrics, reports,
 * target members) carries it, so no record outlives the end of service in a count. The SQL statement
 * of src/domain/employment.ts `inServiceOn`; NOT EXISTS lets the planner anti-join on the period index.
 */
export function inServiceOn(teacherId: SQL, d: SQL): SQL {
  return sql`not exists (select 1 from teacher_employment ex where ex.teacher_id = ${teacherId} and ${validOnOpenStart("ex", d)} and ex.status in (${END}))`;
}

/** A column of the teacher's employment period on d (`select` names it: `e.status`, ...). */
export function employmentOn(teacherId: SQL, d: SQL, select: SQL): SQL {
  return sql`(select ${select} from teacher_employment e where e.teacher_id = ${teacherId} and ${validOnOpenStart("e", d)}
    order by e.valid_from desc nulls last limit 1)`;
}

/**
 * A credential row `alias` of `kind` is active on d: issued by d and not past its expiry date
 * (valid_from/valid_to), and its latest status event on or before d, if any, says active (ties on a
 * day go to the later-recorded event, by UUIDv7 id). The SQL statement of src/domain/credentials.ts
 * `credentialStatusOn(...) === "active"`; test/db/as-of.test.ts holds the two together.
 */
export function credentialActiveOn(alias: string, kind: string, d: SQL): SQL {
  const c = sql.raw(alias);
  return sql`${c}.kind = ${kind} and ${validOn(alias, d)}
    and coalesce((select e.status from teacher_credential_events e where e.credential_id = ${c}.id and e.effective_on <= ${d}::date
        order by e.effective_on desc, e.id desc limit 1), 'active') = 'active'`;
}

/**
 * The teacher `teacherId` holds an active credential of `kind` on d. As a WHERE condition, EXISTS
 * lets the planner semi-join from the (few) matching credentials; in a select list a scalar subquery
 * with LIMIT 1 runs per output row on the index instead (an EXISTS there may become a hashed subplan
 * over every credential: BENCHMARKS.md, "Teacher list").
 */
export function hasActiveCredential(teacherId: SQL, kind: string, d: SQL, form: "where" | "column"): SQL<boolean> {
  const from = sql`from teacher_credentials c where c.teacher_id = ${teacherId} and ${credentialActiveOn("c", kind, d)}`;
  return form === "where" ? sql<boolean>`exists (select 1 ${from})` : anyRow(from);
}

/** "Is there a row" as a per-row scalar subquery (see hasActiveCredential for why not EXISTS in a select list). */
export function anyRow(from: SQL): SQL<boolean> {
  return sql<boolean>`coalesce((select true ${from} limit 1), false)`;
}

/**
 * The teacher's home (primary) assignment on d: at most one holds (the one-at-a-time rule), the latest
 * start wins if data ever disagrees. `select` names what to return from it (`a.school_id`, ...).
 */
export function homeAssignmentOn(teacherId: SQL, d: SQL, select: SQL = sql`a.school_id`): SQL {
  return sql`(select ${select} from teacher_assignments a
    where a.teacher_id = ${teacherId} and a.kind = 'primary' and ${validOn("a", d)}
    order by a.valid_from desc limit 1)`;
}

/**
 * As validOn, for periods whose first one may have no start (`valid_from` null: since the register has
 * known the record, whatever date is asked): a school's classification, a teacher's employment.
 */
export function validOnOpenStart(alias: string, d: SQL): SQL {
  const a = sql.raw(alias);
  return sql`(${a}.valid_from is null or ${a}.valid_from <= ${d}::date) and (${a}.valid_to is null or ${a}.valid_to >= ${d}::date)`;
}

/**
 * `alias` (a school_classifications row) is the classification of the school `school` (an id expression)
 * valid on d: its stages, ownership, location_class, remote, weak and staffing_quota then. A school's
 * periods tile time (src/db/schema/org.ts), so exactly one row matches for every date; every reader of
 * those facts joins with this (`join school_classifications sc on ${schoolClassificationOn("sc", s.id, d)}`).
 */
export function schoolClassificationOn(alias: string, school: SQL, d: SQL): SQL {
  return sql`${sql.raw(alias)}.school_id = ${school} and ${validOnOpenStart(alias, d)}`;
}
