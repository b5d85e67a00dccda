import { z } from "@hono/zod-openapi";
import type { teacherEthicsRecords } from "../../db/schema/index.ts";
import { ETHICS_RESULTS, VIOLATION_TYPES } from "../../domain/vocab.ts";
import { isoDate } from "../../lib/http.ts";
import { atLeastOneField, decimal } from "./shapes.ts";

const violationSchema = z
  .object({
    type: z.enum(VIOLATION_TYPES),
    occurredOn: isoDate,
    description: z.string().trim().max(1000).optional(),
  })
  .openapi("EthicsViolation");

const fields = {
  periodStart: isoDate.openapi({ description: "First day of the assessed period" }),
  periodEnd: isoDate.nullable().openapi({ description: "Last day of the assessed period" }),
  result: z
    .enum(ETHICS_RESULTS)
    .openapi({ description: "优秀 excellent, 合格 qualified, 基本合格 basically_qualified, 不合格 unqualified" }),
  score: z
    .number()
    .min(0)
    .max(1000)
    .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, "At most one decimal place")
    .nullable()
    .openapi({ description: "量化考评 score, if any" }),
  violations: z.array(violationSchema).max(50),
  sanction: z.string().trim().max(500).nullable(),
  veto: z.boolean().openapi({ description: "一票否决: bars titles, honours and promotion during [vetoFrom, vetoTo]" }),
  vetoFrom: isoDate.nullable(),
  vetoTo: isoDate.nullable(),
  notes: z.string().trim().max(2000).nullable(),
};

export const ethicsSchema = z
  .object({ id: z.uuid(), teacherId: z.uuid(), ...fields, endReason: z.string().nullable(), version: z.number().int() })
  .openapi("TeacherEthicsRecord", {
    example: {
      id: "0193a0d8-1a2b-7c3d-8e4f-5a6b7c8d9e09",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      periodStart: "2024-01-01",
      periodEnd: "2024-12-31",
      result: "unqualified",
      score: 52.5,
      violations: [{ type: "paid_tutoring", occurredOn: "2024-07-15", description: "暑期有偿补课" }],
      sanction: "通报批评",
      veto: true,
      vetoFrom: "2025-01-01",
      vetoTo: "2025-12-31",
      notes: null,
      endReason: null,
      version: 1,
    },
  });

export const ethicsCreateSchema = z
  .object({
    ...fields,
    periodEnd: fields.periodEnd.optional(),
    score: fields.score.optional(),
    violations: fields.violations.default([]),
    sanction: fields.sanction.optional(),
    veto: fields.veto.default(false),
    vetoFrom: fields.vetoFrom.optional(),
    vetoTo: fields.vetoTo.optional(),
    notes: fields.notes.optional(),
  })
  .openapi("TeacherEthicsRecordCreate", { example: { periodStart: "2024-01-01", periodEnd: "2024-12-31", result: "qualified" } });

export const ethicsUpdateSchema = atLeastOneField(z.object(fields).partial()).openapi("TeacherEthicsRecordUpdate", {
  example: { result: "excellent" },
});

export function toEthics(row: typeof teacherEthicsRecords.$inferSelect): z.infer<typeof ethicsSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    periodStart: row.validFrom,
    periodEnd: row.validTo,
    result: row.result,
    score: decimal(row.score),
    violations: row.violations as z.infer<typeof ethicsSchema>["violations"],
    sanction: row.sanction,
    veto: row.veto,
    vetoFrom: row.vetoFrom,
    vetoTo: row.vetoTo,
    notes: row.notes,
    endReason: row.endReason,
    version: row.version,
  };
}
