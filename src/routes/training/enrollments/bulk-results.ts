import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { idempotencyHeader, today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { programParams } from "../../../contract/training/programs.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { bulkContent, bulkRows } from "./body.ts";
import { bulkOutcomeSchema, bulkResultBodySchema, toBulkOutcome } from "../../../contract/training/enrollments.ts";
import { bulkResults } from "../../../services/training/enrollment-updates.ts";

export const route = defineRoute({
  method: "post",
  path: "/training-programs/{programId}/enrollments/results",
  operationId: "recordTrainingResults",
  summary: "Record starts, results and module results for many enrolments (JSON array or CSV)",
  description:
    "Each row names an enrolled teacher (`teacherId` or `nationalId`) and what to record: `status` (started, completed, failed, " +
    "withdrawn) with its date `on`, `score`, `note` and per-module results. One transaction: every row is checked first and either " +
    "all rows apply or none (422, one error per failing row, pointer `/<row>/<field>`). Completions credit the programme's hours " +
    "once. CSV columns: `teacherId` or `nationalId`, `status`, `on`, `score`, `note`, and `module:<code>` (passed / failed) per module.",
  tags: [TAGS.programs],
  "x-permission": "training.write",
  request: {
    params: programParams,
    headers: idempotencyHeader,
    body: {
      required: false,
      content: bulkContent(bulkResultBodySchema, "teacherId | nationalId, status, on, score, note, module:<code>..."),
    },
  },
  responses: {
    200: { description: "A result per row", content: { "application/json": { schema: bulkOutcomeSchema } } },
    ...errorResponses(403, 404, 409, 413, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId } = c.req.valid("param");
  const { rows } = await bulkRows(c, c.req.valid("json"), bulkResultBodySchema);
  const results = await bulkResults(c.var.db, actorOf(c), { programId, rows, today: today() });
  return c.json(toBulkOutcome(programId, rows.length, results), 200);
};
