import { recordsCompletedBy } from "../../db/training/record-lists.ts";
import { complianceTeacher, resolutionFor, ruleContext, teacherFacts } from "../../db/training/compliance.ts";
import type { RecordRow } from "../../db/training/records.ts";
import { allRules, type RuleRow } from "../../db/training/rules.ts";
import type { Database } from "../../db/types.ts";
import { NotFound } from "../../domain/errors.ts";
import { evaluateCompliance, type ComplianceResult } from "../../domain/training/compliance.ts";
import { toTenths } from "../../domain/training/hours.ts";
import type { Actor } from "../actor.ts";

export interface TeacherCompliance {
  result: ComplianceResult;
  /** The teacher's home school on asOf. */
  schoolId: string | null;
  /** The rule version applied, as stored. */
  ruleRow: RuleRow | undefined;
  /** The records the evaluation read (completed by asOf; as stored now, their status then is in the result). */
  records: RecordRow[];
}

/**
 * A teacher's cycle compliance as of a date, explained: the rule that applies to their home school,
 * and the domain evaluation over their records (the list pages compute the same in SQL).
 */
export async function evaluateTeacherCompliance(
  db: Database,
  actor: Actor,
  input: { teacherId: string; asOf: string; cycle?: number; knownAt?: string },
): Promise<TeacherCompliance> {
  const ctx = await ruleContext(db, input.asOf, input.cycle, undefined, input.knownAt);
  const teacher = await complianceTeacher(db, ctx, actor.scope, input.teacherId);
  if (!teacher) throw new NotFound("Teacher", input.teacherId);
  const rows = await recordsCompletedBy(db, input.teacherId, ctx.asOf);
  const result = evaluateCompliance({
    asOf: ctx.asOf,
    knownAt: Date.parse(ctx.knownAt),
    teacher: teacherFacts(teacher),
    resolution: resolutionFor(ctx, teacher.schoolPath),
    records: rows.map((r) => ({
      id: r.id,
      hours: toTenths(r.hours),
      category: r.category,
      schoolBased: r.schoolBased,
      completedOn: r.completedOn,
      programId: r.programId,
      submittedAt: r.submittedAt.getTime(),
      verifiedAt: r.verifiedAt?.getTime() ?? null,
      rejectedAt: r.rejectedAt?.getTime() ?? null,
      verifiedOn: r.verifiedOn,
      rejectedOn: r.rejectedOn,
    })),
  });
  const ruleRow = result.rule ? (await allRules(db)).find((r) => r.id === result.rule!.id) : undefined;
  return { result, schoolId: teacher.schoolId, ruleRow, records: rows };
}
