import { eq } from "drizzle-orm";
import { seesSmallCells } from "../../auth/policy.ts";
import type { Principal } from "../../auth/principal.ts";
import { canSeeJurisdiction } from "../../auth/scope.ts";
import { evaluateMetricSql, evaluateTotalsSql, type GroupBy, type MetricCell } from "../../db/metrics/evaluate.ts";
import { jurisdictions } from "../../db/schema/index.ts";
import type { Database } from "../../db/types.ts";
import { filterSize, MAX_FILTER_CONDITIONS, MAX_FILTER_DEPTH, type Filter, type Metric } from "../../domain/metrics/definition.ts";
import { evaluateCell, summarise, withheldBreakdown, type TargetTerms } from "../../domain/metrics/evaluation.ts";
import { NotFound, RuleViolation } from "../../domain/errors.ts";
import { ruleContext } from "../../db/training/compliance.ts";
import type { Evaluation } from "../../contract/metrics.ts";

export interface Jurisdiction {
  id: string;
  path: string;
}

/** The jurisdiction to evaluate: the one named (404 when unknown or outside scope), else the caller's own. */
export async function resolveJurisdiction(db: Database, principal: Principal, id: string | undefined, pointer: { parameter: string } | { pointer: string }): Promise<Jurisdiction> {
  const wanted = id ?? (principal.orgType === "jurisdiction" ? principal.orgId : undefined);
  if (!wanted) throw new RuleViolation("Name the jurisdiction to evaluate", [{ ...pointer, detail: "Required for a caller not bound to a jurisdiction" }]);
  const [j] = await db.select({ id: jurisdictions.id, path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, wanted));
  if (!j || !canSeeJurisdiction(principal, j.path)) throw new NotFound("Jurisdiction", wanted);
  return j;
}

/** Refuse definitions that would compile into an unbounded statement (422 with a pointer). */
export function checkMetricSize(m: Metric, pointer: string): void {
  const filters: [string, Filter | undefined][] = [
    ["population", "population" in m ? m.population : undefined],
    ["numerator", "numerator" in m ? m.numerator : undefined],
    ["filter", "filter" in m ? m.filter : undefined],
  ];
  for (const [key, f] of filters) {
    if (!f) continue;
    const size = filterSize(f);
    if (size.depth > MAX_FILTER_DEPTH || size.conditions > MAX_FILTER_CONDITIONS) {
      throw new RuleViolation("The metric definition is too large", [
        { pointer: `${pointer}/${key}`, detail: `At most ${MAX_FILTER_DEPTH} levels of nesting and ${MAX_FILTER_CONDITIONS} conditions` },
      ]);
    }
  }
}

export interface EvaluateRequest {
  metric: Metric;
  jurisdiction: Jurisdiction;
  asOf: string;
  groupBy: GroupBy;
  terms: TargetTerms | null;
  targetId: string | null;
}

/**
 * Evaluate a metric over a jurisdiction's subtree as of a date: one SQL statement for the total and
 * the breakdown, then the domain shapes each cell (value, met, gap; small cells suppressed for callers
 * without `reports.small_cells.read`, i.e. aggregate-only readers).
 */
/** The rule context a training-compliance metric compiles with (other kinds need none). */
export async function complianceFor(db: Database, m: Metric, asOf: string, path: string) {
  if (m.kind !== "training_compliance") return undefined;
  const ctx = await ruleContext(db, asOf, m.cycle, path);
  return { rules: ctx.json, cut: ctx.cut, shape: ctx.shape };
}

export async function evaluate(db: Database, principal: Principal, r: EvaluateRequest): Promise<Evaluation> {
  const compliance = await complianceFor(db, r.metric, r.asOf, r.jurisdiction.path);
  const { total, units } = await evaluateMetricSql(db, {
    metric: r.metric,
    path: r.jurisdiction.path,
    jurisdictionId: r.jurisdiction.id,
    asOf: r.asOf,
    groupBy: r.groupBy,
    compliance,
  });
  const suppress = !seesSmallCells(principal.role);
  const cells = units.map((u) => {
    const cell = evaluateCell(r.metric, u, r.terms);
    return { ...cell, unitType: cell.unitType as "school" | "jurisdiction", unitId: cell.unitId!, unitName: cell.unitName ?? "" };
  });
  return { ...headline(r, total, suppress), breakdown: suppress ? withheldBreakdown(cells) : cells };
}

function headline(r: EvaluateRequest, total: MetricCell, suppress: boolean): Omit<Evaluation, "breakdown"> {
  return { targetId: r.targetId, jurisdictionId: r.jurisdiction.id, asOf: r.asOf, groupBy: r.groupBy, metricKind: r.metric.kind, ...summarise(r.metric, total, r.terms, r.asOf, suppress) };
}

/** Many evaluations without breakdown (a report of every target) in one statement. */
export async function evaluateTotals(db: Database, principal: Principal, requests: Omit<EvaluateRequest, "groupBy">[]): Promise<Evaluation[]> {
  const queries = await Promise.all(
    requests.map(async (r) => ({
      metric: r.metric,
      path: r.jurisdiction.path,
      jurisdictionId: r.jurisdiction.id,
      asOf: r.asOf,
      compliance: await complianceFor(db, r.metric, r.asOf, r.jurisdiction.path),
    })),
  );
  const totals = await evaluateTotalsSql(db, queries);
  const suppress = !seesSmallCells(principal.role);
  return requests.map((r, i) => ({ ...headline({ ...r, groupBy: "none" }, totals[i]!, suppress), breakdown: [] }));
}
