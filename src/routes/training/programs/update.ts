import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { programParams, programSchema, programUpdateSchema, toProgram } from "../../../contract/training/programs.ts";
import { updateProgram } from "../../../services/training/programs.ts";

export const route = defineRoute({
  method: "patch",
  path: "/training-programs/{programId}",
  operationId: "updateTrainingProgram",
  summary: "Update a training programme",
  description:
    "Send only the fields to change. `modules` replaces the module list, allowed only while no module result is recorded (409). " +
    "Hours credited for completions already recorded keep their value. Principals below the owner see the programme but may not change it (403).",
  tags: [TAGS.programs],
  "x-permission": "training.write",
  request: {
    params: programParams,
    headers: ifMatchHeader,
    body: { required: true, content: { "application/json": { schema: programUpdateSchema } } },
  },
  responses: {
    200: { description: "Updated", headers: etagHeaderDoc, content: { "application/json": { schema: programSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId } = c.req.valid("param");
  const { row, mods } = await updateProgram(c.var.db, actorOf(c), {
    programId,
    expected: expectedVersion(c),
    changes: c.req.valid("json"),
  });
  c.header("ETag", etagFor(row.version));
  return c.json(toProgram(row, mods), 200);
};
