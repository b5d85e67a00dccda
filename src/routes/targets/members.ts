import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { memberPage } from "../../db/metrics/members.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { decodeCursor, toPage, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { teacherPageSchema, toTeacher } from "../../contract/teachers.ts";
import { targetMembersQuery, targetParams } from "../../contract/targets.ts";
import { targetMemberSet } from "../../services/targets/members.ts";

export const route = defineRoute({
  method: "get",
  path: "/targets/{targetId}/members",
  operationId: "listTargetMembers",
  summary: "The teachers behind a target's figures (drill-down)",
  description:
    "`set=numerator`: the teachers counted in the numerator; `population`: everyone in the denominator; `gap`: those in the " +
    "population but not in the numerator (who would have to change for the target to be met). As of `asOf`, cursor-paged by id, " +
    "in the teacher summary shape. Not for aggregate-only roles.",
  tags: ["Targets"],
  "x-permission": "targets.members",
  request: {
    params: targetParams,
    query: targetMembersQuery,
  },
  responses: {
    200: { description: "A page of teachers", content: { "application/json": { schema: teacherPageSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const asOf = q.asOf ?? today();
  const ids = await targetMemberSet(c.var.db, actorOf(c), c.req.valid("param").targetId, q.set, asOf);
  const after = q.cursor ? String(decodeCursor(q.cursor, 1)[0]) : undefined;
  const rows = await memberPage(c.var.db, c.var.principal, ids, asOf, after, q.limit);
  return c.json(
    toPage(
      rows,
      q.limit,
      (r) => [r.id],
      (r) => toTeacher(r, asOf),
    ),
    200,
  );
};
