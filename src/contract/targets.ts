import { z } from "@hono/zod-openapi";
import { metricSchema } from "../domain/metrics/definition.ts";
import { COMPARATORS, TARGET_STATUSES, TARGET_UNITS } from "../domain/metrics/targets.ts";
import { isoDate, pageQuery, pageSchema, pathId } from "../lib/http.ts";

const example = {
  id: "0193a0d4-1a2b-7c3d-8e4f-5a6b7c8d9e77",
  jurisdictionId: "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
  code: "T12",
  title: "职业院校“双师型”教师占专任教师比例",
  plan: { title: "盘锦市“十四五”教育发展规划", from: "2021-01-01", to: "2025-12-31" },
  source: { document: "004_35fdff4f42dcbf70.txt (第七篇 四.)", quote: "全市职业院校'双师型'教师占专任教师比例达六零%以上" },
  metric: { kind: "ratio" as const, population: { schoolStage: ["vocational" as const], postType: ["teaching" as const] }, numerator: { dualQualified: true } },
  comparator: "gte" as const,
  value: 60,
  tolerance: null,
  unit: "percent" as const,
  deadline: "2025-12-31",
  notes: null,
  status: "active" as const,
  version: 1,
  createdAt: "2021-03-01T08:00:00.000Z",
  updatedAt: "2021-03-01T08:00:00.000Z",
};

const planSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: "The plan must not end before it starts", path: ["to"] })
  .openapi("TargetPlan");

const sourceSchema = z
  .object({
    document: z.string().trim().min(1).max(300).openapi({ description: "The policy document (file, article)" }),
    quote: z.string().trim().min(1).max(2000).openapi({ description: "The target as the document words it" }),
  })
  .openapi("TargetSource");

const fields = {
  jurisdictionId: z.uuid().openapi({ description: "The jurisdiction the target applies to (its whole subtree)" }),
  code: z.string().trim().min(1).max(32).nullable().default(null).openapi({ description: "Short reference, unique per jurisdiction (e.g. T12)" }),
  title: z.string().trim().min(1).max(300),
  plan: planSchema,
  source: z.union([sourceSchema, z.null()]).default(null),
  metric: metricSchema,
  comparator: z.enum(COMPARATORS).openapi({ description: "gte (以上/不低于), lte (以下/不超过), eq, approx (左右, within tolerance)" }),
  value: z.number().min(-1e9).max(1e9).openapi({ description: "The target figure, in `unit`" }),
  tolerance: z.number().min(0).max(1e9).nullable().default(null).openapi({ description: "With approx: how far from `value` still counts as met" }),
  unit: z.enum(TARGET_UNITS).openapi({ description: "Must be the unit the metric yields (percent for shares, years for averages, …)" }),
  deadline: isoDate.nullable().default(null),
  notes: z.string().max(4000).nullable().default(null),
};

export const targetSchema = z
  .object({
    id: z.uuid(),
    ...fields,
    code: z.string().nullable(),
    source: z.union([sourceSchema, z.null()]),
    tolerance: z.number().nullable(),
    deadline: z.string().nullable(),
    notes: z.string().nullable(),
    status: z.enum(TARGET_STATUSES),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Target", { example });

export const targetCreateSchema = z.object(fields).openapi("TargetCreate");
export const targetUpdateSchema = z
  .object({ ...fields, status: z.enum(TARGET_STATUSES) })
  .omit({ jurisdictionId: true })
  .partial()
  .openapi("TargetUpdate");

export type TargetInput = z.infer<typeof targetCreateSchema>;

export const targetPageSchema = pageSchema(targetSchema, "TargetPage");
export const targetListQuery = pageQuery.extend({
  jurisdictionId: z.uuid().optional().openapi({ description: "Targets of this jurisdiction and of the jurisdictions below it" }),
  status: z.enum(TARGET_STATUSES).optional(),
  code: z.string().max(32).optional(),
});
export const targetParams = z.object({ targetId: pathId("targetId") });
