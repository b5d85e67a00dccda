import { sql, type SQL } from "drizzle-orm";
import { TRAINING_BUCKETS, type TrainingBucket, type TrainingCategory } from "../../domain/vocab.ts";

/**
 * Cycle compliance in SQL, for lists: the status and hours of every teacher are computed in the
 * database, so `status = 'behind'` is an ordinary WHERE condition, a page stops as soon as it is full
 * and the whole county's CSV is one statement. This mirrors evaluateCompliance in
 * src/domain/training/compliance.ts rule for rule (the domain function is the definition and explains
 * the answer per teacher; the tests hold the two to the same answers, teacher by teacher). Hours are
 * whole tenths. The rules arrive as entries (compliance-entries.ts), one JSON parameter.
 */

/**
 * What the SQL needs to know about the entries' shape: it sums only what some rule looks at (the
 * categories with a cap, the buckets with a minimum, the cycle years when there is a yearly minimum,
 * one sum per requirement), so a plain 360-hour rule costs a handful of sums per teacher.
 */
export interface ComplianceShape {
  capped: TrainingCategory[];
  minimums: TrainingBucket[];
  years: boolean;
  requirements: number;
}

const BIG = sql.raw("1000000000");
const T = sql.raw(`"teachers"`);
const MAX_CYCLE_YEARS = 10; // training_rules_cycle check
const raw = (s: string) => sql.raw(s);
const join = (parts: SQL[], sep: string) => sql.join(parts, sql.raw(sep));

/**
 * The FROM clause: teachers plus lateral joins `home` (the school of the primary assignment that
 * started last on or before asOf: the current one, or the last one), `rule` and, with a `shape`, `ob`
 * (obligation start o and evaluation date e), `pr` (pro-rating fraction), `rq` (required tenths),
 * `hs` (the FILTERed sums over the teacher's records), `lim` (cap limits), `ck` (whether every check
 * passed, whether a closed one failed, counted tenths), `ne` (the not-eligible reason), `ex` (expected
 * tenths to date) and `cs` (status). `knownAt` is the knowledge instant (ISO 8601); `rules` the JSON of
 * RuleEntry[]. Each lateral ends in `offset 0`, a fence that stops the planner from pulling it up
 * (pulled up, every reference to `ob.o` expands into its whole expression: BENCHMARKS.md, "Why the code
 * is shaped this way").
 */
