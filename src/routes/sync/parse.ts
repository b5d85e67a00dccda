import { z } from "@hono/zod-openapi";
import { SYNC_COLLECTIONS, SYNC_MAX_ROWS, syncBatchRequestSchema } from "../../contract/sync.ts";
import { ApiError } from "../../lib/problem.ts";

const envelopeSchema = syncBatchRequestSchema.omit({ records: true }).extend({
  records: z.object(
    Object.fromEntries(SYNC_COLLECTIONS.map((k) => [k, z.array(z.unknown()).default([])])) as Record<
      string,
      z.ZodDefault<z.ZodArray<z.ZodUnknown>>
    >,
  ),
});

type BatchEnvelope = Omit<z.infer<typeof envelopeSchema>, "records">;

/** A batch body read: its envelope and rows (each row is validated on its own later), or why not. */
export type BatchBody =
  | { kind: "ok"; envelope: BatchEnvelope; records: Record<string, unknown[]> }
  | { kind: "malformed" }
  | { kind: "invalid"; body: unknown };

/**
 * The envelope of a sync batch: the rows are left as sent, so that one bad row is reported and the
 * others still apply. Unknown collections are 422 and a collection of more than SYNC_MAX_ROWS rows is
 * 413 (split the batch). A body whose envelope does not fit is `invalid`: the route reports it against
 * the whole documented schema, as any other body.
 */
export function readBatchBody(text: string): BatchBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: "malformed" };
  }
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return { kind: "invalid", body };
  const { records, ...rest } = envelope.data;
  const unknown = Object.keys((body as { records?: object }).records ?? {}).filter((k) => !SYNC_COLLECTIONS.includes(k));
  if (unknown.length) {
    throw ApiError.invalid(
      `Unknown record collections; a batch carries ${SYNC_COLLECTIONS.join(", ")}`,
      unknown.map((k) => ({ pointer: `/records/${k}`, detail: "Not a collection a batch carries" })),
    );
  }
  const rows = records as Record<string, unknown[]>;
  const over = SYNC_COLLECTIONS.find((k) => (rows[k] ?? []).length > SYNC_MAX_ROWS);
  if (over) {
    throw new ApiError(
      "payload_too_large",
      `A batch holds at most ${SYNC_MAX_ROWS.toLocaleString("en")} rows per collection; records.${over} has ${rows[over]!.length.toLocaleString("en")}. Split it into several batches.`,
    );
  }
  return { kind: "ok", envelope: rest, records: rows };
}
