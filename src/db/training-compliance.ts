import { sql, type SQL } from "drizzle-orm";
import type { CycleWindow, RuleResolution } from "../domain/training/rules.ts";

/**
 * Cycle compliance in SQL, for list filters that must not make keyset pages skip rows: the status of
 * every teacher is computed in the database from per-teacher aggregates, so `status = 'behind'` is an
 * ordinary WHERE condition and the page stops as soon as it is full. This mirrors
 * evaluateCompliance in src/domain/training/compliance.ts rule for rule (the domain function is the
 * definition; the tests hold the two to the same answers). Hours are whole tenths.
 *
 * Rules are resolved in TypeScript (they are few): one entry per jurisdiction that has rule
 * versions, with the version and cycle window that apply to teachers whose nearest such jurisdiction
 * it is. The entries travel as one JSON parameter; each teacher takes the entry with the longest path
 * prefixing their home school's path.
 */
export interface RuleEntry {
  path: string;
  /** A rule and a cycle window apply (false: no rule in force, or asOf before cycle 1). */
  ok: boolean;
  rule_id: string | null;
  wfrom: string | null;
  wto: string | null;
  /** Earliest completion date any check looks at (the cycle start or an earlier requirement window). */
  lo: string | null;
  cyc: number | null;
  h: number | null;
  min_year: number | null;
  min_years: number | null;
  pro: string | null;
  caps: { b: string; lim: number | null; pct: number | null }[];
  mins: { b: string; h: number }[];
  reqs: { f: string; t: string; p: string | null; c: string | null; h: number }[];
}

export function ruleEntry(path: string, res: RuleResolution): RuleEntry {
  const none: RuleEntry = { path, ok: false, rule_id: res.rule?.id ?? null, wfrom: null, wto: null, lo: null, cyc: null, h: null, min_year: null, min_years: null, pro: null, caps: [], mins: [], reqs: [] };
  if (!res.rule || !res.window) return none;
  const r = res.rule;
  const w: CycleWindow = res.window;
  const reqs = r.requirements.filter((q) => q.from <= w.to && q.to >= w.from);
  return {
    path,
    ok: true,
    rule_id: r.id,
    wfrom: w.from,
    wto: w.to,
    lo: reqs.reduce((lo, q) => (q.from < lo ? q.from : lo), w.from),
    cyc: r.cycleYears,
    h: r.hoursPerCycle,
    min_year: r.minHoursPerYear,
    min_years: r.minYearsOfTeaching,
    pro: r.proRate,
    caps: r.caps.map((c) => ({ b: c.bucket, lim: c.maxHours, pct: c.maxPercent })),
    mins: r.minimums.map((m) => ({ b: m.bucket, h: m.hours })),
    reqs: reqs.map((q) => ({ f: q.from, t: q.to, p: q.programId, c: q.category, h: q.hours })),
  };
}

/** The longest entry path that prefixes `schoolPath` (the teacher's nearest rule-bearing jurisdiction). */
export function entryFor<T extends { path: string }>(entries: T[], schoolPath: string | null): T | undefined {
  if (!schoolPath) return undefined;
  let best: T | undefined;
  for (const e of entries) if (schoolPath.startsWith(e.path) && (!best || e.path.length > best.path.length)) best = e;
  return best;
}

const BIG = sql.raw("1000000000");
const T = sql.raw(`"teachers"`);

/**
 * The FROM clause: teachers plus lateral joins `home` (the primary school whose assignment started
 * last on or before asOf: the current one, or the last one), `rule`, `ob` (obligation start o and
 * evaluation date e), `pr` (pro-rating fraction), `rq` (required tenths) and, with `withStatus`, `cs`
 * (status, counted). `cut` is the instant asOf ends (ISO 8601); `rules` the JSON of RuleEntry[].
 */
