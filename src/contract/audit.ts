import { z } from "@hono/zod-openapi";
import type { auditEvents } from "../db/schema/index.ts";
import { pageQuery, pageSchema } from "../lib/http.ts";

export const auditEventSchema = z
  .object({
    id: z.uuid(),
    occurredAt: z.iso.datetime(),
    actorId: z.string().openapi({ description: "Client id (or external:<subject>)" }),
    actorRole: z.string(),
    action: z.string().openapi({ example: "update" }),
    entity: z.string().openapi({ example: "Teacher" }),
    entityId: z.string(),
    teacherId: z.uuid().nullable(),
    before: z.record(z.string(), z.unknown()).nullable().openapi({ description: "Changed fields before the write (national IDs masked)" }),
    after: z.record(z.string(), z.unknown()).nullable().openapi({ description: "Changed fields after the write" }),
    requestId: z.string().nullable(),
  })
  .openapi("AuditEvent", {
    example: {
      id: "0193a0cb-6f7a-7b8c-9d0e-1f2a3b4c5d6e",
      occurredAt: "2025-09-01T08:00:00.000Z",
      actorId: "0193a0ca-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
      actorRole: "hr_clerk",
      action: "update",
      entity: "Teacher",
      entityId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      before: { staffNumber: "T-1" },
      after: { staffNumber: "T-2" },
      requestId: "0193a0cb-6f7a-7b8c-9d0e-000000000001",
    },
  });

export const auditEventPageSchema = pageSchema(auditEventSchema, "AuditEventPage");

export const auditListQuery = pageQuery.extend({
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorId: z.string().max(200).optional(),
  from: z.iso.datetime().optional().openapi({ description: "Events at or after this instant" }),
  to: z.iso.datetime().optional().openapi({ description: "Events before this instant" }),
});

export function toAuditEvent(row: typeof auditEvents.$inferSelect): z.infer<typeof auditEventSchema> {
  return {
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    teacherId: row.teacherId,
    before: row.before ?? null,
    after: row.after ?? null,
    requestId: row.requestId,
  };
}
