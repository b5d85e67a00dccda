import { z } from "@hono/zod-openapi";
import type { teacherSubjects } from "../../db/schema/index.ts";
import { SCHOOL_STAGES, SUBJECT_FLAGS, SUBJECTS } from "../../domain/vocab.ts";
import { isoDate } from "../../lib/http.ts";
import { atLeastOneField } from "./shapes.ts";

const fields = {
  subject: z.enum(SUBJECTS),
  stage: z.enum(SCHOOL_STAGES).nullable().openapi({ description: "Stage taught, if the subject is taught at one stage" }),
  isMain: z.boolean().openapi({ description: "Main subject (主教学科) rather than an additional one" }),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
};

const flagSet = new Set<string>(SUBJECT_FLAGS);

export const subjectSchema = z
  .object({
    id: z.uuid(),
    teacherId: z.uuid(),
    ...fields,
    flags: z.array(z.enum(SUBJECT_FLAGS)).openapi({
      description: "Target flags this subject carries (思政, PE, music, art, labour, health care, ICT, psychology, special education)",
    }),
    endReason: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi("TeacherSubject", {
    example: {
      id: "0193a0d4-1a2b-7c3d-8e4f-5a6b7c8d9e05",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      subject: "physical_education",
      stage: "primary",
      isMain: true,
      validFrom: "2019-09-01",
      validTo: null,
      flags: ["physical_education"],
      endReason: null,
      version: 1,
    },
  });

export const subjectCreateSchema = z
  .object({ ...fields, stage: fields.stage.optional(), isMain: fields.isMain.default(true), validTo: fields.validTo.optional() })
  .openapi("TeacherSubjectCreate", { example: { subject: "music", stage: "primary", validFrom: "2020-09-01" } });

export const subjectUpdateSchema = atLeastOneField(z.object(fields).partial()).openapi("TeacherSubjectUpdate", {
  example: { isMain: false },
});

export function toSubject(row: typeof teacherSubjects.$inferSelect): z.infer<typeof subjectSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    subject: row.subject,
    stage: row.stage,
    isMain: row.isMain,
    validFrom: row.validFrom,
    validTo: row.validTo,
    flags: flagSet.has(row.subject) ? [row.subject as (typeof SUBJECT_FLAGS)[number]] : [],
    endReason: row.endReason,
    version: row.version,
  };
}
