import { z } from "@hono/zod-openapi";
import type { clients } from "../db/schema/index.ts";
import { ROLES } from "../domain/vocab.ts";
import { pageQuery, pageSchema, pathId } from "../lib/http.ts";

const example = {
  id: "0193a0ca-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
  name: "双台子区人事科",
  role: "hr_clerk" as const,
  jurisdictionId: "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
  schoolId: null,
  teacherId: null,
  disabled: false,
  lastUsedAt: null,
  version: 1,
  createdAt: "2025-01-06T08:00:00.000Z",
  updatedAt: "2025-01-06T08:00:00.000Z",
};

export const clientSchema = z
  .object({
    id: z.uuid().openapi({ description: "The client_id for POST /v1/oauth/token" }),
    name: z.string(),
    role: z.enum(ROLES),
    jurisdictionId: z.uuid().nullable(),
    schoolId: z.uuid().nullable(),
    teacherId: z.uuid().nullable(),
    disabled: z.boolean().openapi({ description: "A disabled client cannot get tokens, and its unexpired tokens stop working" }),
    lastUsedAt: z.iso.datetime().nullable().openapi({ description: "When it last obtained a token" }),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Client", { example });

export const clientWithSecretSchema = clientSchema
  .extend({ clientSecret: z.string().openapi({ description: "Shown once; store it now. Only its hash is kept." }) })
  .openapi("ClientWithSecret", { example: { ...example, clientSecret: "q8Jz1v0m3Yt6...base64url" } });

export const clientCreateSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    jurisdictionId: z.uuid().nullable().optional(),
    schoolId: z.uuid().nullable().optional(),
    teacherId: z.uuid().nullable().optional(),
  })
  .openapi("ClientCreate", { example: { name: "双台子区人事科", role: "hr_clerk", jurisdictionId: example.jurisdictionId } });

export const clientUpdateSchema = z
  .object({ name: z.string().trim().min(1).max(200), disabled: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change")
  .openapi("ClientUpdate", { example: { disabled: true } });

export type ClientCreate = z.infer<typeof clientCreateSchema>;
export type ClientUpdate = z.infer<typeof clientUpdateSchema>;

export const clientPageSchema = pageSchema(clientSchema, "ClientPage");
export const clientListQuery = pageQuery.extend({ role: z.enum(ROLES).optional(), disabled: z.enum(["true", "false"]).optional() });
export const clientParams = z.object({ clientId: pathId("clientId") });

export function toClient(row: typeof clients.$inferSelect): z.infer<typeof clientSchema> {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    jurisdictionId: row.jurisdictionId,
    schoolId: row.schoolId,
    teacherId: row.teacherId,
    disabled: row.disabled,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
