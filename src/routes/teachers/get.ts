import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import type { AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, today } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { can } from "../../auth/policy.ts";
import { includeNames, includeSource, loadInclude } from "./records/includes.ts";
import { teacherDetailSchema, teacherGetQuery, teacherParams, toTeacher } from "../../contract/teachers.ts";
import { findTeacher } from "../../db/teachers/read.ts";

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}",
  operationId: "getTeacher",
  summary: "Get a teacher",
  description:
    "A compact summary: every derived field (current school, title, highest education, dual-qualified, designations, " +
    "subjects, age, years of teaching) is evaluated as of `asOf` (default today). `include` embeds sub-record histories " +
    "(comma-separated segment names such as `assignments,titles,credentials`); restricted ones (ethics, appraisals) need their permission.",
  tags: ["Teachers"],
  "x-permission": "teachers.read",
  request: { params: teacherParams, query: teacherGetQuery },
  responses: {
    200: { description: "The teacher", headers: etagHeaderDoc, content: { "application/json": { schema: teacherDetailSchema } } },
    ...errorResponses(403, 404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const query = c.req.valid("query");
  const asOf = query.asOf ?? today();
  const names = query.include
    ? [
        ...new Set(
          query.include
            .split(",")
            .map((n) => n.trim())
            .filter(Boolean),
        ),
      ]
    : [];
  const unknown = names.filter((n) => !includeSource(n));
  if (unknown.length) {
    throw ApiError.invalid("Unknown include", [
      { parameter: "include", detail: `Unknown: ${unknown.join(", ")}; choose from ${includeNames().join(", ")}` },
    ]);
  }
  const principal = c.var.principal;
  const denied = names.filter((n) => !can(principal.role, includeSource(n)!.read));
  if (denied.length) throw new ApiError("forbidden", `The ${principal.role} role may not read ${denied.join(", ")}`);
  const row = await findTeacher(c.var.db, teacherId, asOf, principal);
  if (!row) throw ApiError.notFound("Teacher", teacherId);
  const included: Record<string, Record<string, unknown>[]> = {};
  for (const n of names) included[n] = (await loadInclude(c.var.db, includeSource(n)!, teacherId)) as Record<string, unknown>[];
  c.header("ETag", etagFor(row.version));
  return c.json({ ...toTeacher(row, asOf), ...(names.length ? { included } : {}) }, 200);
};
