import { z } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../../lib/context.ts";
import { ApiError } from "../../lib/problem.ts";
import { issuesToFieldErrors } from "../../lib/router.ts";
import { SUB_RECORDS, TRAINING_SYNC } from "./records.ts";
import { SYNC_COLLECTIONS, SYNC_ENTITIES, SYNC_MAX_ROWS, syncBatchRequestSchema, syncTeacherSchema, type SyncCollection } from "../../contract/sync.ts";
import type { RowResult } from "./plan.ts";

export interface Indexed<T> {
  index: number;
  pointer: string;
  row: T;
}

export type SubRecordRow = Record<string, unknown> & { sourceKey: string; teacherSourceKey: string };

export interface ParsedBatch {
  envelope: Omit<z.infer<typeof syncBatchRequestSchema>, "records">;
  teachers: Indexed<z.infer<typeof syncTeacherSchema>>[];
  /** Sub-record rows by collection (assignments, titles, ...). */
  records: Record<string, Indexed<SubRecordRow>[]>;
  /** Rows that failed their own schema. */
  rejected: RowResult[];
  total: number;
}

const parsed = new WeakMap<Request, ParsedBatch>();

const COLLECTIONS = SYNC_COLLECTIONS;
const envelopeSchema = syncBatchRequestSchema.omit({ records: true }).extend({
  records: z.object(Object.fromEntries(COLLECTIONS.map((k) => [k, z.array(z.unknown()).default([])])) as Record<string, z.ZodDefault<z.ZodArray<z.ZodUnknown>>>),
});

/**
 * A batch is validated row by row, so that one bad row is reported and the others still apply. The
 * route's validator would refuse the whole body for one bad row; this middleware runs first, checks
 * the envelope and each row against the same schemas the contract documents, keeps the result for
 * the handler, and hands the validator the envelope alone. A malformed envelope is left to the
 * validator, which answers 422 with its pointers as everywhere else.
 */
export const parseBatch: MiddlewareHandler<AppEnv> = async (c, next) => {
  let body: unknown;
  try {
    // The idempotency middleware has read the text already; c.req.json() would re-encode and
    // re-decode those megabytes through a Response (3x JSON.parse alone, measured).
    body = JSON.parse(await c.req.text());
  } catch {
    return next();
  }
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return next();
  const { records, ...rest } = envelope.data;
  const unknown = Object.keys((body as { records?: object }).records ?? {}).filter((k) => !COLLECTIONS.includes(k));
  if (unknown.length) {
    throw ApiError.invalid(`Unknown record collections; a batch carries ${COLLECTIONS.join(", ")}`, unknown.map((k) => ({ pointer: `/records/${k}`, detail: "Not a collection a batch carries" })));
  }
  const rowsOf = (k: string) => (records as Record<string, unknown[]>)[k] ?? [];
  const total = COLLECTIONS.reduce((n, k) => n + rowsOf(k).length, 0);
  const over = COLLECTIONS.find((k) => rowsOf(k).length > SYNC_MAX_ROWS);
  if (over) {
    throw new ApiError(
      "payload_too_large",
      `A batch holds at most ${SYNC_MAX_ROWS.toLocaleString("en")} rows per collection; records.${over} has ${rowsOf(over).length.toLocaleString("en")}. Split it into several batches.`,
    );
  }
  const out: ParsedBatch = { envelope: rest, teachers: [], records: Object.fromEntries(COLLECTIONS.slice(1).map((k) => [k, []])), rejected: [], total };
  const check = <T>(collection: SyncCollection, rows: unknown[], schema: z.ZodType<T>, into: Indexed<T>[]) => {
    rows.forEach((row, index) => {
      const pointer = `/records/${collection}/${index}`;
      const result = schema.safeParse(row);
      if (result.success) return void into.push({ index, pointer, row: result.data });
      const errors = issuesToFieldErrors("json", result.error.issues).map((e) => ({ pointer: `${pointer}${e.pointer ?? ""}`, detail: e.detail }));
      const key = row && typeof row === "object" && typeof (row as { sourceKey?: unknown }).sourceKey === "string" ? (row as { sourceKey: string }).sourceKey : null;
      out.rejected.push({
        pointer,
        entity: SYNC_ENTITIES[collection]!,
        sourceKey: key,
        outcome: "rejected",
        id: null,
        teacherId: null,
        matchedBy: null,
        problem: { type: "/problems/validation_failed", title: "The request is not valid", status: 422, detail: `${errors.length} field(s) invalid`, errors },
      });
    });
  };
  check("teachers", rowsOf("teachers"), syncTeacherSchema, out.teachers);
  for (const r of SUB_RECORDS) check(r.collection, rowsOf(r.collection), r.schema as z.ZodType<SubRecordRow>, out.records[r.collection]!);
  check(TRAINING_SYNC.collection, rowsOf(TRAINING_SYNC.collection), TRAINING_SYNC.schema as unknown as z.ZodType<SubRecordRow>, out.records[TRAINING_SYNC.collection]!);
  parsed.set(c.req.raw, out);
  // HonoRequest.json() parses the cached text, so the envelope replaces the cached text.
  (c.req as unknown as { bodyCache: Record<string, Promise<unknown>> }).bodyCache.text = Promise.resolve(JSON.stringify({ ...rest, records: {} }));
  await next();
};

export function parsedBatch(req: Request): ParsedBatch {
  const p = parsed.get(req);
  if (!p) throw new ApiError("bad_request", "The batch could not be read");
  return p;
}
