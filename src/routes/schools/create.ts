import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { canSeeJurisdiction } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { schools } from "../../db/schema/index.ts";
import { invalidReference } from "../../domain/errors.ts";
import { childPath } from "../../domain/org.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../lib/http.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { errorResponses } from "../../lib/problem.ts";
import { lockJurisdiction } from "../../db/jurisdictions/jurisdictions.ts";
import { schoolCreateSchema, schoolSchema, toSchool } from "../../contract/schools.ts";

export const route = defineRoute({
  method: "post",
  path: "/schools",
  operationId: "createSchool",
  summary: "Create a school",
  tags: ["Schools"],
  "x-permission": "org.write",
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: schoolCreateSchema } } },
  },
  responses: {
    201: { description: "Created", headers: etagHeaderDoc, content: { "application/json": { schema: schoolSchema } } },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const body = c.req.valid("json");
  const row = await c.var.db.transaction(async (tx) => {
    const jurisdiction = await lockJurisdiction(tx, body.jurisdictionId);
    if (!jurisdiction || !canSeeJurisdiction(c.var.principal, jurisdiction.path)) throw invalidReference("/jurisdictionId", "Jurisdiction", body.jurisdictionId);
    const id = uuidv7();
    const [created] = await tx
      .insert(schools)
      .values({ ...body, id, staffingQuota: body.staffingQuota ?? null, path: childPath(jurisdiction.path, id) })
      .returning();
    await recordAudit(tx, actorOf(c), { action: "create", entity: "School", entityId: id, orgPath: created!.path, after: created! });
    return created!;
  });
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/schools/${row.id}`);
  return c.json(toSchool(row), 201);
};
