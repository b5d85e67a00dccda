import { and, asc, eq, getTableColumns, gt, inArray, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { jurisdictions, trainingPrograms, trainingRules } from "../schema/index.ts";
import type { Database, Queryable } from "../types.ts";
import { prepared } from "../prepared.ts";
import { updateVersioned } from "../versioned.ts";
import { toTenths } from "../../domain/training/hours.ts";
import type { RuleChain, TrainingRuleVersion } from "../../domain/training/rules.ts";
import { pathIds, ruleScope } from "../../auth/training-scope.ts";

export type RuleRow = typeof trainingRules.$inferSelect & { jurisdictionPath: string };

function rulesWithPath(db: Queryable) {
  return db
    .select({ ...getTableColumns(trainingRules), jurisdictionPath: jurisdictions.path })
    .from(trainingRules)
    .innerJoin(jurisdictions, eq(jurisdictions.id, trainingRules.jurisdictionId));
}

/** Every rule version with its jurisdiction's path: rule sets are few (one or two per jurisdiction that sets its own). */
export function allRules(db: Database): Promise<RuleRow[]> {
  return prepared(db, "training_rules_all", (d) => rulesWithPath(d).prepare("training_rules_all")).execute();
}

function toDomainRule(row: typeof trainingRules.$inferSelect): TrainingRuleVersion {
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
    caps: row.caps.map((c) => ({
      bucket: c.bucket,
      maxHours: c.maxHours === null ? null : toTenths(c.maxHours),
      maxPercent: c.maxPercent,
    })),
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

/** A rule version with its jurisdiction's path (whoever may see it: the caller decides). */
export async function ruleById(db: Queryable, id: string): Promise<RuleRow | undefined> {
  const [row] = await rulesWithPath(db).where(eq(trainingRules.id, id));
  return row;
}

/** The same, locked for a write inside a transaction. */
export async function lockRule(tx: Queryable, id: string): Promise<RuleRow | undefined> {
  const [locked] = await tx.select({ id: trainingRules.id }).from(trainingRules).where(eq(trainingRules.id, id)).for("update");
  return locked ? ruleById(tx, id) : undefined;
}

export interface RuleListQuery {
  jurisdictionId?: string;
  /** Versions attached to this path's jurisdictions (the node and its ancestors: those that apply there). */
  appliesToPath?: string;
  after?: string;
  limit: number;
}

/** A page of the rule versions the principal may see, ordered by id. */
export function rulePage(db: Queryable, p: Principal, q: RuleListQuery): Promise<RuleRow[]> {
  const where: (SQL | undefined)[] = [ruleScope(p, sql`${jurisdictions.path}`)];
  if (q.jurisdictionId) where.push(eq(trainingRules.jurisdictionId, q.jurisdictionId));
  if (q.appliesToPath)
    where.push(
      sql`${trainingRules.jurisdictionId} = any(${sql.raw(
        `array[${pathIds(q.appliesToPath)
          .map((id) => `'${id}'`)
          .join(",")}]::uuid[]`,
      )})`,
    );
  if (q.after) where.push(gt(trainingRules.id, q.after));
  return rulesWithPath(db)
    .where(and(...where))
    .orderBy(asc(trainingRules.id))
    .limit(q.limit);
}

/** Which of these programme ids exist. */
export async function existingProgramIds(tx: Queryable, ids: string[]): Promise<Set<string>> {
  return new Set(
    (await tx.select({ id: trainingPrograms.id }).from(trainingPrograms).where(inArray(trainingPrograms.id, ids))).map((r) => r.id),
  );
}

export type RuleInsert = typeof trainingRules.$inferInsert;

export async function insertRule(tx: Queryable, values: RuleInsert): Promise<typeof trainingRules.$inferSelect> {
  const [created] = await tx.insert(trainingRules).values(values).returning();
  return created!;
}

/** Version-guarded update (NotFound / VersionConflict). */
export function updateRuleRow(tx: Queryable, id: string, expected: number | undefined, values: Partial<RuleInsert>) {
  return updateVersioned(tx, trainingRules, "Training rule", id, expected, values);
}
