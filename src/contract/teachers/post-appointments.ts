import { z } from "@hono/zod-openapi";
import type { teacherPostAppointments } from "../../db/schema/index.ts";
import { TITLE_LEVELS } from "../../domain/vocab.ts";
import { isoDate } from "../../lib/http.ts";
import { atLeastOneField, ethicsOverrideField } from "./shapes.ts";

const fields = {
  postLevel: z
    .enum(TITLE_LEVELS)
    .openapi({ description: "The level of the post appointed to (岗位聘用), which may differ from the title held (低职高聘)" }),
  grade: z.number().int().min(1).max(13).nullable().openapi({ description: "专业技术岗位等级 1–13, if known" }),
  appointedOn: isoDate.openapi({ description: "First day of the appointment" }),
  validTo: isoDate.nullable().openapi({ description: "Last day of the appointment" }),
};

export const postAppointmentSchema = z
  .object({ id: z.uuid(), teacherId: z.uuid(), ...fields, endReason: z.string().nullable(), version: z.number().int() })
  .openapi("TeacherPostAppointment", {
    example: {
      id: "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e02",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      postLevel: "senior",
      grade: 7,
      appointedOn: "2023-01-01",
      validTo: null,
      endReason: null,
      version: 1,
    },
  });

export const postAppointmentCreateSchema = z
  .object({ ...fields, grade: fields.grade.optional(), validTo: fields.validTo.optional(), ...ethicsOverrideField })
  .openapi("TeacherPostAppointmentCreate", { example: { postLevel: "senior", grade: 7, appointedOn: "2023-01-01" } });

export const postAppointmentUpdateSchema = atLeastOneField(z.object(fields).partial().extend(ethicsOverrideField)).openapi(
  "TeacherPostAppointmentUpdate",
  {
    example: { grade: 6 },
  },
);

export function toPostAppointment(row: typeof teacherPostAppointments.$inferSelect): z.infer<typeof postAppointmentSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    postLevel: row.postLevel,
    grade: row.grade,
    appointedOn: row.validFrom,
    validTo: row.validTo,
    endReason: row.endReason,
    version: row.version,
  };
}
