import { and, asc, gt, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { teacherAttributeConditions } from "../teachers/filters.ts";
import { complianceFrom, type ComplianceShape } from "./compliance-sql.ts";
import { entryFor, ruleEntry, shapeOf, type RuleEntry } from "./compliance-entries.ts";
import type { Database } from "../types.ts";
import type { NotEligibleReason, TeacherFacts } from "../../domain/training/compliance.ts";
import { resolveRule, type RuleResolution } from "../../domain/training/rules.ts";
import type { ComplianceStatus, TeacherStatus } from "../../domain/vocab.ts";
import { allRules, chainFor } from "./rules.ts";

/** The rule resolution for every jurisdiction that has rule versions: the inputs of both the SQL and the domain evaluation. */
export interface RuleContext {
  asOf: string;
  /** Knowledge time: the instant whose register is evaluated (ISO 8601). */
  knownAt: string;
  entries: (RuleEntry & { resolution: RuleResolution })[];
  json: string;
  shape: ComplianceShape;
}

/**
 * `within`: the path of the subtree being listed; entries of jurisdictions neither above nor below it
 * cannot apply to anyone listed, and leaving them out keeps the SQL to the sums the relevant rules need.
 */
export async function ruleContext(
  db: Database,
  asOf: string,
  cycle?: number,
  within?: string,
  knownAt: string = new Date().toISOString(),
): Promise<RuleContext> {
  const rules = await allRules(db);
  const related = (path: string) => !within || path.startsWith(within) || within.startsWith(path);
  const paths = [...new Set(rules.map((r) => r.jurisdictionPath))].filter(related);
  const entries = paths.map((path) => {
    const resolution = resolveRule(chainFor(rules, path), asOf, cycle);
    return { ...ruleEntry(path, resolution), resolution };
  });
  const json = JSON.stringify(entries.map(({ resolution: _r, ...e }) => e));
  return { asOf, knownAt, entries, json, shape: shapeOf(entries) };
}

export function resolutionFor(ctx: RuleContext, schoolPath: string | null): RuleResolution {
  return entryFor(ctx.entries, schoolPath)?.resolution ?? { rule: null, window: null, reason: "no_rule" };
}

export interface TeacherRow {
  id: string;
  name: string;
  teachingStart: string | null;
  status: TeacherStatus;
  endedOn: string | null;
  schoolId: string | null;
  schoolName: string | null;
  schoolPath: string | null;
}

export interface TeacherQuery {
  principal: Principal;
  where?: SQL[];
  jurisdictionPath?: string;
  schoolId?: string;
  status?: ComplianceStatus;
  after?: string;
  limit: number;
}

const teacherColumns = {
  id: sql<string>`"teachers"."id"`,
  name: sql<string>`"teachers"."name"`,
  teachingStart: sql<string | null>`coalesce("teachers"."teaching_start_date", "teachers"."hire_date")`,
  status: sql<TeacherStatus>`"teachers"."status"`,
  endedOn: sql<string | null>`"teachers"."ended_on"`,
  schoolId: sql<string | null>`home.id`,
  schoolName: sql<string | null>`home.name`,
  schoolPath: sql<string | null>`home.path`,
};

function conditions(ctx: RuleContext, q: TeacherQuery): (SQL | undefined)[] {
  const where: (SQL | undefined)[] = [
    teacherScope(q.principal),
    ...teacherAttributeConditions({ schoolId: q.schoolId, jurisdictionPath: q.jurisdictionPath }, sql`${ctx.asOf}`),
    ...(q.where ?? []),
  ];
  if (q.status) where.push(sql`cs.status = ${q.status}`);
  if (q.after) where.push(gt(sql`"teachers"."id"`, q.after));
  return where;
}

/** Teachers with their home school on ctx.asOf (what the per-teacher evaluation starts from). */
async function teacherPage(db: Database, ctx: RuleContext, q: TeacherQuery): Promise<TeacherRow[]> {
  return db
    .select(teacherColumns)
    .from(complianceFrom(sql`${ctx.asOf}`, sql`${ctx.knownAt}`, sql`${ctx.json}`))
    .where(and(...conditions(ctx, q)))
    .orderBy(asc(sql`"teachers"."id"`))
    .limit(q.limit)
    .prepare("training_compliance_teachers")
    .execute();
}

/** One teacher in scope with their home school on ctx.asOf (the statement of teacherPage), or undefined. */
export async function complianceTeacher(
  db: Database,
  ctx: RuleContext,
  principal: Principal,
  teacherId: string,
): Promise<TeacherRow | undefined> {
  const [teacher] = await teacherPage(db, ctx, { principal, where: [sql`"teachers"."id" = ${teacherId}`], limit: 1 });
  return teacher;
}

/** Hours in tenths (bigint arrives as a string from postgres.js, a number from PGlite). */
const tenths = (x: SQL) => sql<string | number>`${x}`.mapWith(Number);

/**
 * A page of compliance summaries in ONE query: the status and the hours come from the SQL in
 * src/db/training/compliance-sql.ts, which mirrors evaluateCompliance (the tests hold the list to the
 * per-teacher evaluation, teacher by teacher). Hours are tenths.
 */
export async function summaryPage(db: Database, ctx: RuleContext, q: TeacherQuery) {
  return db
    .select({
      teacherId: teacherColumns.id,
      teacherName: teacherColumns.name,
      schoolId: teacherColumns.schoolId,
      schoolName: teacherColumns.schoolName,
      status: sql<ComplianceStatus>`cs.status`,
      notEligibleReason: sql<NotEligibleReason | null>`ne.reason`,
      ruleId: sql<string | null>`case when rule.rule_id is null then null else rule.rule_id end`,
      cycle: sql<number | null>`rule.n`,
      cycleFrom: sql<string | null>`rule.wfrom::text`,
      cycleTo: sql<string | null>`rule.wto::text`,
      required: tenths(sql`case when ne.reason is null then rq.req else 0 end`),
      expectedToDate: tenths(sql`coalesce(ex.expected, 0)`),
      verified: tenths(sql`case when ne.reason is null then hs.verified else 0 end`),
      counted: tenths(sql`case when ne.reason is null then ck0.counted else 0 end`),
      pending: tenths(sql`case when ne.reason is null then hs.pending else 0 end`),
      shortfall: tenths(sql`case when ne.reason is null then greatest(0, rq.req - ck0.counted) else 0 end`),
    })
    .from(complianceFrom(sql`${ctx.asOf}`, sql`${ctx.knownAt}`, sql`${ctx.json}`, ctx.shape))
    .where(and(...conditions(ctx, q)))
    .orderBy(asc(sql`"teachers"."id"`))
    .limit(q.limit)
    .prepare("training_compliance_page")
    .execute();
}

export function teacherFacts(t: TeacherRow): TeacherFacts {
  return { id: t.id, teachingStart: t.teachingStart, status: t.status, endedOn: t.endedOn };
}
