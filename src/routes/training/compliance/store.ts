import { and, asc, gt, inArray, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../../auth/principal.ts";
import { teacherScope } from "../../../auth/scope.ts";
import { trainingRecords } from "../../../db/schema/index.ts";
import { teacherAttributeConditions } from "../../../db/teacher-filters.ts";
import { complianceFrom, entryFor, ruleEntry, type RuleEntry } from "../../../db/training-compliance.ts";
import type { Database } from "../../../db/types.ts";
import { endOfDay } from "../../../domain/training/calendar.ts";
import { evaluateCompliance, type RecordFacts, type TeacherFacts } from "../../../domain/training/compliance.ts";
import { toTenths } from "../../../domain/training/hours.ts";
import { resolveRule, type RuleResolution } from "../../../domain/training/rules.ts";
import type { ComplianceStatus, TeacherStatus, TrainingCategory } from "../../../domain/vocab.ts";
import { allRules, chainFor } from "../rules/store.ts";

/** The rule resolution for every jurisdiction that has rule versions: the inputs of both the SQL and the domain evaluation. */
export interface RuleContext {
  asOf: string;
  cut: string;
  entries: (RuleEntry & { resolution: RuleResolution })[];
  json: string;
}

export async function ruleContext(db: Database, asOf: string, cycle?: number): Promise<RuleContext> {
  const rules = await allRules(db);
  const paths = [...new Set(rules.map((r) => r.jurisdictionPath))];
  const entries = paths.map((path) => {
    const resolution = resolveRule(chainFor(rules, path), asOf, cycle);
    return { ...ruleEntry(path, resolution), resolution };
  });
  const json = JSON.stringify(entries.map(({ resolution: _r, ...e }) => e));
  return { asOf, cut: new Date(endOfDay(asOf)).toISOString(), entries, json };
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
  sqlStatus?: ComplianceStatus;
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

/** One query for a page of teachers with their home school (and, to filter by it, the SQL status). */
export async function teacherPage(db: Database, ctx: RuleContext, q: TeacherQuery): Promise<TeacherRow[]> {
  const asOf = sql`${ctx.asOf}`;
  const withStatus = q.status !== undefined;
  const where: (SQL | undefined)[] = [
    teacherScope(q.principal),
    ...teacherAttributeConditions({ schoolId: q.schoolId, jurisdictionPath: q.jurisdictionPath }, asOf),
    ...(q.where ?? []),
  ];
  if (q.status) where.push(sql`cs.status = ${q.status}`);
  if (q.after) where.push(gt(sql`"teachers"."id"`, q.after));
  const rows = await db
    .select({
      id: sql<string>`"teachers"."id"`,
      name: sql<string>`"teachers"."name"`,
      teachingStart: sql<string | null>`coalesce("teachers"."teaching_start_date", "teachers"."hire_date")`,
      status: sql<TeacherStatus>`"teachers"."status"`,
      endedOn: sql<string | null>`"teachers"."ended_on"`,
      schoolId: sql<string | null>`home.school_id`,
      schoolName: sql<string | null>`home.school_name`,
      schoolPath: sql<string | null>`home.school_path`,
      ...(withStatus ? { sqlStatus: sql<ComplianceStatus>`cs.status` } : {}),
    })
    .from(complianceFrom(asOf, sql`${ctx.cut}`, sql`${ctx.json}`, withStatus))
    .where(and(...where))
    .orderBy(asc(sql`"teachers"."id"`))
    .limit(q.limit)
    .prepare("training_compliance_page")
    .execute();
  return rows as TeacherRow[];
}

/** One query for the records of many teachers that an evaluation as of ctx.asOf can look at. */
export async function recordFacts(db: Database, ctx: RuleContext, teacherIds: string[]): Promise<Map<string, RecordFacts[]>> {
  const out = new Map<string, RecordFacts[]>(teacherIds.map((id) => [id, []]));
  const los = ctx.entries.map((e) => e.lo).filter((x): x is string => !!x);
  if (teacherIds.length === 0 || los.length === 0) return out;
  const lo = los.reduce((a, b) => (a < b ? a : b));
  const rows = await db
    .select({
      teacherId: trainingRecords.teacherId,
      id: trainingRecords.id,
      hours: trainingRecords.hours,
      category: trainingRecords.category,
      schoolBased: trainingRecords.schoolBased,
      completedOn: trainingRecords.completedOn,
      programId: trainingRecords.programId,
      submittedAt: sql<number>`(extract(epoch from ${trainingRecords.submittedAt}) * 1000)::float8`,
      verifiedAt: sql<number | null>`(extract(epoch from ${trainingRecords.verifiedAt}) * 1000)::float8`,
      rejectedAt: sql<number | null>`(extract(epoch from ${trainingRecords.rejectedAt}) * 1000)::float8`,
    })
    .from(trainingRecords)
    .where(
      and(
        inArray(trainingRecords.teacherId, teacherIds),
        sql`${trainingRecords.completedOn} between ${lo}::date and ${ctx.asOf}::date`,
        sql`${trainingRecords.submittedAt} < ${ctx.cut}::timestamptz`,
        sql`(${trainingRecords.rejectedAt} is null or ${trainingRecords.rejectedAt} >= ${ctx.cut}::timestamptz)`,
      ),
    )
    .prepare("training_compliance_records")
    .execute();
  for (const r of rows) {
    out.get(r.teacherId)!.push({
      id: r.id,
      hours: toTenths(r.hours),
      category: r.category as TrainingCategory,
      schoolBased: r.schoolBased,
      completedOn: r.completedOn,
      programId: r.programId,
      submittedAt: Number(r.submittedAt),
      verifiedAt: r.verifiedAt === null ? null : Number(r.verifiedAt),
      rejectedAt: r.rejectedAt === null ? null : Number(r.rejectedAt),
    });
  }
  return out;
}

export function teacherFacts(t: TeacherRow): TeacherFacts {
  return { id: t.id, teachingStart: t.teachingStart, status: t.status, endedOn: t.endedOn };
}

/** Evaluate a page of teachers: two queries in all, whatever the page size. */
export async function evaluatePage(db: Database, ctx: RuleContext, teachers: TeacherRow[]) {
  const records = await recordFacts(db, ctx, teachers.map((t) => t.id));
  return teachers.map((t) => {
    const result = evaluateCompliance({ asOf: ctx.asOf, teacher: teacherFacts(t), resolution: resolutionFor(ctx, t.schoolPath), records: records.get(t.id)! });
    return { teacher: t, result };
  });
}

/** Keep the SQL filter and the domain function honest: a mismatch is a bug worth a log line. */
export function statusMismatches(evaluated: { teacher: TeacherRow; result: { status: ComplianceStatus } }[]) {
  return evaluated.filter((e) => e.teacher.sqlStatus !== undefined && e.teacher.sqlStatus !== e.result.status).map((e) => e.teacher.id);
}
