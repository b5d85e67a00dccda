import type { RouteHandler } from "@hono/zod-openapi";
import { eq, inArray } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { canManageProgram } from "../../../auth/training-scope.ts";
import { recordAudit } from "../../../db/audit/record.ts";
import { trainingEnrollments, trainingModuleResults, trainingProgramModules, trainingPrograms } from "../../../db/schema/index.ts";
import { updateVersioned } from "../../../db/versioned.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, ifMatchHeader } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { hoursIn, TAGS } from "../../../contract/training/shared.ts";
import { insertModules } from "./create.ts";
import { programParams, programSchema, programUpdateSchema, toProgram } from "../../../contract/training/programs.ts";
import { lockVisibleProgram, modulesOf } from "../../../db/training/programs.ts";

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
  const { modules, ...body } = c.req.valid("json");
  const expected = expectedVersion(c);
  const principal = c.var.principal;
  const { row, mods } = await c.var.db.transaction(async (tx) => {
    const current = await lockVisibleProgram(tx, principal, programId);
    if (!canManageProgram(principal, current.ownerPath)) throw new ApiError("forbidden", "The programme is owned above the caller's org; only its owner's subtree may change it");
    const start = body.startDate ?? current.startDate;
    const end = body.endDate ?? current.endDate;
    if (end < start) throw ApiError.invalid("The programme would end before it starts", [{ pointer: body.endDate ? "/endDate" : "/startDate", detail: `Must be on or after ${start}` }]);
    const values: Record<string, unknown> = { ...body };
    if (body.creditedHours !== undefined) values.creditedHours = hoursIn(body.creditedHours);
    const updated = await updateVersioned(tx, trainingPrograms, "Training programme", programId, expected, values);
    let mods = (await modulesOf(tx, [programId])).get(programId)!;
    if (modules) {
      const existing = mods.map((m) => m.id);
      if (existing.length) {
        const [used] = await tx
          .select({ id: trainingModuleResults.id })
          .from(trainingModuleResults)
          .innerJoin(trainingEnrollments, eq(trainingEnrollments.id, trainingModuleResults.enrollmentId))
          .where(inArray(trainingModuleResults.moduleId, existing))
          .limit(1);
        if (used) throw new ApiError("conflict", "Module results are recorded; the module list can no longer be replaced");
        await tx.delete(trainingProgramModules).where(eq(trainingProgramModules.programId, programId));
      }
      mods = await insertModules(tx, programId, modules);
    }
    await recordAudit(tx, actorOf(c), {
      action: "update",
      entity: "TrainingProgram",
      entityId: programId,
      orgPath: current.ownerPath,
      before: current,
      after: modules ? { ...updated, modules: mods.map((m) => m.code) } : updated,
    });
    return { row: { ...updated, ownerPath: current.ownerPath }, mods };
  });
  c.header("ETag", etagFor(row.version));
  return c.json(toProgram(row, mods), 200);
};
