import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, type SQL } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { jurisdictionScope } from "../../auth/scope.ts";
import { underPath } from "../../db/paths.ts";
import { jurisdictions, targets } from "../../db/schema/index.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { resolveJurisdiction } from "../../services/metrics/evaluate.ts";
import { targetListQuery, targetPageSchema } from "../../contract/targets.ts";
import { targetsWithPath, toTarget } from "../../db/targets/targets.ts";

export const route = defineRoute({
  method: "get",
  path: "/targets",
  operationId: "listTargets",
  summary: "List targets in scope",
  description: "Targets of the caller's subtree (or of the subtree of `jurisdictionId`), ordered by id.",
  tags: ["Targets"],
  "x-permission": "targets.read",
  request: { query: targetListQuery },
  responses: {
    200: { description: "A page of targets", content: { "application/json": { schema: targetPageSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const where: (SQL | undefined)[] = [jurisdictionScope(c.var.principal)];
  if (q.jurisdictionId) {
    const j = await resolveJurisdiction(c.var.db, c.var.principal, q.jurisdictionId, { parameter: "jurisdictionId" });
    where.push(underPath(jurisdictions.path.getSQL(), j.path));
  }
  if (q.status) where.push(eq(targets.status, q.status));
  if (q.code) where.push(eq(targets.code, q.code));
  if (q.cursor) where.push(gt(targets.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await targetsWithPath(c.var.db).where(and(...where)).orderBy(asc(targets.id)).limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.id], toTarget), 200);
};
