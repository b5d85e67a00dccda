import { eq, getTableColumns } from "drizzle-orm";
import { jurisdictions, trainingRules } from "../schema/index.ts";
import type { Database, Queryable } from "../types.ts";
import { prepared } from "../prepared.ts";
import { toTenths } from "../../domain/training/hours.ts";
import type { RuleChain, TrainingRuleVersion } from "../../domain/training/rules.ts";
import { pathIds } from "../../auth/training-scope.ts";

export type RuleRow = typeof trainingRules.$inferSelect & { jurisdictionPath: string };

export function rulesWithPath(db: Queryable) {
  return db
    .select({ ...getTableColumns(trainingRules), jurisdictionPath: jurisdictions.path })
    .from(trainingRules)
    .innerJoin(jurisdictions, eq(jurisdictions.id, trainingRules.jurisdictionId));
}

/** Every rule version with its jurisdiction's path: rule sets are few (one or two per jurisdiction that sets its own). */
export function allRules(db: Database): Promise<RuleRow[]> {
  return prepared(db, "training_rules_all", (d) => rulesWithPath(d).prepare("training_rules_all")).execute();
}

export function toDomainRule(row: typeof trainingRules.$inferSelect): TrainingRuleVersion {
  return {
    id: row.id,
    jurisdictionId: row.jurisdictionId,
    name: row.name,
    effectiveFrom: row.effectiveFrom,
    cycleYears: row.cycleYears,
    anchorYear: row.anchorYear,
    hoursPerCycle: toTenths(row.hoursPerCycle),
    minHoursPerYear: row.minHoursPerYear === null ? null : toTenths(row.minHoursPerYear),
    minYearsOfTeaching: row.minYearsOfTeaching,
    proRate: row.proRate,
    minimums: row.minimums.map((m) => ({ bucket: m.bucket, hours: toTenths(m.hours) })),
    caps: row.caps.map((c) => ({ bucket: c.bucket, maxHours: c.maxHours === null ? null : toTenths(c.maxHours), maxPercent: c.maxPercent })),
    requirements: row.requirements.map((q) => ({ ...q, hours: toTenths(q.hours) })),
  };
}

/** The rule chain of an org path (a school's or a jurisdiction's): versions per ancestor jurisdiction, nearest first. */
export function chainFor(rules: RuleRow[], path: string): RuleChain {
  const byJurisdiction = new Map<string, TrainingRuleVersion[]>();
  for (const r of rules) {
    const list = byJurisdiction.get(r.jurisdictionId) ?? [];
    list.push(toDomainRule(r));
    byJurisdiction.set(r.jurisdictionId, list);
  }
  return pathIds(path)
    .reverse()
    .map((id) => byJurisdiction.get(id))
    .filter((v): v is TrainingRuleVersion[] => !!v);
}
