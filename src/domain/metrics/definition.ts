import { z } from "@hono/zod-openapi";
import {
  CREDENTIAL_KINDS,
  DESIGNATION_LEVELS,
  DESIGNATION_TYPES,
  EDUCATION_LEVELS,
  EMPLOYMENT_CATEGORIES,
  GENDERS,
  LOCATION_CLASSES,
  OWNERSHIPS,
  POST_TYPES,
  SCHOOL_STAGES,
  SUBJECT_FLAGS,
  SUBJECTS,
  TEACHER_STATUSES,
  TITLE_LEVELS,
  TRAINING_CATEGORIES,
  TRAINING_LEVELS,
  TRAINING_MODES,
} from "../vocab.ts";
import { RuleViolation } from "../errors.ts";

/**
 * The metric language: a declarative JSON definition of what a target measures, validated here and
 * compiled to ONE set-based SQL statement by src/db/metrics/. Clients never send SQL. What the register
 * keeps effective-dated (assignments, titles, education, coursework, subjects, credentials and their
 * status events, designations) is read as of the evaluation date, so a past evaluation is
 * reproducible; the teacher's own fields (employment category, 在编不在岗) and the school's
 * classification are their current values. The population of every teacher metric is "teachers whose
 * home (primary) assignment on the date is at a school in the evaluated jurisdiction"; filters narrow it.
 */
const isoDate = z.iso.date();
const range = (what: string) =>
  z
    .object({ min: z.number().int().min(0).max(120).optional(), max: z.number().int().min(0).max(120).optional() })
    .strict()
    .refine((r) => r.min !== undefined || r.max !== undefined, { message: "Give min, max or both" })
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: "min must not exceed max", path: ["max"] })
    .openapi({ description: `${what} in whole years on the date, inclusive bounds` });
const dateRange = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .strict()
  .refine((r) => r.from !== undefined || r.to !== undefined, { message: "Give from, to or both" })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: "from must not be after to", path: ["to"] });
/** Codes of a list, each at most once (so a definition cannot balloon into thousands of parameters). */
const oneOrMore = <T extends readonly [string, ...string[]]>(codes: T) =>
  z
    .array(z.enum(codes))
    .min(1)
    .max(codes.length)
    .refine((xs) => new Set(xs).size === xs.length, { message: "Each code at most once" });

const designationMatchSchema = z
  .object({
    types: oneOrMore(DESIGNATION_TYPES).optional().openapi({ description: "Any of these types (default: any type)" }),
    levelAtLeast: z.enum(DESIGNATION_LEVELS).optional().openapi({ description: "Level at least this (市级及以上 = city)" }),
    levels: oneOrMore(DESIGNATION_LEVELS).optional().openapi({ description: "Exactly one of these levels" }),
    subjects: oneOrMore(SUBJECTS).optional(),
    awarded: dateRange
      .optional()
      .openapi({ description: "Awarded (validFrom) in this window: 新增 / 新培养. Without it, held on the date." }),
  })
  .strict()
  .openapi("DesignationMatch");

/**
 * One condition: every key given must hold (AND). School attributes are those of the home school.
 */
