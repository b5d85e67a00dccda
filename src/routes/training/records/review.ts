import type { RouteHandler } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { recordAudit } from "../../../db/audit/record.ts";
import { trainingRecords } from "../../../db/schema/index.ts";
import { updateVersioned } from "../../../db/versioned.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, idempotencyHeader, ifMatchHeader } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { recordParams, recordSchema, rejectSchema, toRecord } from "../../../contract/training/records.ts";
import { findRecord } from "../../../db/training/records.ts";

const headers = ifMatchHeader.extend(idempotencyHeader.shape);

export const verifyRoute = defineRoute({
  method: "post",
  path: "/training-records/{recordId}/verify",
  operationId: "verifyTrainingRecord",
  summary: "Verify a submitted training record",
  description: "submitted → verified; the reviewer and the instant are kept. Any other status is 409.",
  tags: [TAGS.records],
  "x-permission": "training.verify",
  request: {
    params: recordParams,
    headers,
    body: { required: false, content: { "application/json": { schema: z.object({}).openapi("TrainingRecordVerify") } } },
  },
  responses: {
    200: { description: "Verified", headers: etagHeaderDoc, content: { "application/json": { schema: recordSchema } } },
    ...errorResponses(403, 404, 409, 412),
  },
});

export const rejectRoute = defineRoute({
  method: "post",
  path: "/training-records/{recordId}/reject",
  operationId: "rejectTrainingRecord",
  summary: "Reject a training record, with a reason",
  description:
    "submitted → rejected, or verified → rejected to withdraw a verification; the reason, reviewer and instant are kept and the " +
    "record stops counting from that instant (earlier evaluations still see it). A programme completion is changed through its " +
    "enrolment result instead (409).",
  tags: [TAGS.records],
  "x-permission": "training.verify",
  request: {
    params: recordParams,
    headers,
    body: { required: true, content: { "application/json": { schema: rejectSchema } } },
  },
  responses: {
    200: { description: "Rejected", headers: etagHeaderDoc, content: { "application/json": { schema: recordSchema } } },
    ...errorResponses(403, 404, 409, 412, 415),
  },
});

async function review(c: Parameters<RouteHandler<typeof verifyRoute, AppEnv>>[0], recordId: string, to: "verified" | "rejected", reason?: string) {
  const expected = expectedVersion(c);
  const principal = c.var.principal;
  return c.var.db.transaction(async (tx) => {
    const current = await findRecord(tx, principal, recordId, true);
    if (to === "verified" && current.status !== "submitted") throw new ApiError("conflict", `The record is ${current.status}; only a submitted record can be verified`);
    if (to === "rejected") {
      if (current.status === "rejected") throw new ApiError("conflict", "The record is already rejected");
      if (current.enrollmentId) throw new ApiError("conflict", "This record credits a programme completion; change the enrolment's result instead");
    }
    const values =
      to === "verified"
        ? { status: "verified" as const, reviewedBy: principal.id, verifiedAt: sql`now()` }
        : { status: "rejected" as const, reviewedBy: principal.id, rejectedAt: sql`now()`, rejectionReason: reason! };
    const updated = await updateVersioned(tx, trainingRecords, "Training record", recordId, expected, values);
    await recordAudit(tx, actorOf(c), { action: to === "verified" ? "verify" : "reject", entity: "TrainingRecord", entityId: recordId, teacherId: current.teacherId, before: current, after: updated });
    return updated;
  });
}

export const verifyHandler: RouteHandler<typeof verifyRoute, AppEnv> = async (c) => {
  const row = await review(c, c.req.valid("param").recordId, "verified");
  c.header("ETag", etagFor(row.version));
  return c.json(toRecord(row), 200);
};

export const rejectHandler: RouteHandler<typeof rejectRoute, AppEnv> = async (c) => {
  const row = await review(c as never, c.req.valid("param").recordId, "rejected", c.req.valid("json").reason);
  c.header("ETag", etagFor(row.version));
  return c.json(toRecord(row), 200);
};
