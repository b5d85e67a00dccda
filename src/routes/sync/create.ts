import type { RouteHandler, z } from "@hono/zod-openapi";
import type { TypedResponse } from "hono";
import { eq } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { pathInScope } from "../../auth/scope.ts";
import { schools, syncBatches } from "../../db/schema/index.ts";
import { pipeline } from "../../db/pipeline.ts";
import { invalidReference } from "../../domain/errors.ts";
import type { AppEnv } from "../../lib/context.ts";
import { idempotencyHeader, today } from "../../lib/http.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { parseBatch, parsedBatch } from "./parse.ts";
import { applyBatch } from "./plan.ts";
import { SYNC_MAX_ROWS, syncBatchRequestSchema, syncBatchSchema } from "../../contract/sync.ts";
import { batchJson, batchResult, storedResult, type BatchResult } from "./store.ts";

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
  middleware: [parseBatch],
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: syncBatchRequestSchema } } },
  },
  responses: {
    200: { description: "The batch's result (also for dry runs and atomic roll-backs)", content: { "application/json": { schema: syncBatchSchema } } },
    ...errorResponses(403, 409, 413, 415),
  },
});

/** Thrown to roll a transaction back while keeping what it computed. */
class Rollback {
  constructor(
    readonly result: BatchResult,
    readonly outcome: "dry_run" | "rolled_back",
  ) {}
}

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  if (!c.req.header("idempotency-key")) {
    throw ApiError.invalid("A sync batch needs an Idempotency-Key, so that a retry never applies it twice", [
      { parameter: "idempotency-key", detail: "Required: a unique key per batch, reused only when retrying it" },
    ]);
  }
  const batch = parsedBatch(c.req.raw);
  const { envelope } = batch;
  const principal = c.var.principal;
  const db = c.var.db;
  const [school] = await db.select({ id: schools.id, path: schools.path }).from(schools).where(eq(schools.id, envelope.schoolId));
  // A school outside the caller's scope is as unknown as a missing one (a school system: only its own).
  if (!school || !pathInScope(principal, school.path)) throw invalidReference("/schoolId", "School", envelope.schoolId);

  const id = uuidv7();
  const date = today();
  // The result is serialised once, for the database and the answer; only the time comes back.
  const store = async (tx: typeof db, result: BatchResult, outcome: "applied" | "dry_run" | "rolled_back") => {
    const text = JSON.stringify(result);
    const values = {
      id,
      schoolId: school.id,
      clientId: principal.id,
      mode: envelope.mode,
      scope: envelope.scope,
      atomic: envelope.atomic,
      outcome,
      rows: batch.total,
    };
    const [stored] = await tx
      .insert(syncBatches)
      .values({ ...values, result: storedResult(text) })
      .returning({ createdAt: syncBatches.createdAt });
    return batchJson({ ...values, createdAt: stored!.createdAt }, text);
  };
  let body: string;
  try {
    body = await db.transaction(async (tx) => {
      // The batch's writes are still running while its result is ordered and stored behind them.
      const via = pipeline();
      const result = batchResult(await applyBatch(tx, c, school, batch, date, via));
      const rollback = envelope.mode === "dry_run" ? "dry_run" : envelope.atomic && result.counts.rejected > 0 ? "rolled_back" : null;
      if (rollback) {
        await via.done(); // a dry run answers what apply would do, a failing write included
        throw new Rollback(result, rollback);
      }
      const stored = store(tx as typeof db, result, "applied");
      await via.send(stored);
      await via.done();
      return stored;
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
    // Nothing of the batch was written; the result is kept so GET /v1/sync/batches/{id} can show it.
    body = await store(db, err.result, err.outcome);
  }
  c.header("Location", `/v1/sync/batches/${id}`);
  // The batch's JSON as store.ts batchJson built it (the stored result's text, not serialised again).
  return c.body(body, 200, { "Content-Type": "application/json" }) as unknown as TypedResponse<z.infer<typeof syncBatchSchema>, 200, "json">;
};
