import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, gte, lt, type SQL } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { auditEvents } from "../../db/schema/index.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { auditEventPageSchema, auditListQuery, toAuditEvent } from "../../contract/audit.ts";
import { auditScope } from "./scope.ts";

export const route = defineRoute({
  method: "get",
  path: "/audit-events",
  operationId: "listAuditEvents",
  summary: "Read the audit trail",
  description: "Every write and every full national-ID read, oldest first. Append-only: no operation changes or deletes events.",
  tags: ["Audit"],
  "x-permission": "audit.read",
  request: { query: auditListQuery },
  responses: {
    200: { description: "A page of events", content: { "application/json": { schema: auditEventPageSchema } } },
    ...errorResponses(403),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const where: (SQL | undefined)[] = [auditScope(c.var.principal)];
  if (q.entity) where.push(eq(auditEvents.entity, q.entity));
  if (q.entityId) where.push(eq(auditEvents.entityId, q.entityId));
  if (q.actorId) where.push(eq(auditEvents.actorId, q.actorId));
  if (q.from) where.push(gte(auditEvents.occurredAt, new Date(q.from)));
  if (q.to) where.push(lt(auditEvents.occurredAt, new Date(q.to)));
  if (q.cursor) where.push(gt(auditEvents.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await c.var.db.select().from(auditEvents).where(and(...where)).orderBy(asc(auditEvents.id)).limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.id], toAuditEvent), 200);
};
