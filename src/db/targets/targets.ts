import { eq, getTableColumns } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { canSeeJurisdiction } from "../../auth/scope.ts";
import { jurisdictions, targets } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { unitOf } from "../../domain/metrics/targets.ts";
import type { TargetTerms } from "../../domain/metrics/evaluation.ts";
import { NotFound, RuleViolation } from "../../domain/errors.ts";
import type { TargetInput } from "../../contract/targets.ts";

export type TargetRow = typeof targets.$inferSelect & { jurisdictionPath: string };

export function targetsWithPath(db: Queryable) {
  return db.select({ ...getTableColumns(targets), jurisdictionPath: jurisdictions.path }).from(targets).innerJoin(jurisdictions, eq(jurisdictions.id, targets.jurisdictionId));
}

/** A target the principal may see (its jurisdiction is in the principal's subtree), or 404. */
export async function findTarget(db: Queryable, principal: Principal, id: string): Promise<TargetRow> {
  const [row] = await targetsWithPath(db).where(eq(targets.id, id));
  if (!row || !canSeeJurisdiction(principal, row.jurisdictionPath)) throw new NotFound("Target", id);
  return row;
}

const num = (x: string | null) => (x === null ? null : Number(x));

export function toTarget(row: typeof targets.$inferSelect) {
  return {
    id: row.id,
    jurisdictionId: row.jurisdictionId,
    code: row.code,
    title: row.title,
    plan: { title: row.planTitle, from: row.planFrom, to: row.planTo },
    source: row.sourceDocument && row.sourceQuote ? { document: row.sourceDocument, quote: row.sourceQuote } : null,
    metric: row.metric,
    comparator: row.comparator,
    value: Number(row.value),
    tolerance: num(row.tolerance),
    unit: row.unit,
    deadline: row.deadline,
    notes: row.notes,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function termsOf(row: typeof targets.$inferSelect): TargetTerms {
  return { comparator: row.comparator, value: Number(row.value), tolerance: num(row.tolerance), deadline: row.deadline };
}

/** The table columns of a (partial) target body. */
export function targetColumns(body: Partial<TargetInput> & { status?: "active" | "archived" }) {
  const out: Partial<typeof targets.$inferInsert> = {};
  if (body.jurisdictionId !== undefined) out.jurisdictionId = body.jurisdictionId;
  if (body.code !== undefined) out.code = body.code;
  if (body.title !== undefined) out.title = body.title;
  if (body.plan !== undefined) Object.assign(out, { planTitle: body.plan.title, planFrom: body.plan.from, planTo: body.plan.to });
  if (body.source !== undefined) Object.assign(out, { sourceDocument: body.source?.document ?? null, sourceQuote: body.source?.quote ?? null });
  if (body.metric !== undefined) out.metric = body.metric;
  if (body.comparator !== undefined) out.comparator = body.comparator;
  if (body.value !== undefined) out.value = String(body.value);
  if (body.tolerance !== undefined) out.tolerance = body.tolerance === null ? null : String(body.tolerance);
  if (body.unit !== undefined) out.unit = body.unit;
  if (body.deadline !== undefined) out.deadline = body.deadline;
  if (body.notes !== undefined) out.notes = body.notes;
  if (body.status !== undefined) out.status = body.status;
  return out;
}

/**
 * Rules across fields: the unit must be the metric's (a share is stated in percent), `approx` needs a
 * tolerance. Returns 422 problems pointing at the field to fix.
 */
export function checkTargetTerms(t: Pick<TargetInput, "metric" | "unit" | "comparator" | "tolerance">): void {
  const want = unitOf(t.metric);
  if (t.unit !== want) throw new RuleViolation("The unit does not fit the metric", [{ pointer: "/unit", detail: `A ${t.metric.kind} metric yields ${want}` }]);
  if (t.comparator === "approx" && t.tolerance === null) {
    throw new RuleViolation("An approximate target needs a tolerance", [{ pointer: "/tolerance", detail: "How far from the value still counts as met (左右)" }]);
  }
}
