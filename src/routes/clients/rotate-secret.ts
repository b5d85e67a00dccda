import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { generateSecret, hashSecret } from "../../auth/secrets.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { clients } from "../../db/schema/index.ts";
import { updateVersioned } from "../../db/versioned.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { clientParams, clientWithSecretSchema, toClient } from "../../contract/clients.ts";
import { clientScope } from "../../db/clients/clients.ts";

export const route = defineRoute({
  method: "post",
  path: "/clients/{clientId}/secret",
  operationId: "rotateClientSecret",
  summary: "Issue a new client secret",
  description: "The old secret stops working for new tokens at once; tokens already issued run until they expire.",
  tags: ["Clients"],
  "x-permission": "clients.manage",
  request: { params: clientParams, headers: idempotencyHeader },
  responses: {
    200: { description: "The client with its new secret", headers: etagHeaderDoc, content: { "application/json": { schema: clientWithSecretSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { clientId } = c.req.valid("param");
  const secret = generateSecret();
  const secretHash = await hashSecret(secret, c.var.deps.auth.secretIterations);
  const row = await c.var.db.transaction(async (tx) => {
    const [current] = await tx.select({ id: clients.id }).from(clients).where(and(eq(clients.id, clientId), clientScope(c.var.principal)));
    if (!current) throw ApiError.notFound("Client", clientId);
    const updated = await updateVersioned(tx, clients, "Client", clientId, undefined, { secretHash });
    await recordAudit(tx, actorOf(c), { action: "rotate_secret", entity: "Client", entityId: clientId, after: { secretRotated: true } });
    return updated;
  });
  c.header("ETag", etagFor(row.version));
  c.header("Cache-Control", "no-store");
  return c.json({ ...toClient(row), clientSecret: secret }, 200);
};
