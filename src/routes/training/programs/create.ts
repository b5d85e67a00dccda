import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { canManageProgram } from "../../../auth/training-scope.ts";
import { recordAudit } from "../../../db/audit/record.ts";
import { jurisdictions, schools, trainingProgramModules, trainingPrograms } from "../../../db/schema/index.ts";
import type { Queryable } from "../../../db/types.ts";
import { invalidReference } from "../../../domain/errors.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader } from "../../../lib/http.ts";
import { uuidv7 } from "../../../lib/ids.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { hoursIn, TAGS } from "../../../contract/training/shared.ts";
import { programCreateSchema, programSchema, toProgram } from "../../../contract/training/programs.ts";
import type { ModuleRow } from "../../../db/training/programs.ts";

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

/** The owner's path, locked so it cannot move while the programme is written; undefined if unknown. */
export async function ownerPath(tx: Queryable, owner: { ownerJurisdictionId?: string | null; ownerSchoolId?: string | null }) {
  if (owner.ownerJurisdictionId) {
    const [j] = await tx.select({ path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, owner.ownerJurisdictionId)).for("share");
    return j?.path;
  }
  const [s] = await tx.select({ path: schools.path }).from(schools).where(eq(schools.id, owner.ownerSchoolId!)).for("share");
  return s?.path;
}

export async function insertModules(tx: Queryable, programId: string, modules: { code: string; title: string; hours?: number | null }[]): Promise<ModuleRow[]> {
  if (modules.length === 0) return [];
  return tx
    .insert(trainingProgramModules)
    .values(modules.map((m, i) => ({ programId, code: m.code, title: m.title, hours: m.hours ? hoursIn(m.hours) : null, position: i + 1 })))
    .returning();
}

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { modules, ...body } = c.req.valid("json");
  const principal = c.var.principal;
  const { row, mods } = await c.var.db.transaction(async (tx) => {
    const path = await ownerPath(tx, body);
    const pointer = body.ownerJurisdictionId ? "/ownerJurisdictionId" : "/ownerSchoolId";
    const what = body.ownerJurisdictionId ? "Jurisdiction" : "School";
    if (!path || !canManageProgram(principal, path)) throw invalidReference(pointer, what, (body.ownerJurisdictionId ?? body.ownerSchoolId)!);
    const id = uuidv7();
    const [created] = await tx
      .insert(trainingPrograms)
      .values({
        ...body,
        id,
        creditedHours: hoursIn(body.creditedHours),
        organiser: body.organiser ?? null,
        targetGroup: body.targetGroup ?? null,
        capacity: body.capacity ?? null,
        ownerJurisdictionId: body.ownerJurisdictionId ?? null,
        ownerSchoolId: body.ownerSchoolId ?? null,
      })
      .returning();
    const mods = await insertModules(tx, id, modules);
    await recordAudit(tx, actorOf(c), { action: "create", entity: "TrainingProgram", entityId: id, orgPath: path, after: { ...created!, modules: mods.map((m) => m.code) } });
    return { row: { ...created!, ownerPath: path }, mods };
  });
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/training-programs/${row.id}`);
  return c.json(toProgram(row, mods), 201);
};
