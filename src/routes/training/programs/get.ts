import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { programParams, programSchema, toProgram } from "../../../contract/training/programs.ts";
import { modulesOf, visibleProgram } from "../../../db/training/programs.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-programs/{programId}",
  operationId: "getTrainingProgram",
  summary: "Get a training programme",
  tags: [TAGS.programs],
  "x-permission": "training.read",
  request: { params: programParams },
  responses: {
    200: {
      description: "The programme with its modules",
      headers: etagHeaderDoc,
      content: { "application/json": { schema: programSchema } },
    },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId } = c.req.valid("param");
  const row = await visibleProgram(c.var.db, c.var.principal, programId);
  const modules = await modulesOf(c.var.db, [row.id]);
  c.header("ETag", etagFor(row.version));
  return c.json(toProgram(row, modules.get(row.id) ?? []), 200);
};
