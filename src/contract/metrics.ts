import { z } from "@hono/zod-openapi";
import { metricSchema } from "../domain/metrics/definition.ts";
import { COMPARATORS, TARGET_UNITS } from "../domain/metrics/targets.ts";
import { isoDate, knownAtParam } from "../lib/http.ts";

export const GROUP_BY = ["none", "school", "jurisdiction"] as const;

const evaluatedCellSchema = z
  .object({
    unitType: z.enum(["school", "jurisdiction"]),
    unitId: z.uuid(),
    unitName: z.string(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    value: z
      .number()
      .nullable()
      .openapi({ description: "In the metric's unit (percent for shares); null when suppressed or undefined (no one in the cell)" }),
    population: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "People (enrolments, for training rates; schools, for coverage) the cell covers" }),
    met: z.boolean().nullable().openapi({ description: "Whether this cell alone meets the target (null without a target or a value)" }),
    gap: z.number().nullable(),
    missingSubjectFlags: z.array(z.string()).nullable().openapi({ description: "Coverage by subject flag: the flags this school lacks" }),
    suppressed: z.boolean().openapi({
      description:
        "Figures withheld from a caller without `reports.small_cells.read`: the cell is about 1–4 people, or it is the one cell that would give a withheld cell away by subtraction",
    }),
  })
  .openapi("EvaluatedCell");

export const evaluationSchema = z
  .object({
    targetId: z.uuid().nullable(),
    jurisdictionId: z.uuid(),
    asOf: isoDate,
    groupBy: z.enum(GROUP_BY),
    metricKind: z.string(),
    unit: z.enum(TARGET_UNITS),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    value: z.number().nullable(),
    population: z.number().int().nullable().openapi({ description: "People the headline is about (null when suppressed)" }),
    suppressed: z
      .boolean()
      .openapi({ description: "The headline is about 1–4 people and the caller lacks `reports.small_cells.read`: no figures" }),
    target: z
      .object({
        comparator: z.enum(COMPARATORS),
        value: z.number(),
        tolerance: z.number().nullable(),
        deadline: z.string().nullable(),
        met: z.boolean().nullable(),
        gap: z.number().nullable().openapi({ description: "Distance to the target in its unit (0 when met)" }),
        gapMembers: z
          .number()
          .int()
          .nullable()
          .openapi({ description: "For shares: how many more (or fewer) people in the numerator would meet it" }),
        daysToDeadline: z.number().int().nullable().openapi({ description: "From asOf; negative once the deadline has passed" }),
      })
      .nullable(),
    breakdown: z.array(evaluatedCellSchema),
  })
  .openapi("Evaluation");

export type Evaluation = z.infer<typeof evaluationSchema>;

const KNOWN_AT =
  "Knowledge time (ISO 8601 instant, default now). For training_compliance it evaluates the training register as recorded by " +
  "that instant: only training records submitted by then, each with the verification or rejection recorded by then (`asOf` still " +
  "picks the business date and the decision dates). The register's other facts (assignments, titles, education, credentials, " +
  "designations, programme enrolments and results) keep no recorded-time history yet: for every other metric kind, and for the " +
  "population of training_compliance, knownAt has no effect and they are read as stored now.";

export const evaluateRequestSchema = z
  .object({
    metric: metricSchema,
    jurisdictionId: z.uuid().optional().openapi({ description: "Default: the caller's jurisdiction" }),
    asOf: isoDate.optional().openapi({ description: "Business date. Default: today" }),
    knownAt: knownAtParam.optional().openapi({ description: KNOWN_AT }),
    groupBy: z.enum(GROUP_BY).default("none"),
  })
  .openapi("MetricEvaluationRequest");

export const evaluationQuery = z.object({
  asOf: isoDate.optional().openapi({ description: "Evaluate with the register as it was on this date (default today)" }),
  knownAt: knownAtParam.optional().openapi({ description: KNOWN_AT }),
  groupBy: z
    .enum(GROUP_BY)
    .default("none")
    .openapi({ description: "Breakdown rows: none, every school in scope, or every child jurisdiction (and school directly below)" }),
});
