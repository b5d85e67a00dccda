import { z } from "@hono/zod-openapi";
import type { teacherEmployment } from "../../db/schema/index.ts";
import { EMPLOYMENT_CATEGORIES, TEACHER_STATUSES } from "../../domain/vocab.ts";
import { isoDate, pathId } from "../../lib/http.ts";
import { atLeastOneField } from "./shapes.ts";

const values = {
  employmentCategory: z
    .enum(EMPLOYMENT_CATEGORIES)
    .openapi({ description: "用人类别: on_establishment 在编, contract 合同, substitute 代课, special_post 特岗, other" }),
  onEstablishmentNotAtPost: z.boolean().openapi({ description: "在编不在岗: holds an establishment slot but is not working at the post" }),
  reason: z.string().trim().max(500).nullable().openapi({ description: "Why the period began (合同转正, 病假, 到龄退休 …)" }),
};

export const employmentPeriodSchema = z
  .object({
    id: z.uuid(),
    teacherId: z.uuid(),
    ...values,
    status: z.enum(TEACHER_STATUSES),
    validFrom: isoDate.nullable().openapi({ description: "First day; null for the first period (since the register knew the teacher)" }),
    validTo: isoDate.nullable().openapi({ description: "Last day (inclusive); null while open" }),
    version: z.number().int(),
  })
  .openapi("TeacherEmploymentPeriod", {
    example: {
      id: "0193a0d2-1a2b-7c3d-8e4f-5a6b7c8d9e03",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      employmentCategory: "on_establishment",
      onEstablishmentNotAtPost: false,
      reason: "合同转正",
      status: "active",
      validFrom: "2024-09-01",
      validTo: null,
      version: 1,
    },
  });

export const employmentHistorySchema = z
  .object({
    items: z.array(employmentPeriodSchema).openapi({ description: "Every period, first first; they never overlap and leave no gap" }),
  })
  .openapi("TeacherEmploymentHistory");

export const employmentChangeSchema = z
  .object({
    validFrom: isoDate.openapi({ description: "First day of the new values" }),
    validTo: isoDate
      .nullable()
      .optional()
      .openapi({ description: "Last day, for a change known to end (a leave): the values before it resume the day after" }),
    employmentCategory: values.employmentCategory.optional(),
    onEstablishmentNotAtPost: values.onEstablishmentNotAtPost.optional(),
    status: z
      .enum(["active", "on_leave"])
      .optional()
      .openapi({ description: "on_leave (离岗) or active (returning); ending service is POST /end" }),
    reason: values.reason.optional(),
  })
  .refine((v) => v.employmentCategory !== undefined || v.onEstablishmentNotAtPost !== undefined || v.status !== undefined, {
    message: "Send at least one of employmentCategory, onEstablishmentNotAtPost, status",
    path: ["employmentCategory"],
  })
  .openapi("TeacherEmploymentChange", { example: { validFrom: "2024-09-01", employmentCategory: "on_establishment", reason: "合同转正" } });

export const employmentCorrectionSchema = atLeastOneField(
  z.object({ ...values, status: z.enum(TEACHER_STATUSES).openapi({ description: "Between active and on_leave only" }) }).partial(),
).openapi("TeacherEmploymentCorrection", { example: { employmentCategory: "special_post" } });

export const reinstateSchema = z
  .object({
    on: isoDate.openapi({ description: "First day back in service" }),
    reason: z.string().trim().max(500).optional(),
  })
  .openapi("TeacherReinstate", { example: { on: "2025-09-01", reason: "返聘" } });

export const employmentPeriodParams = z.object({ teacherId: pathId("teacherId"), periodId: pathId("periodId") });

export function toEmploymentPeriod(row: typeof teacherEmployment.$inferSelect): z.infer<typeof employmentPeriodSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    employmentCategory: row.employmentCategory,
    onEstablishmentNotAtPost: row.onEstablishmentNotAtPost,
    reason: row.reason,
    status: row.status,
    validFrom: row.validFrom,
    validTo: row.validTo,
    version: row.version,
  };
}
