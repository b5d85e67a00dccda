import { sql, type SQL } from "drizzle-orm";
import type { Metric } from "../../domain/metrics/definition.ts";
import type { CellFigures } from "../../domain/metrics/evaluation.ts";
import { underPath } from "../paths.ts";
import type { Queryable } from "../types.ts";
import { kindSql, type KindContext } from "./kinds.ts";

export type GroupBy = "none" | "school" | "jurisdiction";

/** One cell of an evaluation: the total, or a unit of the breakdown (a school, or a child jurisdiction / school directly below). */
export type MetricCell = CellFigures;

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
 * The metric as ONE statement: the kind's rows aggregated per unit with a plain GROUP BY (which the
 * planner can run in parallel, as GROUPING SETS cannot), then every unit in scope left-joined to them
 * so that units with no one in them still appear, and the total as the sum of the units (GROUPING SETS
 * over those few rows; every aggregate a kind yields adds up).
 */
function metricStatement(q: MetricQuery): SQL {
  const ctx: KindContext = { d: dateLiteral(q.asOf), path: q.path, compliance: q.compliance };
  const k = kindSql(q.metric, ctx);
  const ctes = k.ctes ? sql`${k.ctes}, ` : sql``;
  if (q.groupBy === "none") {
    return sql`with ${ctes}agg as (select ${k.aggs} from ${k.from} where ${k.where})
      select null::text as unit_id, 'total' as unit_type, null::text as unit_name, a.* from agg a`;
  }
  const key =
    q.groupBy === "school" ? sql`${k.unitId}` : sql`split_part(substr(${k.unitPath}, ${sql.raw(String(q.path.length + 1))}), '/', 1)::uuid`;
  const schoolFilter = k.schoolFilter ? sql` and ${k.schoolFilter}` : sql``;
  const units =
    q.groupBy === "school"
      ? sql`select s.id, 'school' as type, s.name, s.code from schools s where ${underPath(sql`s.path`, q.path)}${schoolFilter}`
      : sql`select j.id, 'jurisdiction' as type, j.name, j.code from jurisdictions j where j.parent_id = ${q.jurisdictionId}
          union all select s.id, 'school', s.name, s.code from schools s where s.jurisdiction_id = ${q.jurisdictionId}${schoolFilter}`;
  return sql`with ${ctes}agg as (
      select ${key} as unit, ${k.aggs} from ${k.from} where ${k.where} group by 1
    )
    select case when grouping(u.id) = 1 then null else u.id::text end as unit_id,
      case when grouping(u.id) = 1 then 'total' else min(u.type) end as unit_type,
      min(u.name) as unit_name, min(u.code) as unit_code,
      sum(a.num) as num, sum(a.den) as den, sum(a.pop) as pop, sum(a.vsum) as vsum, min(a.extra) as extra
    from (${units}) u left join agg a on a.unit = u.id
    group by grouping sets ((u.id), ())`;
}

type Row = {
  unit_id: string | null;
  unit_type: MetricCell["unitType"];
  unit_name: string | null;
  unit_code?: string | null;
  num: unknown;
  den: unknown;
  pop: unknown;
  vsum: unknown;
  extra: string | null;
};

const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));

/** Run the statement; the total first, then the units in code order. */
export async function evaluateMetricSql(db: Queryable, q: MetricQuery): Promise<{ total: MetricCell; units: MetricCell[] }> {
  const result = (await db.execute(metricStatement(q))) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Row[];
  const totalRow = rows.find((r) => r.unit_type === "total");
  const total = cellOf(q.metric, totalRow, { unitType: "total", unitId: null, unitName: null });
  const units = rows
    .filter((r) => r.unit_type !== "total")
    .sort((a, b) =>
      a.unit_type === b.unit_type ? String(a.unit_code).localeCompare(String(b.unit_code)) : a.unit_type === "jurisdiction" ? -1 : 1,
    )
    .map((r) => cellOf(q.metric, r, { unitType: r.unit_type, unitId: r.unit_id, unitName: r.unit_name }));
  return { total, units };
}

/** A row's figures; a unit with no aggregate row has zero people, and zero of whatever is counted. */
function cellOf(m: Metric, r: Partial<Row> | undefined, base: Pick<MetricCell, "unitType" | "unitId" | "unitName">): MetricCell {
  const counted = r?.pop !== null && r?.pop !== undefined;
  return {
    ...base,
    numerator: counted ? num(r!.num) : m.kind === "average" ? null : 0,
    denominator: counted ? num(r!.den) : hasDenominator(m) ? 0 : null,
    population: counted ? Number(r!.pop) : 0,
    mean: counted && r!.vsum !== null && Number(r!.den) > 0 ? Number(r!.vsum) / Number(r!.den) : null,
    // the flags a school lacks; meaningless for a sum of schools
    missing:
      m.kind === "coverage" && m.subjectFlags && base.unitType === "school"
        ? counted
          ? r!.extra
            ? r!.extra.split(",")
            : []
          : null
        : null,
  };
}

function hasDenominator(m: Metric): boolean {
  return !(m.kind === "count" || m.kind === "average" || (m.kind === "training_rate" && m.rate === "person_times"));
}

/**
 * The totals of many metrics in ONE statement (a report of every target in a jurisdiction): each
 * metric's statement becomes a subquery, tagged with its position, under UNION ALL.
 */
export async function evaluateTotalsSql(db: Queryable, queries: Omit<MetricQuery, "groupBy">[]): Promise<MetricCell[]> {
  if (queries.length === 0) return [];
  const parts = queries.map(
    (q, i) => sql`select ${sql.raw(String(i))} as k, x.num, x.den, x.pop, x.vsum from (${metricStatement({ ...q, groupBy: "none" })}) x`,
  );
  const result = (await db.execute(sql.join(parts, sql` union all `))) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as (Row & { k: number | string })[];
  const byIndex = new Map(rows.map((r) => [Number(r.k), r]));
  return queries.map((q, i) => cellOf(q.metric, byIndex.get(i), { unitType: "total", unitId: null, unitName: null }));
}
