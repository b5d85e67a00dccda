import { z } from "@hono/zod-openapi";
import type { trainingRules } from "../../db/schema/index.ts";
import { PRO_RATE_METHODS, TRAINING_BUCKETS, TRAINING_CATEGORIES } from "../../domain/vocab.ts";
import { isoDate, pageQuery, pageSchema, pathId } from "../../lib/http.ts";
import { hoursOrNull, hoursOut, hoursSchema } from "./shared.ts";

const example = {
  id: "0193a0d4-1a2b-7c3d-8e4f-5a6b7c8d9e01",
  jurisdictionId: "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
  name: "中小学教师继续教育（每五年不少于360学时）",
  effectiveFrom: "2021-01-01",
  cycleYears: 5,
  anchorYear: 2006,
  hoursPerCycle: 360,
  minHoursPerYear: 24,
  minYearsOfTeaching: 1,
  proRate: "year" as const,
  minimums: [{ bucket: "ethics" as const, hours: 36 }],
  caps: [{ bucket: "school_based" as const, maxHours: null, maxPercent: 50 }],
  requirements: [
    {
      code: "T32",
      title: "不少于50学时的中级培训",
      programId: null,
      category: "subject" as const,
      hours: 50,
      from: "2021-01-01",
      to: "2023-12-31",
    },
  ],
  note: null,
  version: 1,
  createdAt: "2021-01-05T08:00:00.000Z",
  updatedAt: "2021-01-05T08:00:00.000Z",
};

const minimum = z.object({ bucket: z.enum(TRAINING_BUCKETS), hours: hoursSchema });
const cap = z
  .object({
    bucket: z.enum(TRAINING_BUCKETS),
    maxHours: hoursSchema.nullable().default(null).openapi({ description: "At most this many hours count" }),
    maxPercent: z
      .number()
      .int()
      .min(1)
      .max(100)
      .nullable()
      .default(null)
      .openapi({ description: "At most this share of the (pro-rated) required hours counts" }),
  })
  .refine((c) => c.maxHours !== null || c.maxPercent !== null, { message: "Give maxHours, maxPercent or both", path: ["maxHours"] });
const requirement = z
  .object({
    code: z.string().trim().min(1).max(32),
    title: z.string().trim().min(1).max(200),
    programId: z.uuid().nullable().default(null).openapi({ description: "Hours credited by this programme count" }),
    category: z
      .enum(TRAINING_CATEGORIES)
      .nullable()
      .default(null)
      .openapi({ description: "Hours of this category count (both: both must match)" }),
    hours: hoursSchema,
    from: isoDate,
    to: isoDate,
  })
  .superRefine((r, ctx) => {
    if (r.to < r.from) ctx.addIssue({ code: "custom", path: ["to"], message: `Must be on or after ${r.from}` });
    if (r.programId === null && r.category === null)
      ctx.addIssue({ code: "custom", path: ["programId"], message: "Name a programme, a category or both" });
  });

const unique =
  <T>(key: (x: T) => string, what: string) =>
  (xs: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    xs.forEach((x, i) => {
      if (seen.has(key(x))) ctx.addIssue({ code: "custom", path: [i], message: `${what} ${key(x)} appears twice` });
      seen.add(key(x));
    });
  };

