import { sql, type SQL } from "drizzle-orm";
import type { Metric } from "../../domain/metrics/definition.ts";
import { underPath } from "../paths.ts";
import type { Queryable } from "../types.ts";
import { kindSql, type KindContext } from "./kinds.ts";

export type GroupBy = "none" | "school" | "jurisdiction";

/** One cell of an evaluation: the total, or a unit of the breakdown (a school, or a child jurisdiction / school directly below). */
export interface MetricCell {
  unitType: "total" | "school" | "jurisdiction";
  unitId: string | null;
  unitName: string | null;
  numerator: number | null;
  denominator: number | null;
  /** People (or, for training rates, enrolments) the cell is about: what small-cell suppression looks at. */
  population: number;
  /** The mean, for averages (other kinds derive their value from numerator and denominator). */
  mean: number | null;
  /** Coverage: the subject flags a school lacks. */
  missing: string[] | null;
}

export interface MetricQuery {
  metric: Metric;
  path: string;
  /** The evaluated jurisdiction's id (the breakdown by jurisdiction lists its children). */
  jurisdictionId: string;
  asOf: string;
  groupBy: GroupBy;
  compliance?: KindContext["compliance"];
}

/** A validated YYYY-MM-DD as a literal: the planner then sees the date when it estimates the as-of ranges. */
export function dateLiteral(d: string): SQL {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`Not a date: ${d}`);
  return sql.raw(`'${d}'::date`);
}

/**
 * The metric as ONE statement: the kind's rows aggregated with GROUPING SETS (the unit, and the empty
 * set for the total), left-joined to every unit in scope so that units with no one in them still appear.
 */
export function metricStatement(q: MetricQuery): SQL {
  const ctx: KindContext = { d: dateLiteral(q.asOf), path: q.path, compliance: q.compliance };
  const k = kindSql(q.metric, ctx);
  const ctes = k.ctes ? sql`${k.ctes}, ` : sql``;
  if (q.groupBy === "none") {
    return sql`with ${ctes}agg as (select ${k.aggs} from ${k.from} where ${k.where})
      select null::text as unit_id, 'total' as unit_type, null::text as unit_name, a.* from agg a`;
  }
  const key =
    q.groupBy === "school"
      ? sql`${k.unitId}::text`
      : sql`split_part(substr(${k.unitPath}, ${sql.raw(String(q.path.length + 1))}), '/', 1)`;
  const units =
    q.groupBy === "school"
      ? sql`select s.id::text as id, 'school' as type, s.name, s.code from schools s where ${underPath(sql`s.path`, q.path)}${k.schoolFilter ? sql` and ${k.schoolFilter}` : sql``}`
      : sql`select j.id::text as id, 'jurisdiction' as type, j.name, j.code from jurisdictions j where j.parent_id = ${q.jurisdictionId}
          union all select s.id::text, 'school', s.name, s.code from schools s where s.jurisdiction_id = ${q.jurisdictionId}${k.schoolFilter ? sql` and ${k.schoolFilter}` : sql``}`;
  return sql`with ${ctes}agg as (
      select ${key} as unit, grouping(${key}) as g, ${k.aggs}
      from ${k.from} where ${k.where}
      group by grouping sets ((${key}), ())
    ), units as (${units})
    select null::text as unit_id, 'total' as unit_type, null::text as unit_name, null::text as unit_code, a.num, a.den, a.pop, a.val, a.extra from agg a where a.g = 1
    union all
    select u.id, u.type, u.name, u.code, a.num, a.den, a.pop, a.val, a.extra from units u left join agg a on a.g = 0 and a.unit = u.id`;
}

type Row = { unit_id: string | null; unit_type: MetricCell["unitType"]; unit_name: string | null; unit_code?: string | null; num: unknown; den: unknown; pop: unknown; val: unknown; extra: string | null };

const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));

/** Run the statement; the total first, then the units in code order. */
export async function evaluateMetricSql(db: Queryable, q: MetricQuery): Promise<{ total: MetricCell; units: MetricCell[] }> {
  const result = (await db.execute(metricStatement(q))) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
  const cell = (r: Row | undefined, base: Pick<MetricCell, "unitType" | "unitId" | "unitName">): MetricCell => {
    const counted = r?.pop !== null && r?.pop !== undefined;
    return {
      ...base,
      // an empty unit has no aggregate row: zero people, and zero of whatever is counted
      numerator: counted ? num(r!.num) : q.metric.kind === "average" ? null : 0,
      denominator: counted ? num(r!.den) : hasDenominator(q.metric) ? 0 : null,
      population: counted ? Number(r!.pop) : 0,
      mean: counted ? num(r!.val) : null,
      missing: q.metric.kind === "coverage" && q.metric.subjectFlags ? (counted ? (r!.extra ? r!.extra.split(",") : []) : null) : null,
    };
  };
  const totalRow = rows.find((r) => r.unit_type === "total");
  const total = cell(totalRow, { unitType: "total", unitId: null, unitName: null });
  const units = rows
    .filter((r) => r.unit_type !== "total")
    .sort((a, b) => (a.unit_type === b.unit_type ? String(a.unit_code).localeCompare(String(b.unit_code)) : a.unit_type === "jurisdiction" ? -1 : 1))
    .map((r) => cell(r, { unitType: r.unit_type, unitId: r.unit_id, unitName: r.unit_name }));
  return { total, units };
}

function hasDenominator(m: Metric): boolean {
  return !(m.kind === "count" || m.kind === "average" || (m.kind === "training_rate" && m.rate === "person_times"));
}