export function complianceFrom(asOf: SQL, cut: SQL, rules: SQL, withStatus: boolean): SQL {
  const base = sql`${T}
  left join lateral (
    select s.id as school_id, s.name as school_name, s.path as school_path
    from teacher_assignments a join schools s on s.id = a.school_id
    where a.teacher_id = ${T}."id" and a.kind = 'primary' and a.valid_from <= ${asOf}::date
    order by a.valid_from desc limit 1
  ) home on true
  left join lateral (
    select r.* from jsonb_to_recordset(${rules}::jsonb) as r(path text, ok boolean, rule_id uuid, wfrom date, wto date, lo date, cyc int,
      h bigint, min_year bigint, min_years int, pro text, caps jsonb, mins jsonb, reqs jsonb)
    where home.school_path like r.path || '%'
    order by length(r.path) desc limit 1
  ) rule on true`;
  if (!withStatus) return base;
  const ts = sql`coalesce(${T}."teaching_start_date", ${T}."hire_date")`;
  const plus = sql`(${ts} + make_interval(years => rule.min_years))::date`;
  return sql`${base}
  left join lateral (
    select o, least(${asOf}::date, rule.wto) as e from (select case when ${ts} is null then rule.wfrom
      else greatest(rule.wfrom, ${plus} + case when extract(month from ${ts}) = 2 and extract(day from ${ts}) = 29
        and extract(day from ${plus}) = 28 then 1 else 0 end) end as o) x
  ) ob on true
  left join lateral (
    select
      case when rule.pro = 'none' or ob.o <= rule.wfrom then 1
           when rule.pro = 'year' then extract(year from rule.wto)::int - extract(year from ob.o)::int + 1
           else (extract(year from rule.wto)::int - extract(year from ob.o)::int) * 12 + 12 - extract(month from ob.o)::int + 1 end as num,
      case when rule.pro = 'none' or ob.o <= rule.wfrom then 1 when rule.pro = 'year' then rule.cyc else rule.cyc * 12 end as den
  ) pr on true
  left join lateral (select (2 * rule.h * pr.num + pr.den) / (2 * pr.den) as req) rq on true
  left join lateral (
    with x as (
      select (tr.hours * 10)::bigint as t, tr.category as cat, tr.school_based as sb, tr.completed_on as d, tr.program_id as pid
      from training_records tr
      where tr.teacher_id = ${T}."id" and rule.ok and tr.completed_on <= ${asOf}::date and tr.completed_on >= rule.lo
        and tr.verified_at < ${cut}::timestamptz and (tr.rejected_at is null or tr.rejected_at >= ${cut}::timestamptz)
    ),
    cyc as (select * from x where x.d between rule.wfrom and rule.wto),
    caps as (
      select c->>'b' as b, least(coalesce((c->>'lim')::bigint, ${BIG}),
        case when c->>'pct' is null then ${BIG} else (rq.req * (c->>'pct')::bigint) / 100 end) as lim
      from jsonb_array_elements(rule.caps) c
    ),
    g as (
      select cyc.cat, coalesce(sum(cyc.t) filter (where not cyc.sb), 0) as h0, coalesce(sum(cyc.t) filter (where cyc.sb), 0) as h1,
        coalesce((select caps.lim from caps where caps.b = cyc.cat), ${BIG}) as lim
      from cyc group by cyc.cat
    ),
    counted as (
      select coalesce(sum(least(g.h0, g.lim)), 0)
        + least(coalesce((select caps.lim from caps where caps.b = 'school_based'), ${BIG}), coalesce(sum(least(g.h1, g.lim - least(g.h0, g.lim))), 0)) as v
      from g
    ),
    checks as (
      select (select v from counted) >= rq.req as passed, rule.wto <= ${asOf}::date as closed
      union all
      select coalesce((select sum(cyc.t) from cyc where case when m->>'b' = 'school_based' then cyc.sb else cyc.cat = m->>'b' end), 0)
          >= (2 * (m->>'h')::bigint * pr.num + pr.den) / (2 * pr.den),
        rule.wto <= ${asOf}::date
      from jsonb_array_elements(rule.mins) m
      union all
      select coalesce((select sum(cyc.t) from cyc where extract(year from cyc.d) = y), 0) >= rule.min_year, make_date(y, 12, 31) <= ${asOf}::date
      from generate_series(extract(year from rule.wfrom)::int, extract(year from rule.wto)::int) y
      where rule.min_year is not null and make_date(y, 1, 1) >= ob.o
      union all
      select coalesce((select sum(x.t) from x where x.d between (q->>'f')::date and (q->>'t')::date
            and (q->>'p' is null or x.pid = (q->>'p')::uuid) and (q->>'c' is null or x.cat = q->>'c')), 0) >= (q->>'h')::bigint,
        (q->>'t')::date <= ${asOf}::date
      from jsonb_array_elements(rule.reqs) q
    )
    select (select v from counted) as counted, bool_and(checks.passed) as complete, bool_or(not checks.passed and checks.closed) as closed_fail
    from checks
  ) agg on true
  left join lateral (
    select case
      when rule.path is null or not rule.ok or rule.wfrom > ${asOf}::date then 'not_eligible'
      when not (${T}."status" = 'active' or coalesce(${T}."ended_on" > ob.e, false)) then 'not_eligible'
      when ob.o > ob.e then 'not_eligible'
      when agg.complete then 'complete'
      when agg.closed_fail or agg.counted < (case when ob.e >= rule.wto then rq.req
        else (rq.req * ((ob.e - ob.o) + 1)) / ((rule.wto - ob.o) + 1) end) then 'behind'
      else 'on_track' end as status
  ) cs on true`;
}
