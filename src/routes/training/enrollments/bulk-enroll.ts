import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { idempotencyHeader, today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { programParams } from "../../../contract/training/programs.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { bulkContent, bulkRows } from "./body.ts";
import { bulkEnrollBodySchema, bulkOutcomeSchema, toBulkOutcome } from "../../../contract/training/enrollments.ts";
import { bulkEnroll } from "../../../services/training/enroll.ts";

export const route = defineRoute({
  method: "post",
  path: "/training-programs/{programId}/enrollments/bulk",
  operationId: "bulkEnrollTraining",
  summary: "Enrol many teachers (JSON array or CSV)",
  description:
    "One transaction: every row is checked first and either all rows apply or none (422 with one error per failing row, " +
    "pointer `/<row>/<field>`). Teachers are named by `teacherId` or `nationalId`. The answer has a result per row " +
    "(`created`, or `unchanged` for a teacher already enrolled). CSV columns: `teacherId` or `nationalId`, `enrolledOn`, `note`.",
  tags: [TAGS.programs],
  "x-permission": "training.write",
  request: {
    params: programParams,
    headers: idempotencyHeader,
    // Validated in the handler for both media types (a CSV body never passes the JSON validator).
    body: { required: false, content: bulkContent(bulkEnrollBodySchema, "teacherId | nationalId, enrolledOn, note") },
  },
  responses: {
    200: { description: "A result per row", content: { "application/json": { schema: bulkOutcomeSchema } } },
    ...errorResponses(403, 404, 409, 413, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId } = c.req.valid("param");
  const { rows } = await bulkRows(c, c.req.valid("json"), bulkEnrollBodySchema);
  const results = await bulkEnroll(c.var.db, actorOf(c), { programId, rows, today: today() });
  return c.json(toBulkOutcome(programId, rows.length, results), 200);
};
