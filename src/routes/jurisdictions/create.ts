import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { pathInScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { jurisdictions } from "../../db/schema/index.ts";
import { invalidReference } from "../../domain/errors.ts";
import { canNest, childPath } from "../../domain/org.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../lib/http.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { jurisdictionCreateSchema, jurisdictionSchema, toJurisdiction } from "../../contract/jurisdictions.ts";
import { lockJurisdiction } from "../../db/jurisdictions/jurisdictions.ts";

export const route = defineRoute({
  method: "post",
  path: "/jurisdictions",
  operationId: "createJurisdiction",
  summary: "Create a jurisdiction",
  description: "A child must be at a lower administrative level than its parent (county and district are peers).",
  tags: ["Jurisdictions"],
  "x-permission": "org.write",
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: jurisdictionCreateSchema } } },
  },
  responses: {
    201: { description: "Created", headers: etagHeaderDoc, content: { "application/json": { schema: jurisdictionSchema } } },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const body = c.req.valid("json");
  const row = await c.var.db.transaction(async (tx) => {
    const id = uuidv7();
    let parentPath: string | null = null;
    if (body.parentId) {
      const parent = await lockJurisdiction(tx, body.parentId);
      if (!parent || !pathInScope(c.var.principal, parent.path)) throw invalidReference("/parentId", "Jurisdiction", body.parentId);
      if (!canNest(parent.level, body.level)) {
        throw ApiError.invalid("The level does not fit under the parent", [
          { pointer: "/level", detail: `A ${body.level} cannot sit under a ${parent.level}` },
        ]);
      }
      parentPath = parent.path;
    } else if (c.var.principal.orgType !== "root") {
      throw ApiError.invalid("Only a root administrator can create a root jurisdiction", [{ pointer: "/parentId", detail: "Required" }]);
    }
    const [created] = await tx
      .insert(jurisdictions)
      .values({ id, code: body.code, name: body.name, level: body.level, parentId: body.parentId ?? null, path: childPath(parentPath, id) })
      .returning();
    await recordAudit(tx, actorOf(c), { action: "create", entity: "Jurisdiction", entityId: id, orgPath: created!.path, after: created! });
    return created!;
  });
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/jurisdictions/${row.id}`);
  return c.json(toJurisdiction(row), 201);
};
