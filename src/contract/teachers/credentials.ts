import { z } from "@hono/zod-openapi";
import type { teacherCredentialEvents, teacherCredentials } from "../../db/schema/index.ts";
import { CREDENTIAL_KINDS, CREDENTIAL_STATUSES, SCHOOL_STAGES } from "../../domain/vocab.ts";
import { isoDate, pageSchema, today } from "../../lib/http.ts";
import { atLeastOneField, ethicsOverrideField } from "./shapes.ts";

const fields = {
  kind: z.enum(CREDENTIAL_KINDS).openapi({
    description: "教师资格证 teacher_certificate, 职业资格 occupational_qualification (双师型), 校长任职资格 principal_qualification",
  }),
  number: z.string().trim().max(100).nullable(),
  issuer: z.string().trim().max(200).nullable(),
  stage: z.enum(SCHOOL_STAGES).nullable().openapi({ description: "For a teacher certificate: the stage it certifies" }),
  subject: z.string().trim().max(100).nullable().openapi({ description: "For a teacher certificate: the subject it names" }),
  occupation: z.string().trim().max(200).nullable().openapi({ description: "For an occupational qualification: occupation and level" }),
  issuedOn: isoDate,
  expiresOn: isoDate.nullable().openapi({ description: "Last valid day; null when it does not expire" }),
};

export const credentialSchema = z
  .object({
    id: z.uuid(),
    teacherId: z.uuid(),
    ...fields,
    status: z.enum(CREDENTIAL_STATUSES).openapi({
      description:
        "Status today: the latest status event on or before today, else expired after expiresOn, else active. Past dates: see the events.",
    }),
    endReason: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi("TeacherCredential", {
    example: {
      id: "0193a0d5-1a2b-7c3d-8e4f-5a6b7c8d9e06",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      kind: "occupational_qualification",
      number: "1921000000123",
      issuer: "辽宁省人力资源和社会保障厅",
      stage: null,
      subject: null,
      occupation: "电工 三级/高级工",
      issuedOn: "2021-05-10",
      expiresOn: null,
      status: "active",
      endReason: null,
      version: 1,
    },
  });

export const credentialCreateSchema = z
  .object({
    ...fields,
    number: fields.number.optional(),
    issuer: fields.issuer.optional(),
    stage: fields.stage.optional(),
    subject: fields.subject.optional(),
    occupation: fields.occupation.optional(),
    expiresOn: fields.expiresOn.optional(),
    ...ethicsOverrideField,
  })
  .openapi("TeacherCredentialCreate", {
    example: {
      kind: "teacher_certificate",
      number: "20102110042000123",
      stage: "junior_secondary",
      subject: "数学",
      issuedOn: "2010-07-01",
    },
  });

export const credentialUpdateSchema = atLeastOneField(z.object(fields).partial().extend(ethicsOverrideField)).openapi(
  "TeacherCredentialUpdate",
  {
    example: { expiresOn: "2030-06-30" },
  },
);

export const credentialEventSchema = z
  .object({
    id: z.uuid(),
    credentialId: z.uuid(),
    status: z.enum(CREDENTIAL_STATUSES),
    effectiveOn: isoDate,
    reason: z.string().nullable(),
  })
  .openapi("TeacherCredentialEvent", {
    example: {
      id: "0193a0d6-1a2b-7c3d-8e4f-5a6b7c8d9e07",
      credentialId: "0193a0d5-1a2b-7c3d-8e4f-5a6b7c8d9e06",
      status: "suspended",
      effectiveOn: "2024-03-01",
      reason: "定期注册未通过",
    },
  });

export const credentialEventCreateSchema = z
  .object({ status: z.enum(CREDENTIAL_STATUSES), effectiveOn: isoDate, reason: z.string().trim().max(500).optional() })
  .openapi("TeacherCredentialEventCreate", { example: { status: "revoked", effectiveOn: "2024-03-01", reason: "违反《教师资格条例》" } });

export const credentialEventPageSchema = pageSchema(credentialEventSchema, "TeacherCredentialEventPage");

export function toCredential(row: typeof teacherCredentials.$inferSelect): z.infer<typeof credentialSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    kind: row.kind,
    number: row.number,
    issuer: row.issuer,
    stage: row.stage,
    subject: row.subject,
    occupation: row.occupation,
    issuedOn: row.validFrom,
    expiresOn: row.validTo,
    // The column holds the status as of the last event; a dated expiry since then shows without one.
    status: row.status === "active" && row.validTo !== null && row.validTo < today() ? "expired" : row.status,
    endReason: row.endReason,
    version: row.version,
  };
}

export function toCredentialEvent(row: typeof teacherCredentialEvents.$inferSelect): z.infer<typeof credentialEventSchema> {
  return { id: row.id, credentialId: row.credentialId, status: row.status, effectiveOn: row.effectiveOn, reason: row.reason };
}
