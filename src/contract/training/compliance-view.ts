import type { z } from "@hono/zod-openapi";
import type { ComplianceResult } from "../../domain/training/compliance.ts";
import { fromTenths } from "../../domain/training/hours.ts";
import type { complianceSchema, complianceSummarySchema } from "./compliance.ts";
import type { trainingRecords, trainingRules } from "../../db/schema/index.ts";
import { hoursOut } from "./shared.ts";
import { toRule } from "./rules.ts";

const h = fromTenths;

export const SUMMARY_CSV_HEADER = [
  "teacherId",
  "teacherName",
  "schoolId",
  "schoolName",
  "status",
  "notEligibleReason",
  "ruleId",
  "cycle",
  "cycleFrom",
  "cycleTo",
  "required",
  "expectedToDate",
  "verified",
  "counted",
  "pending",
  "shortfall",
];

export function summaryCells(s: z.infer<typeof complianceSummarySchema>) {
  return [
    s.teacherId,
    s.teacherName,
    s.schoolId,
    s.schoolName,
    s.status,
    s.notEligibleReason,
    s.ruleId,
    s.cycle,
    s.cycleFrom,
    s.cycleTo,
    s.required,
    s.expectedToDate,
    s.verified,
    s.counted,
    s.pending,
    s.shortfall,
  ];
}

interface RecordDetail {
  id: string;
  title: string;
  category: z.infer<typeof complianceSchema>["records"][number]["category"];
  schoolBased: boolean;
  hours: number;
  completedOn: string;
  rejectionReason: string | null;
}

/** What the evaluation's records list shows of each record, by id. */
export function recordDetails(rows: (typeof trainingRecords.$inferSelect)[]): Map<string, RecordDetail> {
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        title: r.title,
        category: r.category,
        schoolBased: r.schoolBased,
        hours: hoursOut(r.hours),
        completedOn: r.completedOn,
        rejectionReason: r.rejectionReason,
      },
    ]),
  );
}

export function toCompliance(
  teacherId: string,
  schoolId: string | null,
  knownAt: string,
  r: ComplianceResult,
  ruleRow: typeof trainingRules.$inferSelect | undefined,
  details: Map<string, RecordDetail>,
): z.infer<typeof complianceSchema> {
  return {
    teacherId,
    asOf: r.asOf,
    knownAt,
    status: r.status,
    notEligibleReason: r.notEligibleReason,
    schoolId,
    rule: ruleRow ? toRule(ruleRow) : null,
    cycle: r.window,
    evaluatedOn: r.evaluatedOn,
    obligationFrom: r.obligationFrom,
    proRating: r.proRating,
    requiredBeforeProRating: h(r.requiredBeforeProRating),
    required: h(r.required),
    expectedToDate: h(r.expectedToDate),
    verified: h(r.verified),
    counted: h(r.counted),
    excluded: h(r.excluded),
    pending: h(r.pending),
    shortfall: h(r.shortfall),
    byCategory: r.byCategory.map((x) => ({ category: x.category, verified: h(x.verified), pending: h(x.pending) })),
    byYear: r.byYear.map((x) => ({ year: x.year, verified: h(x.verified), pending: h(x.pending) })),
    schoolBased: { verified: h(r.schoolBased.verified), pending: h(r.schoolBased.pending) },
    checks: r.checks.map((c) => ({
      code: c.code,
      bucket: c.bucket ?? null,
      year: c.year ?? null,
      requirementCode: c.requirementCode ?? null,
      from: c.from,
      to: c.to,
      required: h(c.required),
      hours: h(c.hours),
      pending: h(c.pending),
      excluded: c.excluded === undefined ? null : h(c.excluded),
      passed: c.passed,
      closed: c.closed,
      recordIds: c.recordIds,
      pendingRecordIds: c.pendingRecordIds,
    })),
    records: r.records.map((x) => {
      const d = details.get(x.id)!;
      // The reason belongs to a rejection the register showed then, not to one recorded later.
      return {
        ...d,
        rejectionReason: x.statusAsOf === "rejected" ? d.rejectionReason : null,
        statusAsOf: x.statusAsOf,
        inCycle: x.inCycle,
      };
    }),
  };
}
