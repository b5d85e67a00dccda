import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader, today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { claimCreateSchema, recordSchema, teacherParams, toRecord } from "../../../contract/training/records.ts";
import { claimTraining } from "../../../services/training/records.ts";

export const route = defineRoute({
  method: "post",
  path: "/teachers/{teacherId}/training-records",
  operationId: "submitTrainingClaim",
  summary: "Submit a training claim, or import a decided record",
  description:
    "A claim for hours earned outside a recorded enrolment: an external course (with its evidence reference), a school-based " +
    "activity (校本研修), or a programme completion not recorded through an enrolment. It starts `submitted` and counts only once " +
    "verified. A teacher may claim for themself. The same evidence reference or programme cannot be claimed twice while a " +
    "claim for it is not rejected (409). Historical import: with `status` `verified` or `rejected`, `decidedOn` (the decision's " +
    "business date: on or after completedOn, not in the future) and `reviewedBy` (the historical decider; a rejection also needs " +
    "`rejectionReason`), the record is stored with that decision, recorded now: it counts as of `decidedOn` for `asOf` questions, " +
    "and from this request's instant for `knownAt` questions. Importing needs the permission `training.import` (bureau_admin and " +
    "hr_clerk, for teachers in their scope; a teacher may not: 403); the audit event is `import`, with the historical decider, " +
    "and its actor is the caller. School systems import the same way through sync batches.",
  tags: [TAGS.records],
  "x-permission": "training.claim",
  request: {
    params: teacherParams,
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: claimCreateSchema } } },
  },
  responses: {
    201: { description: "Submitted (or imported)", headers: etagHeaderDoc, content: { "application/json": { schema: recordSchema } } },
    ...errorResponses(403, 404, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const row = await claimTraining(c.var.db, actorOf(c), { teacherId, claim: c.req.valid("json"), today: today() });
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/training-records/${row.id}`);
  return c.json(toRecord(row), 201);
};
