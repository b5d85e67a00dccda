import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { respondTabular, tabularContent } from "../../lib/tabular/index.ts";
import { toTarget } from "../../contract/targets.ts";
import { reportQuery, TAGS, targetsReportSchema, type TargetsReportBody } from "../../contract/reports.ts";
import { targetsReport } from "../../services/reports/targets.ts";
import { TARGETS_TABLE_NOTE, targetsTables } from "./targets-tables.ts";

export const route = defineRoute({
  method: "get",
  path: "/reports/targets",
  operationId: "getTargetsReport",
  summary: "Every active target in a jurisdiction's subtree with its evaluation as of a date",
  description:
    "Each target is evaluated over its own jurisdiction with the register as it was on `asOf`: value, numerator and denominator, " +
    "met, gap (and, for shares, how many people short), days to the deadline; in code order. All targets are computed in one SQL " +
    "statement. `Accept: text/csv` or the XLSX media type returns the same rows as a file (zh-CN headers).",
  tags: [TAGS.reports],
  "x-permission": "reports.read",
  request: { query: reportQuery },
  responses: {
    200: { description: "Targets with their progress", content: tabularContent(targetsReportSchema, TARGETS_TABLE_NOTE) },
    ...errorResponses(404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const asOf = q.asOf ?? today();
  const report = await targetsReport(c.var.db, actorOf(c), q.jurisdictionId, asOf);
  const body: TargetsReportBody = {
    ...report,
    items: report.items.map(({ target, evaluation }) => ({ target: toTarget(target), evaluation })),
  };
  return respondTabular(c, { filename: `targets-${asOf}`, tables: targetsTables(body) }, () => c.json(body, 200));
};
