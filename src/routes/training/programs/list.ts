import type { RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, sql, type SQL } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { programScope } from "../../../auth/training-scope.ts";
import { jurisdictionPath, underPath } from "../../../db/paths.ts";
import { trainingPrograms } from "../../../db/schema/index.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { decodeCursor, toPage } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { programListQuery, programPageSchema, toProgram } from "../../../contract/training/programs.ts";
import { modulesOf, programsWithOwner } from "../../../db/training/programs.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-programs",
  operationId: "listTrainingPrograms",
  summary: "List training programmes",
  description:
    "Cursor-paged, ordered by id. A programme is visible to principals bound at or above its owner and to those below it " +
    "(it is offered down the owner's subtree); a teacher sees the programmes they are enrolled in.",
  tags: [TAGS.programs],
  "x-permission": "training.read",
  request: { query: programListQuery },
  responses: {
    200: { description: "A page of programmes", content: { "application/json": { schema: programPageSchema } } },
    ...errorResponses(),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const db = c.var.db;
  const where: (SQL | undefined)[] = [programScope(c.var.principal)];
  if (q.jurisdictionId) {
    const path = await jurisdictionPath(db, q.jurisdictionId);
    if (!path) return c.json({ items: [], nextCursor: null }, 200);
    where.push(underPath(sql`coalesce("jurisdictions"."path", "schools"."path")`, path));
  }
  if (q.schoolId) where.push(eq(trainingPrograms.ownerSchoolId, q.schoolId));
  if (q.level) where.push(eq(trainingPrograms.level, q.level));
  if (q.category) where.push(eq(trainingPrograms.category, q.category));
  if (q.mode) where.push(eq(trainingPrograms.mode, q.mode));
  if (q.year) where.push(sql`${trainingPrograms.startDate} between ${`${q.year}-01-01`}::date and ${`${q.year}-12-31`}::date`);
  if (q.cursor) where.push(gt(trainingPrograms.id, String(decodeCursor(q.cursor, 1)[0])));
  const rows = await programsWithOwner(db)
    .where(and(...where))
    .orderBy(asc(trainingPrograms.id))
    .limit(q.limit + 1);
  const modules = await modulesOf(db, rows.slice(0, q.limit).map((r) => r.id));
  return c.json(toPage(rows, q.limit, (r) => [r.id], (r) => toProgram(r, modules.get(r.id) ?? [])), 200);
};
