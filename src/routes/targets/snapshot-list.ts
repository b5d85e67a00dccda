import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { seesSmallCells } from "../../auth/policy.ts";
import { listSnapshots } from "../../db/targets/snapshots.ts";
import { findTarget } from "../../db/targets/targets.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, pageQuery, pageSchema, toPage } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { snapshotSchema, targetParams, toSnapshot } from "../../contract/targets.ts";

export const route = defineRoute({
  method: "get",
  path: "/targets/{targetId}/snapshots",
  operationId: "listTargetSnapshots",
  summary: "The target's stored evaluations (its trend), oldest date first",
  tags: ["Targets"],
  "x-permission": "targets.read",
  request: { params: targetParams, query: pageQuery },
  responses: {
    200: {
      description: "A page of snapshots",
      content: { "application/json": { schema: pageSchema(snapshotSchema, "TargetSnapshotPage") } },
    },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const t = await findTarget(c.var.db, c.var.principal, c.req.valid("param").targetId);
  const after = q.cursor ? (decodeCursor(q.cursor, 2) as [string, string]) : undefined;
  const rows = await listSnapshots(c.var.db, t.id, after, q.limit);
  const suppress = !seesSmallCells(c.var.principal.role);
  return c.json(
    toPage(
      rows,
      q.limit,
      (r) => [r.asOf, r.id],
      (r) => toSnapshot(r, suppress),
    ),
    200,
  );
};
