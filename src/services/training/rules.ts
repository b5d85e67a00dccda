import { relatedToPrincipal } from "../../auth/training-scope.ts";
import { pathInScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { lockOrgPath } from "../../db/training/org-paths.ts";
import { existingProgramIds, insertRule, lockRule, updateRuleRow } from "../../db/training/rules.ts";
import type { Database, Tx } from "../../db/types.ts";
import { Conflict, invalidReference, NotFound, RuleViolation, ScopeViolation } from "../../domain/errors.ts";
import type { RuleCreate, RuleUpdate } from "../../contract/training/rules.ts";
import { hoursIn } from "../../contract/training/shared.ts";
import type { Actor } from "../actor.ts";

/** Requirements may name programmes: they must exist. */
async function checkRequirementPrograms(tx: Tx, requirements: RuleCreate["requirements"]): Promise<void> {
  const ids = requirements.map((r) => r.programId).filter((x): x is string => !!x);
  if (!ids.length) return;
  const found = await existingProgramIds(tx, ids);
  const i = requirements.findIndex((r) => r.programId && !found.has(r.programId));
  if (i >= 0)
    throw new RuleViolation("A requirement names an unknown programme", [
      { pointer: `/requirements/${i}/programId`, detail: "No programme with this id" },
    ]);
}

/** The columns of a rule's fields (hours as numeric text). */
function ruleColumns<T extends { hoursPerCycle?: number; minHoursPerYear?: number | null }>(body: T): Record<string, unknown> {
  const out: Record<string, unknown> = { ...body };
  if (body.hoursPerCycle !== undefined) out.hoursPerCycle = hoursIn(body.hoursPerCycle);
  if (body.minHoursPerYear !== undefined) out.minHoursPerYear = body.minHoursPerYear === null ? null : hoursIn(body.minHoursPerYear);
  return out;
}

/** A new rule version for a jurisdiction in the actor's subtree (one per jurisdiction and date). */
export function createRule(db: Database, actor: Actor, input: RuleCreate) {
  return db.transaction(async (tx) => {
    const path = await lockOrgPath(tx, { jurisdictionId: input.jurisdictionId });
    if (!path || !pathInScope(actor.scope, path)) throw invalidReference("/jurisdictionId", "Jurisdiction", input.jurisdictionId);
    await checkRequirementPrograms(tx, input.requirements);
    const created = await insertRule(tx, ruleColumns(input) as Parameters<typeof insertRule>[1]);
    await recordAudit(tx, actor, { action: "create", entity: "TrainingRule", entityId: created.id, orgPath: path, after: created });
    return created;
  });
}

export interface RuleChange {
  ruleId: string;
  /** The version the caller read (If-Match), if it sent one. */
  expected?: number;
  changes: RuleUpdate;
  /** The business date: only a version not yet in force on it may change. */
  today: string;
}

/** Correct a rule version that is not yet in force (a version in force is immutable: past evaluations stay reproducible). */
export function updateRule(db: Database, actor: Actor, input: RuleChange) {
  const { ruleId, changes: body, today } = input;
  return db.transaction(async (tx) => {
    const current = await lockRule(tx, ruleId);
    if (!current || !relatedToPrincipal(actor.scope, current.jurisdictionPath)) throw new NotFound("Training rule", ruleId);
    if (!pathInScope(actor.scope, current.jurisdictionPath))
      throw new ScopeViolation("The rule belongs to a jurisdiction above the caller's");
    if (current.effectiveFrom <= today)
      throw new Conflict(`This version has been in force since ${current.effectiveFrom}; add a new version instead`);
    if (body.effectiveFrom !== undefined && body.effectiveFrom <= today) {
      throw new RuleViolation("A correction cannot bring a version into force in the past", [
        { pointer: "/effectiveFrom", detail: `Must be after ${today}` },
      ]);
    }
    if (body.requirements) await checkRequirementPrograms(tx, body.requirements);
    const updated = await updateRuleRow(tx, ruleId, input.expected, ruleColumns(body));
    await recordAudit(tx, actor, {
      action: "update",
      entity: "TrainingRule",
      entityId: ruleId,
      orgPath: current.jurisdictionPath,
      before: current,
      after: updated,
    });
    return updated;
  });
}
