import { z } from "@hono/zod-openapi";
import { WORKFORCE_DIMENSIONS } from "../domain/vocab.ts";
import { isoDate } from "../lib/http.ts";
import { evaluationSchema } from "./metrics.ts";
import { targetSchema } from "./targets.ts";

export const TAGS = { reports: "Reports" } as const;

export const reportQuery = z.object({
  jurisdictionId: z.uuid().optional().openapi({ description: "Default: the caller's own org (the whole tree for a root principal)" }),
  asOf: isoDate.optional().openapi({ description: "Report date (default: today, UTC)" }),
});

const reportLabels = z
  .object({ "zh-CN": z.string().openapi({ example: "本科" }), en: z.string().openapi({ example: "Bachelor" }) })
  .openapi("ReportLabels");

const cell = {
  count: z.number().int().nullable().openapi({ description: "Teachers; null when suppressed" }),
  share: z
    .number()
    .nullable()
    .openapi({ description: "count ÷ total, a fraction (0–1) with four decimals; null when suppressed or nobody is counted" }),
  suppressed: z
    .boolean()
    .openapi({ description: "True when the count is under 5 (and above 0) and the caller lacks `reports.small_cells.read`" }),
};

const reportCountSchema = z.object(cell).openapi("ReportCount");

const workforceRowSchema = z
  .object({ code: z.string().openapi({ example: "bachelor" }), labels: reportLabels, ...cell })
  .openapi("WorkforceReportRow");

const workforceDimensionSchema = z
  .object({
    dimension: z.enum(WORKFORCE_DIMENSIONS),
    labels: reportLabels,
    rows: z.array(workforceRowSchema).openapi({ description: "Every code of the dimension, zero rows included, in vocabulary order" }),
  })
  .openapi("WorkforceReportDimension");

export const workforceReportSchema = z
  .object({
    jurisdictionId: z
      .uuid()
      .nullable()
      .openapi({ description: "The jurisdiction reported on; null for the whole tree or a school-bound caller" }),
    asOf: isoDate,
    total: reportCountSchema,
    dimensions: z.array(workforceDimensionSchema),
  })
  .openapi("WorkforceReport", {
    example: {
      jurisdictionId: "0193a0c1-0000-7000-8000-000000000001",
      asOf: "2025-08-31",
      total: { count: 120, share: 1, suppressed: false },
      dimensions: [
        {
          dimension: "education_level",
          labels: { "zh-CN": "学历", en: "Education level" },
          rows: [
            { code: "associate", labels: { "zh-CN": "专科", en: "Associate" }, count: 20, share: 0.1667, suppressed: false },
            { code: "bachelor", labels: { "zh-CN": "本科", en: "Bachelor" }, count: 97, share: 0.8083, suppressed: false },
            { code: "master", labels: { "zh-CN": "硕士研究生", en: "Master" }, count: null, share: null, suppressed: true },
          ],
        },
      ],
    },
  });

export type WorkforceReportBody = z.infer<typeof workforceReportSchema>;

export const targetsReportSchema = z
  .object({
    jurisdictionId: z.uuid().nullable(),
    asOf: isoDate,
    items: z.array(z.object({ target: targetSchema, evaluation: evaluationSchema }).openapi("TargetProgress")),
  })
  .openapi("TargetsReport");
export type TargetsReportBody = z.infer<typeof targetsReportSchema>;
