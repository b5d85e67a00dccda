import { z } from "@hono/zod-openapi";
import type { teacherDesignations } from "../../db/schema/index.ts";
import { DESIGNATION_LEVELS, DESIGNATION_STATUSES, DESIGNATION_TYPES, SUBJECTS } from "../../domain/vocab.ts";
import { isoDate } from "../../lib/http.ts";
import { atLeastOneField, ethicsOverrideField } from "./shapes.ts";

const fields = {
  type: z.enum(DESIGNATION_TYPES).openapi({
    description: "特级教师 special_grade, 名师 famous_teacher, 学科带头人 subject_leader, 骨干教师 backbone, ... ; `other` with typeName",
  }),
  typeName: z.string().trim().max(100).nullable().openapi({ description: "The local name, required for type `other` (e.g. 智慧教育名师)" }),
  level: z.enum(DESIGNATION_LEVELS),
  batch: z.string().trim().max(100).nullable().openapi({ description: "Edition or batch (届/批), e.g. 第十批" }),
  subject: z.enum(SUBJECTS).nullable(),
  awardedBy: z.string().trim().max(200).nullable(),
  awardedOn: isoDate,
  validUntil: isoDate.nullable().openapi({ description: "Last valid day (term end, or the revocation date)" }),
  status: z
    .enum(DESIGNATION_STATUSES)
    .openapi({ description: "active, expired or revoked; a revoked designation carries its revocation date in validUntil" }),
};

export const designationSchema = z
  .object({ id: z.uuid(), teacherId: z.uuid(), ...fields, endReason: z.string().nullable(), version: z.number().int() })
  .openapi("TeacherDesignation", {
    example: {
      id: "0193a0d7-1a2b-7c3d-8e4f-5a6b7c8d9e08",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      type: "backbone",
      typeName: null,
      level: "city",
      batch: "第五批",
      subject: "mathematics",
      awardedBy: "盘锦市教育局",
      awardedOn: "2022-09-10",
      validUntil: "2025-09-09",
      status: "active",
      endReason: null,
      version: 1,
    },
  });

export const designationCreateSchema = z
  .object({
    ...fields,
    typeName: fields.typeName.optional(),
    batch: fields.batch.optional(),
    subject: fields.subject.optional(),
    awardedBy: fields.awardedBy.optional(),
    validUntil: fields.validUntil.optional(),
    status: fields.status.default("active"),
    ...ethicsOverrideField,
  })
  .openapi("TeacherDesignationCreate", {
    example: {
      type: "backbone",
      level: "city",
      batch: "第五批",
      subject: "mathematics",
      awardedOn: "2022-09-10",
      validUntil: "2025-09-09",
    },
  });

export const designationUpdateSchema = atLeastOneField(z.object(fields).partial().extend(ethicsOverrideField)).openapi(
  "TeacherDesignationUpdate",
  {
    example: { status: "revoked", validUntil: "2024-05-31" },
  },
);

export function toDesignation(row: typeof teacherDesignations.$inferSelect): z.infer<typeof designationSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    type: row.type,
    typeName: row.typeName,
    level: row.level,
    batch: row.batch,
    subject: row.subject,
    awardedBy: row.awardedBy,
    awardedOn: row.validFrom,
    validUntil: row.validTo,
    status: row.status,
    endReason: row.endReason,
    version: row.version,
  };
}
