import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { generateSecret, hashSecret } from "../../auth/secrets.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { clients } from "../../db/schema/index.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { clientCreateSchema, clientWithSecretSchema, toClient } from "../../contract/clients.ts";
import { checkBinding } from "../../db/clients/clients.ts";

export const route = defineRoute({
  method: "post",
  path: "/clients",
  operationId: "createClient",
  summary: "Create an API client",
  description: "The response carries `clientSecret` once; only a slow hash of it is stored.",
  tags: ["Clients"],
  "x-permission": "clients.manage",
  request: { headers: idempotencyHeader, body: { required: true, content: { "application/json": { schema: clientCreateSchema } } } },
  responses: {
    201: { description: "Created, with its secret", headers: etagHeaderDoc, content: { "application/json": { schema: clientWithSecretSchema } } },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const body = c.req.valid("json");
  const secret = generateSecret();
  const secretHash = await hashSecret(secret, c.var.deps.auth.secretIterations);
  const row = await c.var.db.transaction(async (tx) => {
    await checkBinding(tx, c.var.principal, body);
    const [created] = await tx
      .insert(clients)
      .values({ name: body.name, role: body.role, jurisdictionId: body.jurisdictionId ?? null, schoolId: body.schoolId ?? null, teacherId: body.teacherId ?? null, secretHash })
      .returning();
    await recordAudit(tx, actorOf(c), { action: "create", entity: "Client", entityId: created!.id, after: created! });
    return created!;
  });
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/clients/${row.id}`);
  c.header("Cache-Control", "no-store");
  return c.json({ ...toClient(row), clientSecret: secret }, 201);
};
