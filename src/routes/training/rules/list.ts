import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { pathIds, ruleScope } from "../../../auth/training-scope.ts";
import { jurisdictionPath } from "../../../db/paths.ts";
import { jurisdictions, trainingRules } from "../../../db/schema/index.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { decodeCursor, toPage } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { ruleListQuery, rulePageSchema, toRule } from "../../../contract/training/rules.ts";
import { rulesWithPath } from "../../../db/training/rules.ts";

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
  const where: (SQL | undefined)[] = [ruleScope(c.var.principal, sql`${jurisdictions.path}`)];
  if (q.jurisdictionId) where.push(eq(trainingRules.jurisdictionId, q.jurisdictionId));
  if (q.appliesTo) {
    const path = await jurisdictionPath(c.var.db, q.appliesTo);
    if (!path) return c.json({ items: [], nextCursor: null }, 200);
    where.push(sql`${trainingRules.jurisdictionId} = any(${sql.raw(`array[${pathIds(path).map((id) => `'${id}'`).join(",")}]::uuid[]`)})`);
  }
  if (q.cursor) where.push(gt(trainingRules.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await rulesWithPath(c.var.db)
    .where(and(...where))
    .orderBy(asc(trainingRules.id))
    .limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.id], toRule), 200);
};
