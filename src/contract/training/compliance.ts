import { z } from "@hono/zod-openapi";
import { COMPLIANCE_STATUSES, PRO_RATE_METHODS, TRAINING_BUCKETS, TRAINING_CATEGORIES } from "../../domain/vocab.ts";
import { isoDate, pageQuery, pageSchema, pathId } from "../../lib/http.ts";
import { knownAtQuery } from "./shared.ts";
import { ruleSchema } from "./rules.ts";

const NOT_ELIGIBLE_REASONS = ["no_rule", "no_cycle", "not_in_service", "cycle_not_started", "years_of_teaching"] as const;
const CHECK_CODES = ["cycle_total", "minimum", "cap", "year_minimum", "requirement"] as const;
const RECORD_STATUSES_AS_OF = ["verified", "pending", "rejected"] as const;

const split = { verified: z.number(), pending: z.number() };

const checkSchema = z
  .object({
    code: z.enum(CHECK_CODES).openapi({ description: "cycle_total, minimum (a bucket), cap (a bucket), year_minimum, requirement" }),
    bucket: z.enum(TRAINING_BUCKETS).nullable(),
    year: z.number().int().nullable(),
    requirementCode: z.string().nullable(),
    from: isoDate,
    to: isoDate,
    required: z.number().openapi({ description: "Hours required (for a cap: the most hours that count)" }),
    hours: z.number().openapi({ description: "Verified hours toward it (cycle_total: after caps; cap: verified hours in the bucket)" }),
    pending: z.number(),
    excluded: z.number().nullable().openapi({ description: "Caps: verified hours over the cap, not counted" }),
    passed: z.boolean(),
    closed: z.boolean().openapi({ description: "The window has ended on or before asOf, so a failure is final" }),
    recordIds: z.array(z.uuid()).openapi({ description: "Verified records that count toward the check" }),
    pendingRecordIds: z.array(z.uuid()).openapi({ description: "Submitted records that would count once verified" }),
  })
  .openapi("TrainingComplianceCheck");

export const complianceSchema = z
  .object({
    teacherId: z.uuid(),
    asOf: isoDate,
    knownAt: z.iso.datetime().openapi({ description: "The knowledge instant evaluated (the request's, or the time of the request)" }),
    status: z.enum(COMPLIANCE_STATUSES),
    notEligibleReason: z.enum(NOT_ELIGIBLE_REASONS).nullable(),
    schoolId: z.uuid().nullable().openapi({ description: "The home school whose jurisdiction chain gave the rule" }),
    rule: ruleSchema.nullable().openapi({ description: "The rule version applied" }),
    cycle: z
      .object({ number: z.number().int(), from: isoDate, to: isoDate })
      .nullable()
      .openapi({ description: "The cycle window (inclusive dates)" }),
    evaluatedOn: isoDate.nullable().openapi({ description: "asOf, or the cycle's last day if it ended earlier" }),
    obligationFrom: isoDate.nullable().openapi({ description: "Cycle start, or the day the teacher became eligible if later" }),
    proRating: z
      .object({ method: z.enum(PRO_RATE_METHODS), numerator: z.number().int(), denominator: z.number().int() })
      .nullable()
      .openapi({ description: "The fraction of the cycle's hours required of a teacher who joined mid-cycle" }),
    requiredBeforeProRating: z.number(),
    required: z.number(),
    expectedToDate: z.number().openapi({ description: "The straight-line share of the required hours for the days elapsed" }),
    verified: z.number().openapi({ description: "Verified hours in the cycle" }),
    counted: z.number().openapi({ description: "Verified hours that count after caps" }),
    excluded: z.number().openapi({ description: "Verified hours over a cap" }),
    pending: z.number().openapi({ description: "Submitted hours in the cycle awaiting verification" }),
    shortfall: z.number().openapi({ description: "required − counted, at least 0" }),
    byCategory: z.array(z.object({ category: z.enum(TRAINING_CATEGORIES), ...split })),
    byYear: z.array(z.object({ year: z.number().int(), ...split })),
    schoolBased: z.object(split),
    checks: z.array(checkSchema),
    records: z
      .array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          category: z.enum(TRAINING_CATEGORIES),
          schoolBased: z.boolean(),
          hours: z.number(),
          completedOn: isoDate,
          statusAsOf: z.enum(RECORD_STATUSES_AS_OF),
          inCycle: z.boolean(),
          rejectionReason: z.string().nullable(),
        }),
      )
      .openapi({
        description:
          "Every record completed by asOf and recorded by knownAt that the evaluation looked at, with its status on asOf as known at knownAt",
      }),
  })
  .openapi("TrainingCompliance", {
    example: {
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      asOf: "2024-06-30",
      status: "on_track",
      notEligibleReason: null,
      schoolId: "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
      rule: null,
      cycle: { number: 4, from: "2021-01-01", to: "2025-12-31" },
      evaluatedOn: "2024-06-30",
      obligationFrom: "2021-01-01",
      proRating: null,
      requiredBeforeProRating: 360,
      required: 360,
      expectedToDate: 251.2,
      verified: 268,
      counted: 260,
      excluded: 8,
      pending: 12,
      shortfall: 100,
      byCategory: [{ category: "ethics", verified: 40, pending: 0 }],
      byYear: [{ year: 2021, verified: 72, pending: 0 }],
      schoolBased: { verified: 188, pending: 0 },
      checks: [],
      records: [],
    },
  });

export const complianceSummarySchema = z
  .object({
    teacherId: z.uuid(),
    teacherName: z.string(),
    schoolId: z.uuid().nullable(),
    schoolName: z.string().nullable(),
    status: z.enum(COMPLIANCE_STATUSES),
    notEligibleReason: z.enum(NOT_ELIGIBLE_REASONS).nullable(),
    ruleId: z.uuid().nullable(),
    cycle: z.number().int().nullable(),
    cycleFrom: isoDate.nullable(),
    cycleTo: isoDate.nullable(),
    required: z.number(),
    expectedToDate: z.number(),
    verified: z.number(),
    counted: z.number(),
    pending: z.number(),
    shortfall: z.number(),
  })
  .openapi("TrainingComplianceSummary");

export const compliancePageSchema = pageSchema(complianceSummarySchema, "TrainingCompliancePage");

const evaluationQuery = {
  asOf: isoDate.optional().openapi({
    description:
      "Business date (valid time, default today UTC): a record counts when completed on or before it and verified with a decision " +
      "date (`decidedOn`) on or before it, whenever that decision was recorded",
  }),
  knownAt: knownAtQuery,
  cycle: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: "Cycle number (default: the one containing asOf)" }),
};

export const complianceQuery = z.object(evaluationQuery);

export const complianceListQuery = pageQuery.extend({
  ...evaluationQuery,
  jurisdictionId: z.uuid().optional().openapi({ description: "Teachers assigned on asOf to a school in this jurisdiction's subtree" }),
  schoolId: z.uuid().optional().openapi({ description: "Teachers assigned to this school on asOf" }),
  status: z.enum(COMPLIANCE_STATUSES).optional(),
});

export const teacherParams = z.object({ teacherId: pathId("teacherId") });