export function complianceFrom(asOf: SQL, knownAt: SQL, rules: SQL, shape?: ComplianceShape, population?: SQL): SQL {
  // A population's joins go first, so the per-teacher laterals run only for its teachers: written after
  // them, beyond join_collapse_limit the planner keeps that order and evaluates every teacher's compliance.
  const base = sql`${T}${population ? sql` ${population}` : sql``}
  left join lateral (
    -- the assignment, then its school by key (as a join the planner hashed all schools per teacher)
    select a.school_id as id, (select s.name from schools s where s.id = a.school_id) as name,
      (select s.path from schools s where s.id = a.school_id) as path
    from teacher_assignments a
    where a.teacher_id = ${T}."id" and a.kind = 'primary' and a.valid_from <= ${asOf}::date
    order by a.valid_from desc limit 1
  ) home on true
  left join lateral (
    select r.* from jsonb_to_recordset(${rules}::jsonb) as r(path text, ok boolean, rule_id uuid, wfrom date, wto date, lo date, cyc int, n int,
      h bigint, min_year bigint, min_years int, pro text, cap_h bigint[], cap_p bigint[], min_h bigint[],
      rq_f date[], rq_t date[], rq_p uuid[], rq_c text[], rq_h bigint[])
    where home.path like r.path || '%'
    order by length(r.path) desc limit 1
  ) rule on true`;
  if (!shape) return base;

  const ts = sql`coalesce(${T}."teaching_start_date", ${T}."hire_date")`;
  const plus = sql`(${ts} + make_interval(years => rule.min_years))::date`;
  const n = (k: number) => raw(String(k));
  const idx = (b: TrainingBucket) => TRAINING_BUCKETS.indexOf(b) + 1;
  const sb = idx("school_based");
  const capped = shape.capped.map((c) => ({ c, i: idx(c) }));
  const minimums = shape.minimums.map((b) => ({ b, i: idx(b) }));
  const years = shape.years ? Array.from({ length: MAX_CYCLE_YEARS }, (_, k) => k) : [];
  const reqs = Array.from({ length: shape.requirements }, (_, k) => k + 1);
  const lit = (c: string) => raw(`'${c}'`); // bucket names are vocabulary constants
  const sum = (name: string, filter: SQL) => sql`coalesce(sum(x.t) filter (where x.v and x.c and ${filter}), 0) as ${raw(name)}`;
  const notCapped = capped.length
    ? sql`x.cat not in (${join(
        capped.map(({ c }) => lit(c)),
        ", ",
      )})`
    : sql`true`;
  // The sums over the teacher's verified cycle records (rule 3), as one row `hs`.
  const sums: SQL[] = [
    sql`coalesce(sum(x.t) filter (where x.v and x.c), 0) as verified`,
    sql`coalesce(sum(x.t) filter (where not x.v and x.c), 0) as pending`,
    ...capped.flatMap(({ c, i }) => [sum(`h0_${i}`, sql`x.cat = ${lit(c)} and not x.sb`), sum(`h1_${i}`, sql`x.cat = ${lit(c)} and x.sb`)]),
    sum("h0_rest", sql`${notCapped} and not x.sb`),
    sum("h1_rest", sql`${notCapped} and x.sb`),
    ...minimums.filter(({ b }) => b !== "school_based").map(({ b, i }) => sum(`m_${i}`, sql`x.cat = ${lit(b)}`)),
    ...years.map((k) => sum(`y${k}`, sql`x.yr = ${n(k)}`)),
    ...reqs.map(
      (k) => sql`coalesce(sum(x.t) filter (where x.v and x.d between rule.rq_f[${n(k)}] and rule.rq_t[${n(k)}]
        and (rule.rq_p[${n(k)}] is null or x.pid = rule.rq_p[${n(k)}]) and (rule.rq_c[${n(k)}] is null or x.cat = rule.rq_c[${n(k)}])), 0) as q${n(k)}`,
    ),
  ];
  // Rule 4 (caps): a bucket's limit is the smaller of its hours and its share of the required hours.
  const limit = (i: number) =>
    sql`least(coalesce(rule.cap_h[${n(i)}], ${BIG}), case when rule.cap_p[${n(i)}] is null then ${BIG} else (rq.req * rule.cap_p[${n(i)}]) / 100 end) as l${n(i)}`;
  const x0 = (i: number) => raw(`least(hs.h0_${i}, lim.l${i})`);
  const schoolBasedTotal = join([...capped.map(({ i }) => raw(`hs.h1_${i}`)), raw("hs.h1_rest")], " + ");
  const proRated = (t: SQL) => sql`(2 * ${t} * pr.num + pr.den) / (2 * pr.den)`;
  const closedCycle = sql`rule.wto <= ${asOf}::date`;
  // Every check as (passed, closed); rule 5.
  const checks: [SQL, SQL][] = [
    [sql`ck0.counted >= rq.req`, closedCycle],
    ...minimums.map(({ b, i }): [SQL, SQL] => [
      sql`rule.min_h[${n(i)}] is null or ${b === "school_based" ? schoolBasedTotal : raw(`hs.m_${i}`)} >= ${proRated(sql`rule.min_h[${n(i)}]`)}`,
      closedCycle,
    ]),
    ...years.map((k): [SQL, SQL] => {
      const y = sql`(extract(year from rule.wfrom)::int + ${n(k)})`;
      const applies = sql`rule.min_year is not null and ${n(k)} < rule.cyc and make_date(${y}, 1, 1) >= ob.o`;
      return [sql`not (${applies}) or hs.y${n(k)} >= rule.min_year`, sql`(${applies}) and make_date(${y}, 12, 31) <= ${asOf}::date`];
    }),
    ...reqs.map((k): [SQL, SQL] => [
      sql`coalesce(cardinality(rule.rq_h), 0) < ${n(k)} or hs.q${n(k)} >= rule.rq_h[${n(k)}]`,
      sql`coalesce(cardinality(rule.rq_h), 0) >= ${n(k)} and rule.rq_t[${n(k)}] <= ${asOf}::date`,
    ]),
  ];

  return sql`${base}
  left join lateral (
    select o, least(${asOf}::date, rule.wto) as e from (select case when ${ts} is null then rule.wfrom
      else greatest(rule.wfrom, ${plus} + case when extract(month from ${ts}) = 2 and extract(day from ${ts}) = 29
        and extract(day from ${plus}) = 28 then 1 else 0 end) end as o offset 0) x offset 0
  ) ob on true
  left join lateral (
    select
      case when rule.pro = 'none' or ob.o <= rule.wfrom then 1
           when rule.pro = 'year' then extract(year from rule.wto)::int - extract(year from ob.o)::int + 1
           else (extract(year from rule.wto)::int - extract(year from ob.o)::int) * 12 + 12 - extract(month from ob.o)::int + 1 end as num,
      case when rule.pro = 'none' or ob.o <= rule.wfrom then 1 when rule.pro = 'year' then rule.cyc else rule.cyc * 12 end as den
    offset 0
  ) pr on true
  left join lateral (select (2 * rule.h * pr.num + pr.den) / (2 * pr.den) as req offset 0) rq on true
  left join lateral (
    -- Rule 3: the records an evaluation as of asOf sees, read once: recorded by knownAt and not rejected
    -- on asOf as known then; v = verified on asOf as known then (the others are pending); c = inside the cycle.
    select ${join(sums, ", ")}
    from (
      -- tenths as int: sum(int) is a bigint, sum(bigint) would be a (slower) numeric
      select (tr.hours * 10)::int as t, tr.category as cat, tr.school_based as sb, tr.completed_on as d, tr.program_id as pid,
        coalesce(tr.verified_at <= ${knownAt}::timestamptz and tr.verified_on <= ${asOf}::date, false) as v,
        tr.completed_on between rule.wfrom and rule.wto as c,
        ${shape.years ? sql`extract(year from tr.completed_on)::int - extract(year from rule.wfrom)::int` : sql`0`} as yr
      from training_records tr
      where tr.teacher_id = ${T}."id" and rule.ok and tr.completed_on <= ${asOf}::date and tr.completed_on >= rule.lo
        and tr.submitted_at <= ${knownAt}::timestamptz
        and not coalesce(tr.rejected_at <= ${knownAt}::timestamptz and tr.rejected_on <= ${asOf}::date, false)
    ) x
    offset 0
  ) hs on true
  left join lateral (select ${join([...capped.map(({ i }) => limit(i)), limit(sb)], ", ")} offset 0) lim on true
  left join lateral (
    -- Rule 4: per category, hours not school-based first; the school-based cap on what remains.
    select ${join([...capped.map(({ i }) => x0(i)), raw("hs.h0_rest")], " + ")}
      + least(lim.l${n(sb)}, ${join([...capped.map(({ i }) => sql`least(hs.h1_${n(i)}, lim.l${n(i)} - ${x0(i)})`), raw("hs.h1_rest")], " + ")}) as counted
    offset 0
  ) ck0 on true
  left join lateral (
    select ${join(
      checks.map(([p]) => sql`(${p})`),
      " and ",
    )} as complete,
      ${join(
        checks.map(([p, c]) => sql`(not (${p}) and (${c}))`),
        " or ",
      )} as closed_fail
    offset 0
  ) ck on true
  left join lateral (
    select case
      when rule.path is null or not rule.ok then case when rule.rule_id is null then 'no_rule' else 'no_cycle' end
      when rule.wfrom > ${asOf}::date then 'cycle_not_started'
      when not (${T}."status" = 'active' or coalesce(${T}."ended_on" > ob.e, false)) then 'not_in_service'
      when ob.o > ob.e then 'years_of_teaching'
    end as reason
    offset 0
  ) ne on true
  left join lateral (
    select case when ne.reason is null then
      case when ob.e >= rule.wto then rq.req else (rq.req * ((ob.e - ob.o) + 1)) / ((rule.wto - ob.o) + 1) end end as expected
    offset 0
  ) ex on true
  left join lateral (
    select case
      when ne.reason is not null then 'not_eligible'
      when ck.complete then 'complete'
      when ck.closed_fail or ck0.counted < ex.expected then 'behind'
      else 'on_track' end as status
    offset 0
  ) cs on true`;
}
