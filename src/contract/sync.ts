import { z } from "@hono/zod-openapi";
import { CHANGE_ENTITIES, type syncBatches } from "../db/schema/index.ts";
import { BATCH_COLLECTIONS } from "../domain/sync/collections.ts";
import { MASS_END_SHARE } from "../domain/sync/mass-end.ts";
import { SYNC_CLAIM_SCHEMA, SYNC_CLASSIFICATION_SCHEMA, SYNC_RECORD_SHAPES } from "./sync-rows.ts";
import { isoDate } from "../lib/http.ts";
import { teacherCreateSchema } from "./teachers.ts";

export const SYNC_MAX_ROWS = 10_000;
/** Body limit of POST /v1/sync/batches (10,000 rows of a few hundred bytes each, with room). */
export const SYNC_MAX_BODY_BYTES = 32 * 1024 * 1024;

const sourceKey = z.string().trim().min(1).max(200).openapi({ description: "The school system's own key for this record" });

export const syncTeacherSchema = teacherCreateSchema
  .omit({ schoolId: true })
  .extend({
    sourceKey,
    employmentFrom: isoDate.optional().openapi({
      description:
        "The date the row's employmentCategory and onEstablishmentNotAtPost hold from, for a known teacher (default: the batch date)",
    }),
  })
  .openapi("SyncTeacher", {
    description:
      "A teacher, as POST /v1/teachers takes it. Matched by sourceKey, else by national ID. A teacher the batch creates gets a primary " +
      "assignment at the batch's school from `assignmentStart` (default: hireDate, else the batch date) unless the batch has an assignment for them. " +
      "For a known teacher, an employment category or 在编不在岗 that differs from the one on `employmentFrom` is a dated change from that day " +
      "(as POST /v1/teachers/{id}/employment); a teacher out of service that day is rejected, naming the end.",
  });

/** The collections of a batch, in the order results are listed. */
export const SYNC_COLLECTIONS: readonly string[] = BATCH_COLLECTIONS;

export const syncBatchRequestSchema = z
  .object({
    schoolId: z.uuid().openapi({ description: "The school whose staff this is (a school_sync client: its own)" }),
    mode: z.enum(["dry_run", "apply"]).openapi({ description: "dry_run: answer exactly what apply would do, and write nothing" }),
    scope: z.enum(["delta", "full"]).openapi({
      description:
        "delta: upsert what is sent. full: what is sent is the school's whole current staff; anyone missing gets their assignment at this school ended (never deleted)",
    }),
    atomic: z.boolean().default(false).openapi({ description: "true: any rejected row rolls back the whole batch" }),
    confirmMassEnd: z
      .boolean()
      .default(false)
      .openapi({
        description: `A full batch that would end more than ${MASS_END_SHARE * 100}% of the school's current staff is refused unless this is true`,
      }),
    records: z
      .object({
        teachers: z.array(syncTeacherSchema).default([]),
        ...Object.fromEntries(SYNC_RECORD_SHAPES.map((r) => [r.collection, z.array(r.schema).default([])])),
        trainingRecords: z.array(SYNC_CLAIM_SCHEMA).default([]),
        schoolClassifications: z.array(SYNC_CLASSIFICATION_SCHEMA).default([]),
      })
      .openapi({
        description: `Up to ${SYNC_MAX_ROWS.toLocaleString("en")} rows per collection (a 10,000-teacher school with their records fits); rows may refer to each other in any order`,
      }),
  })
  .openapi("SyncBatchRequest");

const SYNC_OUTCOMES = ["created", "updated", "unchanged", "ended", "rejected"] as const;
type SyncOutcome = (typeof SYNC_OUTCOMES)[number];

const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
  })
  .openapi("SyncRowProblem", {
    description: "RFC 9457 problem for one row; pointers point into the batch (e.g. /records/teachers/3/birthDate)",
  });

const syncRowResultSchema = z
  .object({
    pointer: z.string().nullable().openapi({ description: "The row in the batch (null for a record the batch ended without sending it)" }),
    entity: z.enum([...CHANGE_ENTITIES, "school_classification"]),
    sourceKey: z.string().nullable(),
    outcome: z.enum(SYNC_OUTCOMES),
    id: z.uuid().nullable().openapi({ description: "Our id of the record (null when rejected before one existed)" }),
    teacherId: z.uuid().nullable(),
    matchedBy: z.enum(["source_key", "national_id"]).nullable().openapi({ description: "How an existing teacher was found" }),
    problem: z.union([problemSchema, z.null()]),
  })
  .openapi("SyncRowResult");

export const syncBatchSchema = z
  .object({
    id: z.uuid(),
    schoolId: z.uuid(),
    mode: z.enum(["dry_run", "apply"]),
    scope: z.enum(["delta", "full"]),
    atomic: z.boolean(),
    outcome: z
      .enum(["applied", "dry_run", "rolled_back"])
      .openapi({ description: "applied; dry_run (nothing written); rolled_back (atomic and a row was rejected)" }),
    counts: z.object(Object.fromEntries(SYNC_OUTCOMES.map((o) => [o, z.number().int()])) as Record<SyncOutcome, z.ZodNumber>),
    results: z.array(syncRowResultSchema),
    createdAt: z.iso.datetime(),
  })
  .openapi("SyncBatch");

export const syncBatchListQuery = z.object({
  schoolId: z.uuid().openapi({ description: "The school whose batches to list" }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});

export const syncBatchSummarySchema = syncBatchSchema.omit({ results: true }).openapi("SyncBatchSummary");

export type SyncRowResult = z.infer<typeof syncRowResultSchema>;
type BatchRow = typeof syncBatches.$inferSelect;
export type BatchResult = { counts: Record<SyncOutcome, number>; results: SyncRowResult[] };

/** A stored batch in its API shape. Its result is a JSON text kept as a jsonb string (older batches: the object). */
export function toBatch(row: BatchRow): z.infer<typeof syncBatchSchema> {
  const result = (typeof row.result === "string" ? JSON.parse(row.result) : row.result) as BatchResult;
  return {
    id: row.id,
    schoolId: row.schoolId,
    mode: row.mode,
    scope: row.scope,
    atomic: row.atomic,
    outcome: row.outcome,
    counts: result.counts,
    results: result.results,
    createdAt: row.createdAt.toISOString(),
  };
}

/** toBatch's JSON with the result's text spliced in where toBatch puts counts and results, not serialised again. */
export function batchJson(row: Omit<BatchRow, "result">, resultText: string): string {
  const { counts: _c, results: _r, createdAt, ...head } = toBatch({ ...row, result: { counts: {}, results: [] } });
  return `${JSON.stringify(head).slice(0, -1)},${resultText.slice(1, -1)},"createdAt":${JSON.stringify(createdAt)}}`;
}
