/**
 * Hand-written SQL for the issue-7 numbers, grouped by school, as a DBA would write them: start from
 * the schools under the root (the path prefix, a literal so the planner sees its selectivity, as
 * src/db/paths.ts does), reach the home assignments valid on the date through the school index, and
 * touch the teacher-level tables only for that population. Every school under the root gets a row
 * (zeros when no teacher matches); GROUPING SETS adds the overall row (school_id null).
 * Plain SQL text with $1 = the date, so postgres.js (the bench) and PGlite (the unit test) run the same.
 *
 * Population: teachers in service on d (no employment period with an end status holds on d) whose primary assignment valid on d (valid_from <= d <= coalesce(valid_to, ∞);
 * at most one per teacher and date) is at a school under the root.
 */
const PATH = /^\/(?:[0-9a-f-]{36}\/)+$/;

function under(path: string) {
  if (!PATH.test(path)) throw new Error(`Not a materialised path: ${path}`);
  return `s.path like '${path}%'`;
}

const homeOn = `a.kind = 'primary' and a.valid_from <= $1::date and (a.valid_to is null or a.valid_to >= $1::date)
    and not exists (select 1 from teacher_employment ex where ex.teacher_id = a.teacher_id and (ex.valid_from is null or ex.valid_from <= $1::date)
      and (ex.valid_to is null or ex.valid_to >= $1::date) and ex.status in ('retired', 'left', 'deceased'))`;

/** The school's classification on d: its one period that holds then (the first has no start). */
const classifiedOn = `join school_classifications sc on sc.school_id = s.id
      and (sc.valid_from is null or sc.valid_from <= $1::date) and (sc.valid_to is null or sc.valid_to >= $1::date)`;

/**
 * Active on d (mirrors hasActiveCredentialOn in src/db/teacher-attributes.ts): issued by d, not past its
 * expiry, and the latest status event on or before d (ties: the larger id), if any, is 'active'.
 */
const activeCredential = (kind: string) => `exists (select 1 from teacher_credentials c
      where c.teacher_id = h.teacher_id and c.kind = '${kind}' and c.valid_from <= $1::date and (c.valid_to is null or c.valid_to >= $1::date)
        and coalesce((select e.status from teacher_credential_events e where e.credential_id = c.id and e.effective_on <= $1::date
          order by e.effective_on desc, e.id desc limit 1), 'active') = 'active')`;

/**
 * 双师型 share in vocational schools: population = home school's stages on d include 'vocational' and the
 * home post is a teaching post; numerator = an active teacher certificate and an active occupational
 * qualification on d. Rows: school_id (null = overall), numerator, denominator. The rarer credential
 * (the occupational qualification) is tested first, so the AND skips the second probe more often.
 */
export function dualQualifiedRatioSql(rootPath: string) {
  return `with home as (
    select a.school_id, a.teacher_id
    from schools s ${classifiedOn} join teacher_assignments a on a.school_id = s.id
    where ${under(rootPath)} and sc.stages @> array['vocational'] and ${homeOn} and a.post_type = 'teaching'
  ), per_school as (
    select h.school_id, count(*) as denominator,
      count(*) filter (where ${activeCredential("occupational_qualification")} and ${activeCredential("teacher_certificate")}) as numerator
    from home h group by h.school_id
  )
  select s.id as school_id, coalesce(sum(p.numerator), 0)::int as numerator, coalesce(sum(p.denominator), 0)::int as denominator
  from schools s left join per_school p on p.school_id = s.id
  where ${under(rootPath)}
  group by grouping sets ((s.id), ())`;
}

/**
 * Average age (周岁 on d = date_part('year', age(d, birth_date))) in rural schools: population = home
 * school's location_class on d = 'rural'. Rows: school_id (null = overall), n (teachers with a value: all of
 * them, birth_date is required), age_sum (integer, so the mean is exact before rounding).
 */
export function ruralAverageAgeSql(rootPath: string) {
  return `with per_school as (
    select a.school_id, count(*) as n, sum(date_part('year', age($1::date, t.birth_date))) as age_sum
    from schools s ${classifiedOn} join teacher_assignments a on a.school_id = s.id join teachers t on t.id = a.teacher_id
    where ${under(rootPath)} and sc.location_class = 'rural' and ${homeOn}
    group by a.school_id
  )
  select s.id as school_id, coalesce(sum(p.n), 0)::int as n, coalesce(sum(p.age_sum), 0)::bigint as age_sum
  from schools s left join per_school p on p.school_id = s.id
  where ${under(rootPath)}
  group by grouping sets ((s.id), ())`;
}

export interface UnitNumbers {
  numerator: number | null;
  denominator: number;
  /** Rounded to 4 decimals, null when the denominator is 0 (what the API returns). */
  value: number | null;
  /** The unrounded value, for comparing with a rounding the API may do differently at a tie. */
  exact: number | null;
}

export interface Evaluated {
  total: UnitNumbers;
  schools: Map<string, UnitNumbers>;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Rows of dualQualifiedRatioSql as the API's numbers: value = 100 · numerator / denominator. */
export function ratioNumbers(
  rows: readonly { school_id: string | null; numerator: number | string; denominator: number | string }[],
): Evaluated {
  return collect(rows, (r) => {
    const numerator = Number(r.numerator);
    const denominator = Number(r.denominator);
    const exact = denominator ? (100 * numerator) / denominator : null;
    return { numerator, denominator, exact, value: exact === null ? null : round4(exact) };
  });
}

/** Rows of ruralAverageAgeSql as the API's numbers: numerator null, denominator = n, value = the mean. */
export function averageNumbers(rows: readonly { school_id: string | null; n: number | string; age_sum: number | string }[]): Evaluated {
  return collect(rows, (r) => {
    const denominator = Number(r.n);
    const exact = denominator ? Number(r.age_sum) / denominator : null;
    return { numerator: null, denominator, exact, value: exact === null ? null : round4(exact) };
  });
}

function collect<R extends { school_id: string | null }>(rows: readonly R[], f: (r: R) => UnitNumbers): Evaluated {
  let total: UnitNumbers | undefined;
  const schools = new Map<string, UnitNumbers>();
  for (const r of rows) {
    if (r.school_id === null) total = f(r);
    else schools.set(r.school_id, f(r));
  }
  if (!total) throw new Error("no overall row");
  return { total, schools };
}
