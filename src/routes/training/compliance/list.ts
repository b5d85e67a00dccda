import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { jurisdictionPath } from "../../../db/paths.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { csvResponse, csvStream, wantsCsv, type Cell, CSV_MEDIA_TYPE } from "../../../lib/csv.ts";
import { decodeCursor, encodeCursor, today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { z } from "@hono/zod-openapi";
import { TAGS } from "../../../contract/training/shared.ts";
import { complianceListQuery, compliancePageSchema } from "../../../contract/training/compliance.ts";
import { fromTenths } from "../../../domain/training/hours.ts";
import { SUMMARY_CSV_HEADER, summaryCells } from "../../../contract/training/compliance-view.ts";
import { ruleContext, summaryPage, type TeacherQuery } from "../../../db/training/compliance.ts";

export const route = defineRoute({
  method: "get",
  path: "/training-compliance",
  operationId: "listTrainingCompliance",
  summary: "Teachers' continuing-education status, for a school or a jurisdiction",
  description:
    "Cursor-paged by teacher id. A page is one query: each teacher's status and hours are computed in SQL by the same rules as " +
    "the per-teacher evaluation (which explains them), so a `status` filter is an ordinary condition and pages never skip rows. " +
    "Teachers are those assigned on `asOf` to the school or below the jurisdiction. `asOf` is the business date (records completed " +
    "and verified by their decision date by then); `knownAt` the knowledge time (only what was recorded by that instant, with the " +
    "status recorded then), as for one teacher. With `Accept: text/csv` the whole filtered " +
    "set is returned as CSV (limit and cursor ignored).",
  tags: [TAGS.compliance],
  "x-permission": "training.read",
  request: { query: complianceListQuery },
  responses: {
    200: {
      description: "A page of teachers with their status (or CSV of all of them)",
      content: {
        "application/json": { schema: compliancePageSchema },
        [CSV_MEDIA_TYPE]: { schema: z.string().openapi({ description: `CSV columns: ${SUMMARY_CSV_HEADER.join(", ")}` }) },
      },
    },
    ...errorResponses(),
  },
});

const CSV_BATCH = 1000;

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const db = c.var.db;
  const csv = wantsCsv(c);
  const path = q.jurisdictionId ? await jurisdictionPath(db, q.jurisdictionId) : undefined;
  if (q.jurisdictionId && !path) {
    return csv
      ? csvResponse(c, "training-compliance.csv", csvStream(SUMMARY_CSV_HEADER, (async function* () {})()))
      : c.json({ items: [], nextCursor: null }, 200);
  }
  const ctx = await ruleContext(db, q.asOf ?? today(), q.cycle, path, q.knownAt);
  const base: Omit<TeacherQuery, "limit" | "after"> = {
    principal: c.var.principal,
    jurisdictionPath: path,
    schoolId: q.schoolId,
    status: q.status,
  };
  const page = async (after: string | undefined, limit: number) =>
    (await summaryPage(db, ctx, { ...base, after, limit })).map((r) => ({
      ...r,
      required: fromTenths(r.required),
      expectedToDate: fromTenths(r.expectedToDate),
      verified: fromTenths(r.verified),
      counted: fromTenths(r.counted),
      pending: fromTenths(r.pending),
      shortfall: fromTenths(r.shortfall),
    }));

  if (csv) {
    async function* batches(): AsyncGenerator<Cell[][]> {
      let after: string | undefined;
      for (;;) {
        const items = await page(after, CSV_BATCH);
        yield items.map(summaryCells);
        if (items.length < CSV_BATCH) return;
        after = items[items.length - 1]!.teacherId;
      }
    }
    return csvResponse(c, "training-compliance.csv", csvStream(SUMMARY_CSV_HEADER, batches()));
  }
  const after = q.cursor ? String(decodeCursor(q.cursor, 1)[0]) : undefined;
  const items = await page(after, q.limit + 1);
  const more = items.length > q.limit;
  const slice = more ? items.slice(0, q.limit) : items;
  return c.json({ items: slice, nextCursor: more ? encodeCursor([slice[slice.length - 1]!.teacherId]) : null }, 200);
};
