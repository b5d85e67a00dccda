import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { clients } from "../../db/schema/index.ts";
import { updateVersioned } from "../../db/versioned.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { clientParams, clientSchema, clientUpdateSchema, toClient } from "../../contract/clients.ts";
import { clientScope } from "../../db/clients/clients.ts";

export const route = defineRoute({
  method: "patch",
  path: "/clients/{clientId}",
  operationId: "updateClient",
  summary: "Rename, disable or re-enable an API client",
  description: "Disabling takes effect at once: the client's unexpired tokens stop working.",
  tags: ["Clients"],
  "x-permission": "clients.manage",
  request: { params: clientParams, headers: ifMatchHeader, body: { required: true, content: { "application/json": { schema: clientUpdateSchema } } } },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: clientSchema } } },
    ...errorResponses(403, 404, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { clientId } = c.req.valid("param");
  const body = c.req.valid("json");
  const expected = expectedVersion(c);
  const row = await c.var.db.transaction(async (tx) => {
    const scope = clientScope(c.var.principal);
    const [current] = await tx.select().from(clients).where(and(eq(clients.id, clientId), scope)).for("update");
    if (!current) throw ApiError.notFound("Client", clientId);
    if (clientId === c.var.principal.id && body.disabled) throw new ApiError("conflict", "A client cannot disable itself");
    const updated = await updateVersioned(tx, clients, "Client", clientId, expected, body);
    await recordAudit(tx, actorOf(c), { action: "update", entity: "Client", entityId: clientId, before: current, after: updated });
    return updated;
  });
  c.header("ETag", etagFor(row.version));
  return c.json(toClient(row), 200);
};
