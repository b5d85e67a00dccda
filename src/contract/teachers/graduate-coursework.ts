import { z } from "@hono/zod-openapi";
import type { teacherGraduateCoursework } from "../../db/schema/index.ts";
import { isoDate } from "../../lib/http.ts";
import { atLeastOneField, decimal } from "./shapes.ts";

const fields = {
  institution: z.string().trim().min(1).max(200),
  program: z.string().trim().min(1).max(200).openapi({ description: "The graduate programme whose courses were completed" }),
  credits: z
    .number()
    .min(0)
    .max(99999)
    .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, "At most one decimal place")
    .nullable(),
  completedOn: isoDate,
  validTo: isoDate.nullable(),
};

export const courseworkSchema = z
  .object({ id: z.uuid(), teacherId: z.uuid(), ...fields, endReason: z.string().nullable(), version: z.number().int() })
  .openapi("TeacherGraduateCoursework", {
    example: {
      id: "0193a0d3-1a2b-7c3d-8e4f-5a6b7c8d9e04",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      institution: "东北师范大学",
      program: "教育硕士（学科教学·数学）课程班",
      credits: 32.5,
      completedOn: "2018-07-10",
      validTo: null,
      endReason: null,
      version: 1,
    },
  });

export const courseworkCreateSchema = z
  .object({ ...fields, credits: fields.credits.optional(), validTo: fields.validTo.optional() })
  .openapi("TeacherGraduateCourseworkCreate", {
    example: { institution: "东北师范大学", program: "研究生课程进修班", credits: 30, completedOn: "2018-07-10" },
  });

export const courseworkUpdateSchema = atLeastOneField(z.object(fields).partial()).openapi("TeacherGraduateCourseworkUpdate", {
  example: { credits: 31 },
});

export function toCoursework(row: typeof teacherGraduateCoursework.$inferSelect): z.infer<typeof courseworkSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    institution: row.institution,
    program: row.program,
    credits: decimal(row.credits),
    completedOn: row.validFrom,
    validTo: row.validTo,
    endReason: row.endReason,
    version: row.version,
  };
}
