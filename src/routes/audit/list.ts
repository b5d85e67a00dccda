import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { listAuditEvents } from "../../db/audit/list.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { auditEventPageSchema, auditListQuery, toAuditEvent } from "../../contract/audit.ts";

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
  const { cursor, ...filter } = c.req.valid("query");
  const after = cursor ? String(decodeCursor(cursor, 1)[0]) : undefined;
  const rows = await listAuditEvents(c.var.db, c.var.principal, { ...filter, after });
  return c.json(
    toPage(rows, filter.limit, (r) => [r.id], toAuditEvent),
    200,
  );
};
