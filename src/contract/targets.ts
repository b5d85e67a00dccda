import { z } from "@hono/zod-openapi";
import type { targets, targetSnapshots } from "../db/schema/index.ts";
import { metricSchema } from "../domain/metrics/definition.ts";
import { withheldEvaluation, type TargetTerms } from "../domain/metrics/evaluation.ts";
import { COMPARATORS, MEMBER_SETS, TARGET_STATUSES, TARGET_UNITS } from "../domain/metrics/targets.ts";
import { isoDate, pageQuery, pageSchema, pathId } from "../lib/http.ts";
import { evaluationSchema, GROUP_BY, type Evaluation } from "./metrics.ts";

const example = {
  id: "0193a0d4-1a2b-7c3d-8e4f-5a6b7c8d9e77",
  jurisdictionId: "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
  code: "T12",
  title: "职业院校“双师型”教师占专任教师比例",
  plan: { title: "盘锦市“十四五”教育发展规划", from: "2021-01-01", to: "2025-12-31" },
  source: { document: "004_35fdff4f42dcbf70.txt (第七篇 四.)", quote: "全市职业院校'双师型'教师占专任教师比例达六零%以上" },
  metric: {
    kind: "ratio" as const,
    population: { schoolStage: ["vocational" as const], postType: ["teaching" as const] },
    numerator: { dualQualified: true },
  },
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
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .nullable()
    .default(null)
    .openapi({ description: "Short reference, unique per jurisdiction (e.g. T12)" }),
  title: z.string().trim().min(1).max(300),
  plan: planSchema,
  source: z.union([sourceSchema, z.null()]).default(null),
  metric: metricSchema,
  comparator: z.enum(COMPARATORS).openapi({ description: "gte (以上/不低于), lte (以下/不超过), eq, approx (左右, within tolerance)" }),
  value: z.number().min(-1e9).max(1e9).openapi({ description: "The target figure, in `unit`" }),
  tolerance: z
    .number()
    .min(0)
    .max(1e9)
    .nullable()
    .default(null)
    .openapi({ description: "With approx: how far from `value` still counts as met" }),
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
export type TargetUpdate = z.infer<typeof targetUpdateSchema>;

export const targetPageSchema = pageSchema(targetSchema, "TargetPage");
export const targetListQuery = pageQuery.extend({
  jurisdictionId: z.uuid().optional().openapi({ description: "Targets of this jurisdiction and of the jurisdictions below it" }),
  status: z.enum(TARGET_STATUSES).optional(),
  code: z.string().max(32).optional(),
});
export const targetParams = z.object({ targetId: pathId("targetId") });
export const targetMembersQuery = pageQuery.extend({ set: z.enum(MEMBER_SETS).default("numerator"), asOf: isoDate.optional() });

type TargetRow = typeof targets.$inferSelect;
const num = (x: string | null) => (x === null ? null : Number(x));

export function toTarget(row: TargetRow) {
  return {
    id: row.id,
    jurisdictionId: row.jurisdictionId,
    code: row.code,
    title: row.title,
    plan: { title: row.planTitle, from: row.planFrom, to: row.planTo },
    source: row.sourceDocument && row.sourceQuote ? { document: row.sourceDocument, quote: row.sourceQuote } : null,
    metric: row.metric,
    comparator: row.comparator,
    value: Number(row.value),
    tolerance: num(row.tolerance),
    unit: row.unit,
    deadline: row.deadline,
    notes: row.notes,
    status: row.status,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What an evaluation judges the stored target by. */
export function termsOf(row: TargetRow): TargetTerms {
  return { comparator: row.comparator, value: Number(row.value), tolerance: num(row.tolerance), deadline: row.deadline };
}

/** The table columns of a (partial) target body. */
export function targetColumns(body: Partial<TargetInput> & { status?: "active" | "archived" }) {
  const out: Partial<typeof targets.$inferInsert> = {};
  if (body.jurisdictionId !== undefined) out.jurisdictionId = body.jurisdictionId;
  if (body.code !== undefined) out.code = body.code;
  if (body.title !== undefined) out.title = body.title;
  if (body.plan !== undefined) Object.assign(out, { planTitle: body.plan.title, planFrom: body.plan.from, planTo: body.plan.to });
  if (body.source !== undefined)
    Object.assign(out, { sourceDocument: body.source?.document ?? null, sourceQuote: body.source?.quote ?? null });
  if (body.metric !== undefined) out.metric = body.metric;
  if (body.comparator !== undefined) out.comparator = body.comparator;
  if (body.value !== undefined) out.value = String(body.value);
  if (body.tolerance !== undefined) out.tolerance = body.tolerance === null ? null : String(body.tolerance);
  if (body.unit !== undefined) out.unit = body.unit;
  if (body.deadline !== undefined) out.deadline = body.deadline;
  if (body.notes !== undefined) out.notes = body.notes;
  if (body.status !== undefined) out.status = body.status;
  return out;
}

export const snapshotSchema = z
  .object({
    id: z.uuid(),
    targetId: z.uuid(),
    asOf: isoDate,
    createdAt: z.iso.datetime(),
    createdBy: z.string().openapi({ description: "The client that stored it" }),
    evaluation: evaluationSchema,
  })
  .openapi("TargetSnapshot");

export const snapshotRequest = z
  .object({
    asOf: isoDate.optional().openapi({ description: "Default: today" }),
    groupBy: z.enum(GROUP_BY).default("none"),
  })
  .openapi("TargetSnapshotRequest");

/**
 * A stored snapshot as the reader may see it: it was computed for its creator (with every cell), so
 * a reader without `reports.small_cells.read` gets the small cells withheld here, as a live evaluation would.
 */
export function toSnapshot(r: typeof targetSnapshots.$inferSelect, suppress: boolean) {
  const e = r.evaluation as Evaluation;
  const evaluation = suppress ? withheldEvaluation(e) : e;
  return { id: r.id, targetId: r.targetId, asOf: r.asOf, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy, evaluation };
}
