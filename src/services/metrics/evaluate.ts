import { seesSmallCells } from "../../auth/policy.ts";
import { canSeeJurisdiction } from "../../auth/scope.ts";
import { jurisdictionRef } from "../../db/jurisdictions/jurisdictions.ts";
import { evaluateMetricSql, evaluateTotalsSql, type GroupBy, type MetricCell } from "../../db/metrics/evaluate.ts";
import type { Database } from "../../db/types.ts";
import type { Metric } from "../../domain/metrics/definition.ts";
import { evaluateCell, summarise, withheldBreakdown, type TargetTerms } from "../../domain/metrics/evaluation.ts";
import { NotFound, RuleViolation } from "../../domain/errors.ts";
import { ruleContext } from "../../db/training/compliance.ts";
import type { Evaluation } from "../../contract/metrics.ts";
import type { Actor } from "../actor.ts";

export interface Jurisdiction {
  id: string;
  path: string;
}

/** The jurisdiction to evaluate: the one named (NotFound when unknown or outside scope), else the actor's own. */
export async function resolveJurisdiction(
  db: Database,
  actor: Actor,
  id: string | undefined,
  pointer: { parameter: string } | { pointer: string },
): Promise<Jurisdiction> {
  const { scope } = actor;
  const wanted = id ?? (scope.orgType === "jurisdiction" ? scope.orgId : undefined);
  if (!wanted)
    throw new RuleViolation("Name the jurisdiction to evaluate", [
      { ...pointer, detail: "Required for a caller not bound to a jurisdiction" },
    ]);
  const j = await jurisdictionRef(db, wanted);
  if (!j || !canSeeJurisdiction(scope, j.path)) throw new NotFound("Jurisdiction", wanted);
  return j;
}

export interface EvaluateRequest {
  metric: Metric;
  jurisdiction: Jurisdiction;
  asOf: string;
  /** Knowledge time for the training records (training_compliance only; default now). */
  knownAt?: string;
  groupBy: GroupBy;
  terms: TargetTerms | null;
  targetId: string | null;
}

/** The rule context a training-compliance metric compiles with (other kinds need none). */
export async function complianceFor(db: Database, m: Metric, asOf: string, path: string, knownAt?: string) {
  if (m.kind !== "training_compliance") return undefined;
  const ctx = await ruleContext(db, asOf, m.cycle, path, knownAt);
  return { rules: ctx.json, knownAt: ctx.knownAt, shape: ctx.shape };
}

/**
 * Evaluate a metric over a jurisdiction's subtree as of a date: one SQL statement for the total and
 * the breakdown, then the domain shapes each cell (value, met, gap; small cells suppressed for actors
 * without `reports.small_cells.read`, i.e. aggregate-only readers).
 */
export async function evaluate(db: Database, actor: Actor, r: EvaluateRequest): Promise<Evaluation> {
  const compliance = await complianceFor(db, r.metric, r.asOf, r.jurisdiction.path, r.knownAt);
  const { total, units } = await evaluateMetricSql(db, {
    metric: r.metric,
    path: r.jurisdiction.path,
    jurisdictionId: r.jurisdiction.id,
    asOf: r.asOf,
    groupBy: r.groupBy,
    compliance,
  });
  const suppress = !seesSmallCells(actor.scope.role);
  const cells = units.map((u) => {
    const cell = evaluateCell(r.metric, u, r.terms);
    return { ...cell, unitType: cell.unitType as "school" | "jurisdiction", unitId: cell.unitId!, unitName: cell.unitName ?? "" };
  });
  return { ...headline(r, total, suppress), breakdown: suppress ? withheldBreakdown(cells) : cells };
}

function headline(r: EvaluateRequest, total: MetricCell, suppress: boolean): Omit<Evaluation, "breakdown"> {
  return {
    targetId: r.targetId,
    jurisdictionId: r.jurisdiction.id,
    asOf: r.asOf,
    groupBy: r.groupBy,
    metricKind: r.metric.kind,
    ...summarise(r.metric, total, r.terms, r.asOf, suppress),
  };
}

/** Many evaluations without breakdown (a report of every target) in one statement. */
export async function evaluateTotals(db: Database, actor: Actor, requests: Omit<EvaluateRequest, "groupBy">[]): Promise<Evaluation[]> {
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
  const suppress = !seesSmallCells(actor.scope.role);
  return requests.map((r, i) => ({ ...headline({ ...r, groupBy: "none" }, totals[i]!, suppress), breakdown: [] }));
}
