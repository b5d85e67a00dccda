import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { jurisdictionPath } from "../../../db/paths.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { decodeCursor, toPage } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { programListQuery, programPageSchema, toProgram } from "../../../contract/training/programs.ts";
import { modulesOf, programPage } from "../../../db/training/programs.ts";

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
  const { jurisdictionId, cursor, limit, ...filters } = c.req.valid("query");
  const db = c.var.db;
  const path = jurisdictionId ? await jurisdictionPath(db, jurisdictionId) : undefined;
  if (jurisdictionId && !path) return c.json({ items: [], nextCursor: null }, 200);
  const after = cursor ? String(decodeCursor(cursor, 1)[0]) : undefined;
  const rows = await programPage(db, c.var.principal, { ...filters, underPath: path, after, limit: limit + 1 });
  const modules = await modulesOf(
    db,
    rows.slice(0, limit).map((r) => r.id),
  );
  return c.json(
    toPage(
      rows,
      limit,
      (r) => [r.id],
      (r) => toProgram(r, modules.get(r.id) ?? []),
    ),
    200,
  );
};
