import { z } from "@hono/zod-openapi";
import type { teacherEducation } from "../../db/schema/index.ts";
import { EDUCATION_LEVELS, STUDY_MODES } from "../../domain/vocab.ts";
import { isoDate } from "../../lib/http.ts";
import { atLeastOneField } from "./shapes.ts";

const fields = {
  level: z
    .enum(EDUCATION_LEVELS)
    .openapi({ description: "中专/高中 secondary_vocational, 专科 associate, 本科 bachelor, 硕士 master, 博士 doctorate" }),
  institution: z.string().trim().min(1).max(200),
  major: z.string().trim().max(200).nullable(),
  mode: z.enum(STUDY_MODES).openapi({ description: "全日制 full_time or 在职 in_service" }),
  degreeAwarded: z.boolean().openapi({ description: "A degree (学位) was awarded with the qualification" }),
  completedOn: isoDate.openapi({ description: "Date completed; counts from this day" }),
  validTo: isoDate.nullable().openapi({ description: "Only if the qualification was withdrawn" }),
};

export const educationSchema = z
  .object({ id: z.uuid(), teacherId: z.uuid(), ...fields, endReason: z.string().nullable(), version: z.number().int() })
  .openapi("TeacherEducation", {
    example: {
      id: "0193a0d2-1a2b-7c3d-8e4f-5a6b7c8d9e03",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      level: "bachelor",
      institution: "辽宁师范大学",
      major: "数学与应用数学",
      mode: "full_time",
      degreeAwarded: true,
      completedOn: "2008-07-01",
      validTo: null,
      endReason: null,
      version: 1,
    },
  });

export const educationCreateSchema = z
  .object({
    ...fields,
    major: fields.major.optional(),
    mode: fields.mode.default("full_time"),
    degreeAwarded: fields.degreeAwarded.default(true),
    validTo: fields.validTo.optional(),
  })
  .openapi("TeacherEducationCreate", {
    example: { level: "master", institution: "东北师范大学", mode: "in_service", completedOn: "2019-06-30" },
  });

export const educationUpdateSchema = atLeastOneField(z.object(fields).partial()).openapi("TeacherEducationUpdate", {
  example: { major: "课程与教学论" },
});

export function toEducation(row: typeof teacherEducation.$inferSelect): z.infer<typeof educationSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    level: row.level,
    institution: row.institution,
    major: row.major,
    mode: row.mode,
    degreeAwarded: row.degreeAwarded,
    completedOn: row.validFrom,
    validTo: row.validTo,
    endReason: row.endReason,
    version: row.version,
  };
}