const conditionSchema = z
  .object({
    schoolStage: oneOrMore(SCHOOL_STAGES).optional().openapi({ description: "The home school offers any of these stages" }),
    teachingStage: oneOrMore(SCHOOL_STAGES).optional().openapi({ description: "Teaches (a subject record) at any of these stages" }),
    locationClass: oneOrMore(LOCATION_CLASSES).optional(),
    remote: z.boolean().optional(),
    weak: z.boolean().optional(),
    ownership: oneOrMore(OWNERSHIPS).optional(),
    postType: oneOrMore(POST_TYPES).optional().openapi({ description: "Post type of the home assignment (专任教师 = teaching)" }),
    employmentCategory: oneOrMore(EMPLOYMENT_CATEGORIES).optional(),
    onEstablishmentNotAtPost: z.boolean().optional().openapi({ description: "在编不在岗" }),
    status: oneOrMore(TEACHER_STATUSES).optional().openapi({
      description:
        "Status on the date (its employment period). Teachers out of service are in no population, so active and on_leave are the ones that match",
    }),
    educationAtLeast: z.enum(EDUCATION_LEVELS).optional().openapi({ description: "Highest education at least this" }),
    educationExactly: z.enum(EDUCATION_LEVELS).optional().openapi({ description: "Highest education exactly this" }),
    graduateCoursework: z.boolean().optional().openapi({ description: "Completed graduate coursework (研究生课程进修)" }),
    titleAtLeast: z.enum(TITLE_LEVELS).optional(),
    title: oneOrMore(TITLE_LEVELS).optional().openapi({ description: "Title held is one of these" }),
    designation: designationMatchSchema.optional().openapi({ description: "Holds a designation matching this" }),
    credential: z.enum(CREDENTIAL_KINDS).optional().openapi({ description: "Holds an active credential of this kind" }),
    dualQualified: z
      .boolean()
      .optional()
      .openapi({ description: "双师型: an active teacher certificate and an active occupational qualification" }),
    subjectFlag: oneOrMore(SUBJECT_FLAGS).optional().openapi({ description: "Teaches any of these flagged subjects" }),
    subject: oneOrMore(SUBJECTS).optional().openapi({ description: "Teaches any of these subjects" }),
    gender: z.enum(GENDERS).optional(),
    age: range("Age (周岁)").optional(),
    yearsOfTeaching: range("Years of teaching (教龄)").optional(),
    hireDate: dateRange.optional().openapi({ description: "Hired in this window" }),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, { message: "A condition needs at least one attribute" })
  .openapi("MetricCondition", { example: { schoolStage: ["vocational"], postType: ["teaching"] } });

export type Condition = z.infer<typeof conditionSchema>;
export type Filter = Condition | { all: Filter[] } | { any: Filter[] } | { not: Filter };

/** A condition, or all / any / not of filters (nesting up to the depth checked by filterDepth). */
const filterSchema: z.ZodType<Filter> = z
  .lazy(() =>
    z.union([
      z.object({ all: z.array(filterSchema).min(1) }).strict(),
      z.object({ any: z.array(filterSchema).min(1) }).strict(),
      z.object({ not: filterSchema }).strict(),
      conditionSchema,
    ]),
  )
  .openapi("MetricFilter", { example: { all: [{ schoolStage: ["primary"] }, { not: { employmentCategory: ["substitute"] } }] } });

const schoolFilterSchema = z
  .object({
    stages: oneOrMore(SCHOOL_STAGES).optional(),
    locationClass: oneOrMore(LOCATION_CLASSES).optional(),
    remote: z.boolean().optional(),
    weak: z.boolean().optional(),
    ownership: oneOrMore(OWNERSHIPS).optional(),
  })
  .strict()
  .openapi("MetricSchoolFilter");

const programFilterSchema = z
  .object({
    levels: oneOrMore(TRAINING_LEVELS).optional(),
    modes: oneOrMore(TRAINING_MODES).optional(),
    categories: oneOrMore(TRAINING_CATEGORIES).optional(),
    codes: z.array(z.string().min(1).max(64)).min(1).max(100).optional(),
    starts: dateRange.optional().openapi({ description: "Programmes starting in this window" }),
  })
  .strict()
  .openapi("MetricProgramFilter");

const population = filterSchema.optional().openapi({ description: "Narrows the population (default: every teacher in scope)" });

const ratioMetricSchema = z
  .object({ kind: z.literal("ratio"), population, numerator: filterSchema })
  .strict()
  .openapi("RatioMetric", {
    description: "Share (%) of the population matching `numerator`",
    example: { kind: "ratio", population: { schoolStage: ["vocational"], postType: ["teaching"] }, numerator: { dualQualified: true } },
  });

const AVERAGE_ATTRIBUTES = ["age", "yearsOfTeaching"] as const;
const averageMetricSchema = z
  .object({ kind: z.literal("average"), attribute: z.enum(AVERAGE_ATTRIBUTES), population })
  .strict()
  .openapi("AverageMetric", {
    description: "Mean of a numeric attribute (whole years on the date) over the population; teachers without a value do not count",
    example: { kind: "average", attribute: "age", population: { locationClass: ["rural"] } },
  });

const countMetricSchema = z
  .object({
    kind: z.literal("count"),
    of: z.enum(["teachers", "designations"]).default("teachers"),
    filter: filterSchema.optional(),
    designation: designationMatchSchema.optional().openapi({ description: "With `of: designations`: which designations count" }),
  })
  .strict()
  .refine((m) => m.of === "designations" || m.designation === undefined, { message: "Only with of: designations", path: ["designation"] })
  .openapi("CountMetric", {
    description:
      "Number of teachers matching `filter`, or of designations (held on the date, or awarded in a window) of teachers matching it",
    example: { kind: "count", of: "designations", designation: { types: ["backbone"], levelAtLeast: "city" } },
  });

const coverageMetricSchema = z
  .object({
    kind: z.literal("coverage"),
    filter: filterSchema,
    minTeachers: z.number().int().min(1).max(1000).default(1),
    subjectFlags: oneOrMore(SUBJECT_FLAGS)
      .optional()
      .openapi({ description: "Covered only with minTeachers matching teachers teaching each of these" }),
    schools: schoolFilterSchema.optional().openapi({ description: "Which schools count (default: every school in scope)" }),
  })
  .strict()
  .openapi("CoverageMetric", {
    description: "Share (%) of schools in scope with at least `minTeachers` teachers matching `filter` (for each subject flag, if given)",
    example: {
      kind: "coverage",
      filter: { designation: { types: ["famous_teacher"] } },
      minTeachers: 1,
      subjectFlags: ["physical_education", "music", "art", "labour", "ideological_political", "health_care"],
    },
  });

const TRAINING_COMPLIANCE_STATUSES = ["complete", "on_track"] as const;
const trainingComplianceMetricSchema = z
  .object({
    kind: z.literal("training_compliance"),
    population,
    statuses: oneOrMore(TRAINING_COMPLIANCE_STATUSES)
      .default(["complete"])
      .openapi({ description: "Cycle statuses that count (complete, or complete and on_track)" }),
    cycle: z.number().int().min(1).max(100).optional().openapi({ description: "Cycle number (default: the cycle running on the date)" }),
    eligibleOnly: z
      .boolean()
      .default(true)
      .openapi({ description: "Leave teachers who are not eligible (e.g. 教龄 too short) out of the population" }),
  })
  .strict()
  .openapi("TrainingComplianceMetric", {
    description: "Share (%) of the population whose continuing-education cycle status is one of `statuses`",
    example: { kind: "training_compliance", statuses: ["complete"], population: { yearsOfTeaching: { min: 1 } } },
  });

const TRAINING_RATES = ["attendance", "module_completion", "completion", "person_times"] as const;
const trainingRateMetricSchema = z
  .object({ kind: z.literal("training_rate"), rate: z.enum(TRAINING_RATES), programs: programFilterSchema.optional() })
  .strict()
  .openapi("TrainingRateMetric", {
    description:
      "Programme statistics over the enrolments of teachers in scope in programmes matching `programs`: attendance = 上站率 " +
      "(started ÷ enrolled), module_completion = 单科结业率 (modules passed ÷ module places), completion (completed ÷ enrolled), " +
      "person_times = 人次 (completions)",
    example: { kind: "training_rate", rate: "attendance", programs: { starts: { from: "2025-01-01", to: "2025-12-31" } } },
  });

const hiresShareMetricSchema = z
  .object({ kind: z.literal("hires_share"), hired: dateRange, population, numerator: filterSchema })
  .strict()
  .openapi("HiresShareMetric", {
    description: "Among teachers hired in `hired` (and matching `population`), the share (%) matching `numerator`",
    example: {
      kind: "hires_share",
      hired: { from: "2025-01-01", to: "2025-12-31" },
      population: { employmentCategory: ["on_establishment"] },
      numerator: { schoolStage: ["kindergarten"] },
    },
  });

export const metricSchema = z
  .discriminatedUnion("kind", [
    ratioMetricSchema,
    averageMetricSchema,
    countMetricSchema,
    coverageMetricSchema,
    trainingComplianceMetricSchema,
    trainingRateMetricSchema,
    hiresShareMetricSchema,
  ])
  .openapi("Metric");

export type Metric = z.infer<typeof metricSchema>;
export const METRIC_KINDS = ["ratio", "average", "count", "coverage", "training_compliance", "training_rate", "hires_share"] as const;

/** Metrics whose value is a percentage (0–100) of a numerator over a denominator. */
export function isShare(m: Metric): boolean {
  return (
    m.kind === "ratio" ||
    m.kind === "coverage" ||
    m.kind === "training_compliance" ||
    m.kind === "hires_share" ||
    (m.kind === "training_rate" && m.rate !== "person_times")
  );
}

const MAX_FILTER_DEPTH = 6;
/** JSON nesting a request carrying a metric may have (checked before validation; see lib/json-depth.ts). */
export const MAX_BODY_DEPTH = 32;
const MAX_FILTER_CONDITIONS = 64;

/** Depth and size of a filter, so a definition cannot compile into an unbounded statement. */
export function filterSize(f: Filter, depth = 1): { depth: number; conditions: number } {
  if ("all" in f || "any" in f) {
    const parts = ("all" in f ? f.all : (f as { any: Filter[] }).any).map((x) => filterSize(x as Filter, depth + 1));
    return { depth: Math.max(depth, ...parts.map((p) => p.depth)), conditions: parts.reduce((n, p) => n + p.conditions, 0) };
  }
  if ("not" in f) return filterSize((f as { not: Filter }).not, depth + 1);
  return { depth, conditions: 1 };
}

/** Refuse definitions that would compile into an unbounded statement (a RuleViolation pointing under `pointer`). */
export function checkMetricSize(m: Metric, pointer: string): void {
  const filters: [string, Filter | undefined][] = [
    ["population", "population" in m ? m.population : undefined],
    ["numerator", "numerator" in m ? m.numerator : undefined],
    ["filter", "filter" in m ? m.filter : undefined],
  ];
  for (const [key, f] of filters) {
    if (!f) continue;
    const size = filterSize(f);
    if (size.depth > MAX_FILTER_DEPTH || size.conditions > MAX_FILTER_CONDITIONS) {
      throw new RuleViolation("The metric definition is too large", [
        { pointer: `${pointer}/${key}`, detail: `At most ${MAX_FILTER_DEPTH} levels of nesting and ${MAX_FILTER_CONDITIONS} conditions` },
      ]);
    }
  }
}
