import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { canSeeProgram } from "../../../auth/training-scope.ts";
import { recordAudit } from "../../../db/audit/record.ts";
import { trainingPrograms, trainingRecords } from "../../../db/schema/index.ts";
import { invalidReference } from "../../../domain/errors.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader, today } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { programsWithOwner } from "../../../db/training/programs.ts";
import { hoursIn, TAGS } from "../../../contract/training/shared.ts";
import { claimCreateSchema, recordSchema, teacherParams, toRecord } from "../../../contract/training/records.ts";
import { requireTeacher } from "../../../db/training/records.ts";

export const route = defineRoute({
  method: "post",
  path: "/teachers/{teacherId}/training-records",
  operationId: "submitTrainingClaim",
  summary: "Submit a training claim",
  description:
    "A claim for hours earned outside a recorded enrolment: an external course (with its evidence reference), a school-based " +
    "activity (校本研修), or a programme completion not recorded through an enrolment. It starts `submitted` and counts only once " +
    "verified. A teacher may claim for themself. The same evidence reference or programme cannot be claimed twice while a " +
    "claim for it is not rejected (409).",
  tags: [TAGS.records],
  "x-permission": "training.claim",
  request: {
    params: teacherParams,
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: claimCreateSchema } } },
  },
  responses: {
    201: { description: "Submitted", headers: etagHeaderDoc, content: { "application/json": { schema: recordSchema } } },
    ...errorResponses(403, 404, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const body = c.req.valid("json");
  const principal = c.var.principal;
  if (body.completedOn > today()) throw ApiError.invalid("Training cannot be claimed before it is completed", [{ pointer: "/completedOn", detail: "Must not be in the future" }]);
  const row = await c.var.db.transaction(async (tx) => {
    await requireTeacher(tx, principal, teacherId, true);
    let level = body.level ?? null;
    if (body.programId) {
      const [program] = await programsWithOwner(tx).where(eq(trainingPrograms.id, body.programId));
      // A teacher sees only programmes they are enrolled in, so a teacher may name any programme; the
      // clerk who verifies the claim checks it. Other callers must see the programme.
      if (!program || (principal.orgType !== "teacher" && !canSeeProgram(principal, program.ownerPath, false))) {
        throw invalidReference("/programId", "Training programme", body.programId);
      }
      level = body.level ?? program.level;
    }
    const [created] = await tx
      .insert(trainingRecords)
      .values({
        teacherId,
        source: body.source,
        programId: body.programId ?? null,
        title: body.title,
        category: body.category,
        level,
        organiser: body.organiser ?? null,
        schoolBased: body.source === "school_activity" || level === "school",
        hours: hoursIn(body.hours),
        completedOn: body.completedOn,
        evidenceRef: body.evidenceRef ?? null,
        note: body.note ?? null,
        status: "submitted",
        submittedBy: principal.id,
      })
      .returning();
    await recordAudit(tx, actorOf(c), { action: "submit", entity: "TrainingRecord", entityId: created!.id, teacherId, after: created! });
    return created!;
  });
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/training-records/${row.id}`);
  return c.json(toRecord(row), 201);
};
