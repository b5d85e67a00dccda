import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { listTargets } from "../../db/targets/targets.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { resolveJurisdiction } from "../../services/metrics/evaluate.ts";
import { targetListQuery, targetPageSchema, toTarget } from "../../contract/targets.ts";

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
  const under = q.jurisdictionId
    ? (await resolveJurisdiction(c.var.db, actorOf(c), q.jurisdictionId, { parameter: "jurisdictionId" })).path
    : undefined;
  const after = q.cursor ? String(decodeCursor(q.cursor, 1)[0]) : undefined;
  const rows = await listTargets(c.var.db, c.var.principal, { under, status: q.status, code: q.code, after, limit: q.limit });
  return c.json(
    toPage(rows, q.limit, (r) => [r.id], toTarget),
    200,
  );
};
