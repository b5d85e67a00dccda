import { z } from "@hono/zod-openapi";
import type { teacherAssignments } from "../../db/schema/index.ts";
import { ASSIGNMENT_KINDS, POST_TYPES } from "../../domain/vocab.ts";
import { isoDate } from "../../lib/http.ts";

const example = {
  id: "0193a0c8-3c4d-7e5f-8a6b-7c8d9e0f1a2b",
  teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
  schoolId: "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
  kind: "primary" as const,
  postType: "teaching" as const,
  validFrom: "2021-09-01",
  validTo: null,
  endReason: null,
  version: 1,
};

const fields = {
  schoolId: z.uuid(),
  kind: z.enum(ASSIGNMENT_KINDS).openapi({ description: "primary = home post (at most one at a time); secondary = concurrent post" }),
  postType: z.enum(POST_TYPES),
  validFrom: isoDate.openapi({ description: "First day at the post" }),
  validTo: isoDate.nullable().openapi({ description: "Last day at the post (inclusive); null while open" }),
};

export const assignmentSchema = z
  .object({ id: z.uuid(), teacherId: z.uuid(), ...fields, endReason: z.string().nullable(), version: z.number().int() })
  .openapi("TeacherAssignment", { example });

export const assignmentCreateSchema = z
  .object({
    ...fields,
    kind: fields.kind.default("primary"),
    postType: fields.postType.default("teaching"),
    validTo: fields.validTo.optional(),
  })
  .openapi("TeacherAssignmentCreate", {
    example: { schoolId: example.schoolId, kind: "primary", postType: "teaching", validFrom: "2021-09-01" },
  });

export const assignmentUpdateSchema = z
  .object(fields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change")
  .openapi("TeacherAssignmentUpdate", { example: { validFrom: "2021-08-28" } });

export function toAssignment(row: typeof teacherAssignments.$inferSelect): z.infer<typeof assignmentSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    schoolId: row.schoolId,
    kind: row.kind,
    postType: row.postType,
    validFrom: row.validFrom,
    validTo: row.validTo,
    endReason: row.endReason,
    version: row.version,
  };
}
