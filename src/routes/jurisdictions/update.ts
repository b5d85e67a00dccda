import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { canSeeJurisdiction, pathInScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { jurisdictions } from "../../db/schema/index.ts";
import { updateVersioned } from "../../db/versioned.ts";
import { invalidReference } from "../../domain/errors.ts";
import { canNest, childPath, isWithin } from "../../domain/org.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { jurisdictionParams, jurisdictionSchema, jurisdictionUpdateSchema, toJurisdiction } from "../../contract/jurisdictions.ts";
import { lockJurisdiction, movePaths } from "../../db/jurisdictions/jurisdictions.ts";

export const route = defineRoute({
  method: "patch",
  path: "/jurisdictions/{jurisdictionId}",
  operationId: "updateJurisdiction",
  summary: "Update a jurisdiction",
  description: "Changing `parentId` moves the whole subtree (its jurisdictions and schools) in one transaction.",
  tags: ["Jurisdictions"],
  "x-permission": "org.write",
  request: {
    params: jurisdictionParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: jurisdictionUpdateSchema } } },
  },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: jurisdictionSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { jurisdictionId } = c.req.valid("param");
  const body = c.req.valid("json");
  const expected = expectedVersion(c);
  const row = await c.var.db.transaction(async (tx) => {
    const current = await lockJurisdiction(tx, jurisdictionId);
    if (!current || !canSeeJurisdiction(c.var.principal, current.path)) throw ApiError.notFound("Jurisdiction", jurisdictionId);
    const level = body.level ?? current.level;
    const parentId = body.parentId === undefined ? current.parentId : body.parentId;
    let path = current.path;
    if (parentId !== current.parentId || level !== current.level) {
      const parent = parentId ? await lockJurisdiction(tx, parentId) : undefined;
      if (parentId && (!parent || !pathInScope(c.var.principal, parent.path))) throw invalidReference("/parentId", "Jurisdiction", parentId);
      if (!parentId && c.var.principal.orgType !== "root") {
        throw ApiError.invalid("Only a root administrator can make a root jurisdiction", [{ pointer: "/parentId", detail: "Required" }]);
      }
      if (parent && isWithin(parent.path, current.path)) {
        throw ApiError.invalid("A jurisdiction cannot move under itself", [{ pointer: "/parentId", detail: "Would create a cycle" }]);
      }
      if (parent && !canNest(parent.level, level)) {
        throw ApiError.invalid("The level does not fit under the parent", [{ pointer: "/level", detail: `A ${level} cannot sit under a ${parent.level}` }]);
      }
      const children = await tx.select({ level: jurisdictions.level }).from(jurisdictions).where(eq(jurisdictions.parentId, jurisdictionId));
      const misfit = children.find((ch) => !canNest(level, ch.level));
      if (misfit) {
        throw ApiError.invalid("The level does not fit above the children", [{ pointer: "/level", detail: `A ${misfit.level} cannot sit under a ${level}` }]);
      }
      path = childPath(parent?.path ?? null, jurisdictionId);
    }
    const updated = await updateVersioned(tx, jurisdictions, "Jurisdiction", jurisdictionId, expected, {
      ...body,
      path,
    });
    if (path !== current.path) await movePaths(tx, current.path, path);
    await recordAudit(tx, actorOf(c), { action: "update", entity: "Jurisdiction", entityId: jurisdictionId, orgPath: path, before: current, after: updated });
    return updated;
  });
  c.header("ETag", etagFor(row.version));
  return c.json(toJurisdiction(row), 200);
};
