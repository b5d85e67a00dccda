import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { canManageProgram } from "../../../auth/training-scope.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { idempotencyHeader } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { lockVisibleProgram } from "../../../db/training/programs.ts";
import { programParams } from "../../../contract/training/programs.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { bulkContent, bulkRows } from "./body.ts";
import { bulkEnrollBodySchema, bulkOutcomeSchema } from "../../../contract/training/enrollments.ts";
import { enrolTeachers } from "./store.ts";

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
  const principal = c.var.principal;
  const results = await c.var.db.transaction(async (tx) => {
    const program = await lockVisibleProgram(tx, principal, programId);
    if (!canManageProgram(principal, program.ownerPath)) throw new ApiError("forbidden", "Only the programme owner's subtree enrols teachers");
    return enrolTeachers(
      tx,
      c,
      program,
      rows.map((r, i) => ({ row: i, ref: { teacherId: r.teacherId, nationalId: r.nationalId }, enrolledOn: r.enrolledOn, note: r.note })),
    );
  });
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  return c.json(
    {
      programId,
      rows: rows.length,
      created: count("created"),
      updated: 0,
      unchanged: count("unchanged"),
      results: results.map((r) => ({ row: r.row!, teacherId: r.enrollment.teacherId, enrollmentId: r.enrollment.id, outcome: r.outcome, status: r.enrollment.status })),
    },
    200,
  );
};
