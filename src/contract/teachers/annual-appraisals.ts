import { z } from "@hono/zod-openapi";
import type { teacherAnnualAppraisals } from "../../db/schema/index.ts";
import { APPRAISAL_GRADES } from "../../domain/vocab.ts";
import { atLeastOneField, ethicsOverrideField } from "./shapes.ts";

const fields = {
  year: z.number().int().min(1990).max(2100),
  grade: z
    .enum(APPRAISAL_GRADES)
    .openapi({ description: "优秀 excellent, 合格 competent, 基本合格 basically_competent, 不合格 incompetent" }),
  notes: z.string().trim().max(2000).nullable(),
};

export const appraisalSchema = z
  .object({ id: z.uuid(), teacherId: z.uuid(), ...fields, version: z.number().int() })
  .openapi("TeacherAnnualAppraisal", {
    example: {
      id: "0193a0d9-1a2b-7c3d-8e4f-5a6b7c8d9e0a",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      year: 2024,
      grade: "excellent",
      notes: null,
      version: 1,
    },
  });

export const appraisalCreateSchema = z
  .object({ ...fields, notes: fields.notes.optional(), ...ethicsOverrideField })
  .openapi("TeacherAnnualAppraisalCreate", { example: { year: 2024, grade: "competent" } });

export const appraisalUpdateSchema = atLeastOneField(z.object(fields).partial().extend(ethicsOverrideField)).openapi(
  "TeacherAnnualAppraisalUpdate",
  {
    example: { grade: "excellent" },
  },
);

export function toAppraisal(row: typeof teacherAnnualAppraisals.$inferSelect): z.infer<typeof appraisalSchema> {
  return { id: row.id, teacherId: row.teacherId, year: row.year, grade: row.grade, notes: row.notes, version: row.version };
}
