import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { respondTabular, tabularContent } from "../../lib/tabular/index.ts";
import { TAGS, reportQuery, workforceReportSchema } from "../../contract/reports.ts";
import { workforceReportFor } from "../../services/reports/workforce.ts";
import { workforceTables, WORKFORCE_TABLES_NOTE } from "./workforce-tables.ts";

export const route = defineRoute({
  method: "get",
  path: "/reports/workforce",
  operationId: "getWorkforceReport",
  summary: "Workforce structure (师资队伍结构) as of a date",
  description:
    "The teachers whose home (primary) post on `asOf` is at a school in the jurisdiction, counted by highest education, title, " +
    "age band (周岁 on the date), employment category, stage and location class of the home school, gender, 双师型 and highest " +
    "designation level on the date, each with its share of the total. Every code of each dimension is listed, zero rows included, " +
    "in vocabulary order (labels from /v1/vocabularies). School stage counts a teacher under each stage the home school offers, so " +
    "it can add up to more than the total. Cells under 5 teachers are suppressed unless the caller holds `reports.small_cells.read`. " +
    "`Accept: text/csv` or the XLSX media type returns the same numbers as a file.",
  tags: [TAGS.reports],
  "x-permission": "reports.read",
  request: { query: reportQuery },
  responses: {
    200: { description: "Counts by dimension", content: tabularContent(workforceReportSchema, WORKFORCE_TABLES_NOTE) },
    ...errorResponses(404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const asOf = q.asOf ?? today();
  const body = await workforceReportFor(c.var.db, actorOf(c), q.jurisdictionId, asOf);
  return respondTabular(c, { filename: `workforce-${asOf}`, tables: workforceTables(body) }, () => c.json(body, 200));
};
