import { z, type RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { underPath } from "../../db/paths.ts";
import { jurisdictions, targets } from "../../db/schema/index.ts";
import type { AppEnv } from "../../lib/context.ts";
import { isoDate, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { respondTabular, tabularContent } from "../../lib/tabular/index.ts";
import { evaluationSchema } from "../../contract/metrics.ts";
import { evaluateTotals } from "../../services/metrics/evaluate.ts";
import { targetSchema } from "../../contract/targets.ts";
import { targetsWithPath, termsOf, toTarget } from "../../db/targets/targets.ts";
import { reportScope } from "./scope.ts";
import { reportQuery, TAGS } from "../../contract/reports.ts";
import { TARGETS_TABLE_NOTE, targetsTables } from "./targets-tables.ts";

const targetsReportSchema = z
  .object({
    jurisdictionId: z.uuid().nullable(),
    asOf: isoDate,
    items: z.array(z.object({ target: targetSchema, evaluation: evaluationSchema }).openapi("TargetProgress")),
  })
  .openapi("TargetsReport");
export type TargetsReportBody = z.infer<typeof targetsReportSchema>;

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
  const db = c.var.db;
  const scope = await reportScope(db, c.var.principal, q.jurisdictionId);
  const where = [eq(targets.status, "active"), scope.path === "/" ? undefined : underPath(jurisdictions.path.getSQL(), scope.path)];
  // Natural code order (T2 before T10), then creation order for targets without a code.
  const rows = (await targetsWithPath(db).where(and(...where)).orderBy(asc(targets.id))).sort((a, b) =>
    a.code === null || b.code === null ? Number(a.code === null) - Number(b.code === null) : a.code.localeCompare(b.code, "en", { numeric: true }),
  );
  const evaluations = await evaluateTotals(
    db,
    c.var.principal,
    rows.map((t) => ({ metric: t.metric, jurisdiction: { id: t.jurisdictionId, path: t.jurisdictionPath }, asOf, terms: termsOf(t), targetId: t.id })),
  );
  const body: TargetsReportBody = { jurisdictionId: scope.jurisdictionId, asOf, items: rows.map((t, i) => ({ target: toTarget(t), evaluation: evaluations[i]! })) };
  return respondTabular(c, { filename: `targets-${asOf}`, tables: targetsTables(body) }, () => c.json(body, 200));
};