const fields = {
  name: z.string().trim().min(1).max(200),
  effectiveFrom: isoDate.openapi({ description: "The version applies from this date until the next version's" }),
  cycleYears: z.number().int().min(1).max(10).openapi({ description: "Cycle length in calendar years" }),
  anchorYear: z
    .number()
    .int()
    .min(1950)
    .max(2200)
    .openapi({ description: "First calendar year of cycle 1 (cycle n starts anchorYear + (n-1)·cycleYears)" }),
  hoursPerCycle: hoursSchema.openapi({ description: "Hours required per cycle (e.g. 360)" }),
  minHoursPerYear: hoursSchema
    .nullable()
    .openapi({ description: "Hours required in each calendar year wholly inside the teacher's obligation" }),
  minYearsOfTeaching: z.number().int().min(0).max(50).openapi({ description: "Eligibility: 教龄 of at least this many whole years" }),
  proRate: z
    .enum(PRO_RATE_METHODS)
    .openapi({ description: "Pro-rating for teachers whose obligation starts mid-cycle: by remaining years or months" }),
  minimums: z
    .array(minimum)
    .max(20)
    .superRefine(unique((m) => m.bucket, "Bucket")),
  caps: z
    .array(cap)
    .max(20)
    .superRefine(unique((m) => m.bucket, "Bucket")),
  requirements: z
    .array(requirement)
    .max(20)
    .superRefine(unique((m) => m.code, "Code")),
  note: z.string().trim().max(1000).nullable(),
};

export const ruleSchema = z
  .object({
    id: z.uuid(),
    jurisdictionId: z.uuid(),
    name: z.string(),
    effectiveFrom: isoDate,
    cycleYears: z.number().int(),
    anchorYear: z.number().int(),
    hoursPerCycle: z.number(),
    minHoursPerYear: z.number().nullable(),
    minYearsOfTeaching: z.number().int(),
    proRate: z.enum(PRO_RATE_METHODS),
    minimums: z.array(z.object({ bucket: z.enum(TRAINING_BUCKETS), hours: z.number() })),
    caps: z.array(z.object({ bucket: z.enum(TRAINING_BUCKETS), maxHours: z.number().nullable(), maxPercent: z.number().int().nullable() })),
    requirements: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        programId: z.uuid().nullable(),
        category: z.enum(TRAINING_CATEGORIES).nullable(),
        hours: z.number(),
        from: isoDate,
        to: isoDate,
      }),
    ),
    note: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("TrainingRule", { example });

export const ruleCreateSchema = z
  .object({
    jurisdictionId: z.uuid(),
    ...fields,
    minHoursPerYear: fields.minHoursPerYear.default(null),
    minYearsOfTeaching: fields.minYearsOfTeaching.default(0),
    proRate: fields.proRate.default("none"),
    minimums: fields.minimums.default([]),
    caps: fields.caps.default([]),
    requirements: fields.requirements.default([]),
    note: fields.note.default(null),
  })
  .openapi("TrainingRuleCreate", {
    example: (({ id: _i, version: _v, createdAt: _c, updatedAt: _u, ...rest }) => rest)(example),
  });

export const ruleUpdateSchema = z
  .object(fields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change")
  .openapi("TrainingRuleUpdate", { example: { hoursPerCycle: 300, effectiveFrom: "2027-01-01" } });

export const rulePageSchema = pageSchema(ruleSchema, "TrainingRulePage");

export const ruleListQuery = pageQuery.extend({
  jurisdictionId: z.uuid().optional().openapi({ description: "Versions attached to this jurisdiction" }),
  appliesTo: z
    .uuid()
    .optional()
    .openapi({ description: "Versions attached to this jurisdiction or any ancestor (the chain its teachers inherit)" }),
});

export const ruleParams = z.object({ ruleId: pathId("ruleId") });

export function toRule(row: typeof trainingRules.$inferSelect): z.infer<typeof ruleSchema> {
  return {
    id: row.id,
    jurisdictionId: row.jurisdictionId,
    name: row.name,
    effectiveFrom: row.effectiveFrom,
    cycleYears: row.cycleYears,
    anchorYear: row.anchorYear,
    hoursPerCycle: hoursOut(row.hoursPerCycle),
    minHoursPerYear: hoursOrNull(row.minHoursPerYear),
    minYearsOfTeaching: row.minYearsOfTeaching,
    proRate: row.proRate,
    minimums: row.minimums,
    caps: row.caps,
    requirements: row.requirements,
    note: row.note,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type RuleCreate = z.infer<typeof ruleCreateSchema>;
export type RuleUpdate = z.infer<typeof ruleUpdateSchema>;
