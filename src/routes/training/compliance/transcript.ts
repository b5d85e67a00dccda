import type { RouteHandler } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { transcriptRows } from "../../../db/training/record-lists.ts";
import { requireTeacher } from "../../../db/training/records.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { CSV_MEDIA_TYPE, csvResponse, toCsv, wantsCsv } from "../../../lib/csv.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { teacherParams } from "../../../contract/training/compliance.ts";
import {
  toTranscript,
  transcriptCells,
  transcriptQuery,
  transcriptRecords,
  transcriptSchema,
  TRANSCRIPT_CSV_HEADER,
} from "../../../contract/training/transcript.ts";

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}/training-transcript",
  operationId: "getTeacherTrainingTranscript",
  summary: "A teacher's training transcript (JSON or CSV)",
  description:
    "Every training record in date order with totals by year and category; verified and submitted records (add " +
    "`includeRejected=true` for rejected ones, which never count). `Accept: text/csv` returns the records as CSV. A teacher may read their own. " +
    "With `knownAt`, the transcript as the register showed it at that instant: only records submitted by then, each with the status " +
    "recorded by then (a record verified later is shown submitted, a rejection recorded later is not shown).",
  tags: [TAGS.compliance],
  "x-permission": "training.read",
  request: {
    params: teacherParams,
    query: transcriptQuery,
  },
  responses: {
    200: {
      description: "The transcript",
      content: {
        "application/json": { schema: transcriptSchema },
        [CSV_MEDIA_TYPE]: { schema: z.string().openapi({ description: `CSV columns: ${TRANSCRIPT_CSV_HEADER.join(", ")}` }) },
      },
    },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const q = c.req.valid("query");
  await requireTeacher(c.var.db, c.var.principal, teacherId);
  const knownAt = q.knownAt ?? new Date().toISOString();
  const { rows, teacherName } = await transcriptRows(c.var.db, teacherId, q);
  const records = transcriptRecords(rows, Date.parse(knownAt), q.includeRejected ?? false);
  if (wantsCsv(c))
    return csvResponse(c, `training-transcript-${teacherId}.csv`, toCsv(TRANSCRIPT_CSV_HEADER, records.map(transcriptCells)));
  return c.json(toTranscript({ teacherId, teacherName, from: q.from, to: q.to, knownAt }, records), 200);
};
