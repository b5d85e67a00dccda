import type { RouteHandler } from "@hono/zod-openapi";
import { and, eq, inArray } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { canManageProgram } from "../../../auth/training-scope.ts";
import { trainingEnrollments } from "../../../db/schema/index.ts";
import type { AppEnv } from "../../../lib/context.ts";
import { idempotencyHeader } from "../../../lib/http.ts";
import { ApiError, errorResponses, type FieldError } from "../../../lib/problem.ts";
import { lockVisibleProgram, modulesOf } from "../../../db/training/programs.ts";
import { programParams } from "../../../contract/training/programs.ts";
import { TAGS } from "../../../contract/training/shared.ts";
import { bulkContent, bulkRows } from "./body.ts";
import { bulkOutcomeSchema, bulkResultBodySchema } from "../../../contract/training/enrollments.ts";
import { applyResults, isFieldError, lookupTeacher, resolveTeachers, selectEnrollments, type PlannedResult } from "./store.ts";

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
    body: { required: false, content: bulkContent(bulkResultBodySchema, "teacherId | nationalId, status, on, score, note, module:<code>...") },
  },
  responses: {
    200: { description: "A result per row", content: { "application/json": { schema: bulkOutcomeSchema } } },
    ...errorResponses(403, 404, 409, 413, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { programId } = c.req.valid("param");
  const { rows } = await bulkRows(c, c.req.valid("json"), bulkResultBodySchema);
  const principal = c.var.principal;
  const results = await c.var.db.transaction(async (tx) => {
    const program = await lockVisibleProgram(tx, principal, programId);
    if (!canManageProgram(principal, program.ownerPath)) throw new ApiError("forbidden", "Only the programme owner's subtree records results");
    const resolved = await resolveTeachers(tx, principal, program, rows);
    const errors: FieldError[] = [];
    const teacherOf: (string | null)[] = rows.map((r, i) => {
      const t = lookupTeacher(resolved, r, i);
      if (isFieldError(t)) {
        errors.push(t);
        return null;
      }
      return t.id;
    });
    const ids = [...new Set(teacherOf.filter((x): x is string => !!x))];
    const enrollments = ids.length
      ? await selectEnrollments(tx, and(eq(trainingEnrollments.programId, program.id), inArray(trainingEnrollments.teacherId, ids)), undefined, true)
      : [];
    const enrollmentOf = new Map(enrollments.map((e) => [e.teacherId, e]));
    const plans: PlannedResult[] = [];
    const seen = new Map<string, number>();
    rows.forEach((input, i) => {
      const teacherId = teacherOf[i];
      if (!teacherId) return;
      const field = input.teacherId ? "teacherId" : "nationalId";
      const e = enrollmentOf.get(teacherId);
      if (!e) return void errors.push({ pointer: `/${i}/${field}`, detail: "The teacher is not enrolled in this programme" });
      if (seen.has(teacherId)) return void errors.push({ pointer: `/${i}/${field}`, detail: `The same teacher as row ${seen.get(teacherId)}` });
      seen.set(teacherId, i);
      plans.push({ row: i, enrollment: e, input });
    });
    const modules = (await modulesOf(tx, [program.id])).get(program.id)!;
    return applyResults(tx, c, program, modules, plans, { rows: rows.length, errors });
  });
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  return c.json(
    {
      programId,
      rows: rows.length,
      created: 0,
      updated: count("updated"),
      unchanged: count("unchanged"),
      results: results.map((r) => ({ row: r.row!, teacherId: r.enrollment.teacherId, enrollmentId: r.enrollment.id, outcome: r.outcome, status: r.enrollment.status })),
    },
    200,
  );
};
