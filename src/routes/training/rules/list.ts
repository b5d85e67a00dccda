import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { jurisdictionPath } from "../../../db/paths.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { decodeCursor, toPage } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { ruleListQuery, rulePageSchema, toRule } from "../../../contract/training/rules.ts";
import { rulePage } from "../../../db/training/rules.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-rules",
  operationId: "listTrainingRules",
  summary: "List continuing-education rule versions",
  description:
    "Cursor-paged, ordered by id. A principal sees the versions attached in its subtree and those of its ancestors (which its " +
    "teachers inherit: the nearest jurisdiction with a version in force on a date decides).",
  tags: [TAGS.rules],
  "x-permission": "training.rules.read",
  request: { query: ruleListQuery },
  responses: {
    200: { description: "A page of rule versions", content: { "application/json": { schema: rulePageSchema } } },
    ...errorResponses(),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const path = q.appliesTo ? await jurisdictionPath(c.var.db, q.appliesTo) : undefined;
  if (q.appliesTo && !path) return c.json({ items: [], nextCursor: null }, 200);
  const after = q.cursor ? String(decodeCursor(q.cursor, 1)[0]) : undefined;
  const rows = await rulePage(c.var.db, c.var.principal, {
    jurisdictionId: q.jurisdictionId,
    appliesToPath: path,
    after,
    limit: q.limit + 1,
  });
  return c.json(
    toPage(rows, q.limit, (r) => [r.id], toRule),
    200,
  );
};
