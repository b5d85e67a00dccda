import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { programCreateSchema, programSchema, toProgram } from "../../../contract/training/programs.ts";
import { createProgram } from "../../../services/training/programs.ts";

export const route = defineRoute({
  method: "post",
  path: "/training-programs",
  operationId: "createTrainingProgram",
  summary: "Create a training programme",
  description: "Owned by a jurisdiction or a school in the caller's subtree; modules (科目) are optional.",
  tags: [TAGS.programs],
  "x-permission": "training.write",
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: programCreateSchema } } },
  },
  responses: {
    201: { description: "Created", headers: etagHeaderDoc, content: { "application/json": { schema: programSchema } } },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { row, mods } = await createProgram(c.var.db, actorOf(c), c.req.valid("json"));
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/training-programs/${row.id}`);
  return c.json(toProgram(row, mods), 201);
};
