import type { Handler } from "hono";
import { defineRoute } from "../../auth/permissions.ts";
import { SYNC_MAX_ROWS, syncBatchRequestSchema, syncBatchSchema } from "../../contract/sync.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { idempotencyHeader, today } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { invalidInput, requireJsonBody } from "../../lib/router.ts";
import { pushBatch } from "../../services/sync/push.ts";
import { readBatchBody } from "./parse.ts";

export const route = defineRoute({
  method: "post",
  path: "/sync/batches",
  operationId: "createSyncBatch",
  summary: "Push a school's staff records (upsert by the school's own keys; dry run; full or delta)",
  description:
    "Needs an `Idempotency-Key`: a retry with the same key and body returns the stored result without applying again; the same key " +
    "with another body is 422. Every row gets a result (`created`, `updated`, `unchanged`, `ended` or `rejected` with an RFC 9457 " +
    "problem whose pointers point into the batch). Valid rows apply and rejected rows are reported, in one transaction; with " +
    "`atomic: true` a rejected row rolls everything back (`outcome: rolled_back`). `dry_run` runs the same transaction and rolls it " +
    `back, so it answers exactly what \`apply\` would do. At most ${SYNC_MAX_ROWS.toLocaleString("en")} rows per collection (413 beyond). A full batch that ` +
    "would end more than 20% of the school's current staff is 409 unless it says `confirmMassEnd: true`.",
  tags: ["Sync"],
  "x-permission": "sync.push",
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: syncBatchRequestSchema } } },
  },
  responses: {
    200: {
      description: "The batch's result (also for dry runs and atomic roll-backs)",
      content: { "application/json": { schema: syncBatchSchema } },
    },
    ...errorResponses(403, 409, 413, 415),
  },
});

/** Registered with its own body handling (src/lib/router.ts openapiOwnBody): the rows are validated one by one. */
export const handler: Handler<AppEnv> = async (c) => {
  const text = await c.req.text(); // read once (the idempotency check has it already)
  const body = readBatchBody(text);
  requireJsonBody(c.req.header("content-type"), text.length > 0);
  if (body.kind === "malformed") throw new ApiError("malformed_json", "Malformed JSON in request body");
  if (body.kind === "invalid") throw invalidInput("json", syncBatchRequestSchema.safeParse(body.body).error?.issues ?? []);
  if (!c.req.header("idempotency-key")) {
    throw ApiError.invalid("A sync batch needs an Idempotency-Key, so that a retry never applies it twice", [
      { parameter: "idempotency-key", detail: "Required: a unique key per batch, reused only when retrying it" },
    ]);
  }
  const { id, json } = await pushBatch(c.var.db, actorOf(c), { envelope: body.envelope, records: body.records, today: today() });
  c.header("Location", `/v1/sync/batches/${id}`);
  // The batch's JSON as the service stored it (the result's text, not serialised again).
  return c.body(json, 200, { "Content-Type": "application/json" });
};
