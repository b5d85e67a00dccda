import type { RouteHandler } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { etagFor, etagHeaderDoc, expectedVersion, idempotencyHeader, ifMatchHeader } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { recordParams, recordSchema, rejectSchema, toRecord } from "../../../contract/training/records.ts";
import { rejectRecord, verifyRecord } from "../../../services/training/records.ts";

const headers = ifMatchHeader.extend(idempotencyHeader.shape);

export const verifyRoute = defineRoute({
  method: "post",
  path: "/training-records/{recordId}/verify",
  operationId: "verifyTrainingRecord",
  summary: "Verify a submitted training record",
  description:
    "submitted → verified; the reviewer and the instant are kept (`verifiedAt`, knowledge time), and the decision is dated today " +
    "(`decidedOn`, UTC): `asOf` counts the record from today on, however long ago it was completed. A past decision is loaded with " +
    "the claim endpoint's import fields instead. Any other status is 409.",
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
    "submitted → rejected, or verified → rejected to withdraw a verification; the reason, reviewer and instant are kept, the " +
    "decision is dated today (`decidedOn`, UTC) and the record stops counting as of today; an earlier `asOf` still counts a " +
    "withdrawn verification from its own date (`verifiedOn`), and a `knownAt` before now still sees it verified. A programme " +
    "completion is changed through its enrolment result instead (409).",
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

export const verifyHandler: RouteHandler<typeof verifyRoute, AppEnv> = async (c) => {
  const row = await verifyRecord(c.var.db, actorOf(c), { recordId: c.req.valid("param").recordId, expected: expectedVersion(c) });
  c.header("ETag", etagFor(row.version));
  return c.json(toRecord(row), 200);
};

export const rejectHandler: RouteHandler<typeof rejectRoute, AppEnv> = async (c) => {
  const row = await rejectRecord(c.var.db, actorOf(c), {
    recordId: c.req.valid("param").recordId,
    expected: expectedVersion(c),
    reason: c.req.valid("json").reason,
  });
  c.header("ETag", etagFor(row.version));
  return c.json(toRecord(row), 200);
};
