import type { RouteHandler } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { and, asc, eq, ne, sql, type SQL } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { teachers, trainingPrograms, trainingRecords } from "../../../db/schema/index.ts";
import { sum, toTenths, fromTenths } from "../../../domain/training/hours.ts";
import { TRAINING_CATEGORIES } from "../../../domain/vocab.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { CSV_MEDIA_TYPE, csvResponse, toCsv, wantsCsv } from "../../../lib/csv.ts";
import { booleanQuery, isoDate } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { recordSchema, toRecord } from "../../../contract/training/records.ts";
import { requireTeacher } from "../../../db/training/records.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { teacherParams } from "../../../contract/training/compliance.ts";

const split = { verified: z.number(), submitted: z.number() };

export const transcriptSchema = z
  .object({
    teacherId: z.uuid(),
    teacherName: z.string(),
    from: isoDate.nullable(),
    to: isoDate.nullable(),
    totals: z.object(split).openapi({ description: "Hours by status (rejected records are never counted)" }),
    byYear: z.array(z.object({ year: z.number().int(), ...split })),
    byCategory: z.array(z.object({ category: z.enum(TRAINING_CATEGORIES), ...split })),
    records: z.array(recordSchema.extend({ programCode: z.string().nullable() })),
  })
  .openapi("TrainingTranscript");

const CSV_HEADER = ["completedOn", "title", "category", "level", "organiser", "source", "programCode", "hours", "schoolBased", "status", "evidenceRef", "verifiedAt", "rejectionReason", "recordId"];

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}/training-transcript",
  operationId: "getTeacherTrainingTranscript",
  summary: "A teacher's training transcript (JSON or CSV)",
  description:
    "Every training record in date order with totals by year and category; verified and submitted records (add " +
    "`includeRejected=true` for rejected ones, which never count). `Accept: text/csv` returns the records as CSV. A teacher may read their own.",
  tags: [TAGS.compliance],
  "x-permission": "training.read",
  request: {
    params: teacherParams,
    query: z.object({
      from: isoDate.optional().openapi({ description: "Completed on or after" }),
      to: isoDate.optional().openapi({ description: "Completed on or before" }),
      includeRejected: booleanQuery.optional(),
    }),
  },
  responses: {
    200: {
      description: "The transcript",
      content: {
        "application/json": { schema: transcriptSchema },
        [CSV_MEDIA_TYPE]: { schema: z.string().openapi({ description: `CSV columns: ${CSV_HEADER.join(", ")}` }) },
      },
    },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const q = c.req.valid("query");
  const db = c.var.db;
  await requireTeacher(db, c.var.principal, teacherId);
  const where: (SQL | undefined)[] = [eq(trainingRecords.teacherId, teacherId)];
  if (!q.includeRejected) where.push(ne(trainingRecords.status, "rejected"));
  if (q.from) where.push(sql`${trainingRecords.completedOn} >= ${q.from}::date`);
  if (q.to) where.push(sql`${trainingRecords.completedOn} <= ${q.to}::date`);
  const [rows, [teacher]] = await Promise.all([
    db
      .select({ record: trainingRecords, programCode: trainingPrograms.code })
      .from(trainingRecords)
      .leftJoin(trainingPrograms, eq(trainingPrograms.id, trainingRecords.programId))
      .where(and(...where))
      .orderBy(asc(trainingRecords.completedOn), asc(trainingRecords.id)),
    db.select({ name: teachers.name }).from(teachers).where(eq(teachers.id, teacherId)),
  ]);
  const records = rows.map((r) => ({ ...toRecord(r.record), programCode: r.programCode }));
  if (wantsCsv(c)) {
    const cells = records.map((r) => [
      r.completedOn, r.title, r.category, r.level, r.organiser, r.source, r.programCode, r.hours, r.schoolBased, r.status, r.evidenceRef, r.verifiedAt, r.rejectionReason, r.id,
    ]);
    return csvResponse(c, `training-transcript-${teacherId}.csv`, toCsv(CSV_HEADER, cells));
  }
  const tally = (pick: (r: (typeof records)[number]) => boolean) => ({
    verified: fromTenths(sum(records.filter((r) => r.status === "verified" && pick(r)).map((r) => toTenths(r.hours)))),
    submitted: fromTenths(sum(records.filter((r) => r.status === "submitted" && pick(r)).map((r) => toTenths(r.hours)))),
  });
  const years = [...new Set(records.map((r) => Number(r.completedOn.slice(0, 4))))].sort();
  return c.json(
    {
      teacherId,
      teacherName: teacher!.name,
      from: q.from ?? null,
      to: q.to ?? null,
      totals: tally(() => true),
      byYear: years.map((year) => ({ year, ...tally((r) => r.completedOn.startsWith(String(year))) })),
      byCategory: TRAINING_CATEGORIES.filter((cat) => records.some((r) => r.category === cat)).map((category) => ({ category, ...tally((r) => r.category === category) })),
      records,
    },
    200,
  );
};
