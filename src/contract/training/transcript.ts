import { z } from "@hono/zod-openapi";
import type { trainingRecords } from "../../db/schema/index.ts";
import { sum, toTenths, fromTenths } from "../../domain/training/hours.ts";
import { TRAINING_CATEGORIES } from "../../domain/vocab.ts";
import { booleanQuery, isoDate } from "../../lib/http.ts";
import { asKnownAt } from "../../domain/training/known-at.ts";
import { recordSchema, toRecord } from "./records.ts";
import { knownAtQuery } from "./shared.ts";

const split = { verified: z.number(), submitted: z.number() };

export const transcriptSchema = z
  .object({
    teacherId: z.uuid(),
    teacherName: z.string(),
    from: isoDate.nullable(),
    to: isoDate.nullable(),
    knownAt: z.iso.datetime().openapi({ description: "The knowledge instant the transcript shows (the request's, or its time)" }),
    totals: z.object(split).openapi({ description: "Hours by status (rejected records are never counted)" }),
    byYear: z.array(z.object({ year: z.number().int(), ...split })),
    byCategory: z.array(z.object({ category: z.enum(TRAINING_CATEGORIES), ...split })),
    records: z.array(recordSchema.extend({ programCode: z.string().nullable() })),
  })
  .openapi("TrainingTranscript");

export const transcriptQuery = z.object({
  from: isoDate.optional().openapi({ description: "Completed on or after" }),
  to: isoDate.optional().openapi({ description: "Completed on or before" }),
  includeRejected: booleanQuery.optional(),
  knownAt: knownAtQuery,
});

export const TRANSCRIPT_CSV_HEADER = [
  "completedOn",
  "title",
  "category",
  "level",
  "organiser",
  "source",
  "programCode",
  "hours",
  "schoolBased",
  "status",
  "evidenceRef",
  "verifiedAt",
  "decidedOn",
  "rejectionReason",
  "recordId",
];

type TranscriptRecord = z.infer<typeof transcriptSchema>["records"][number];

/**
 * The records of a transcript in the API shape, as the register showed them at knownAt (epoch ms): those
 * submitted by then, with the status recorded by then; rejected ones only when asked for.
 */
export function transcriptRecords(
  rows: { record: typeof trainingRecords.$inferSelect; programCode: string | null }[],
  knownAt: number,
  includeRejected: boolean,
): TranscriptRecord[] {
  return rows.flatMap((r) => {
    const then = asKnownAt(r.record, knownAt);
    return then && (includeRejected || then.status !== "rejected") ? [{ ...toRecord(then), programCode: r.programCode }] : [];
  });
}

export function transcriptCells(r: TranscriptRecord) {
  return [
    r.completedOn,
    r.title,
    r.category,
    r.level,
    r.organiser,
    r.source,
    r.programCode,
    r.hours,
    r.schoolBased,
    r.status,
    r.evidenceRef,
    r.verifiedAt,
    r.decidedOn,
    r.rejectionReason,
    r.id,
  ];
}

/** The transcript: totals by status, by year and by category over the records (rejected ones never count). */
export function toTranscript(
  head: { teacherId: string; teacherName: string; from?: string; to?: string; knownAt: string },
  records: TranscriptRecord[],
): z.infer<typeof transcriptSchema> {
  const tally = (pick: (r: TranscriptRecord) => boolean) => ({
    verified: fromTenths(sum(records.filter((r) => r.status === "verified" && pick(r)).map((r) => toTenths(r.hours)))),
    submitted: fromTenths(sum(records.filter((r) => r.status === "submitted" && pick(r)).map((r) => toTenths(r.hours)))),
  });
  const years = [...new Set(records.map((r) => Number(r.completedOn.slice(0, 4))))].sort();
  return {
    teacherId: head.teacherId,
    teacherName: head.teacherName,
    from: head.from ?? null,
    to: head.to ?? null,
    knownAt: head.knownAt,
    totals: tally(() => true),
    byYear: years.map((year) => ({ year, ...tally((r) => r.completedOn.startsWith(String(year))) })),
    byCategory: TRAINING_CATEGORIES.filter((cat) => records.some((r) => r.category === cat)).map((category) => ({
      category,
      ...tally((r) => r.category === category),
    })),
    records,
  };
}
