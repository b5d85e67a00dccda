import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import { vetoesOf } from "../../db/teacher-records/ethics.ts";
import { requireTeacher } from "../../db/teachers/read.ts";
import { eligibilityOn, VETOED_KINDS } from "../../domain/ethics.ts";
import type { AppEnv } from "../../lib/context.ts";
import { today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { eligibilityQuery, eligibilitySchema, toEligibility } from "../../contract/teachers/eligibility.ts";
import { teacherParams } from "../../contract/teachers.ts";

export const route = defineRoute({
  method: "get",
  path: "/teachers/{teacherId}/eligibility",
  operationId: "getTeacherEligibility",
  summary: "What an ethics veto bars a teacher from on a date",
  description:
    "Per kind of write an ethics veto (师德一票否决, domain.md §3.3) blocks: whether the teacher may receive it on the date, " +
    "and why (the ethics record whose veto applies, and its window). The record writes refuse what this answers as not eligible " +
    "with 409, unless a bureau_admin sends `ethicsOverride: {reason}` (audited as `ethics_override`).",
  tags: ["Teachers"],
  "x-permission": "teachers.restricted.read",
  request: { params: teacherParams, query: eligibilityQuery },
  responses: {
    200: { description: "Eligibility per kind", content: { "application/json": { schema: eligibilitySchema } } },
    ...errorResponses(404),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { teacherId } = c.req.valid("param");
  const q = c.req.valid("query");
  await requireTeacher(c.var.db, teacherId, c.var.principal);
  const asOf = q.asOf ?? today();
  const vetoes = await vetoesOf(c.var.db, [teacherId]);
  const kinds = q.for ? [q.for] : VETOED_KINDS;
  return c.json(
    toEligibility(
      teacherId,
      asOf,
      kinds.map((k) => eligibilityOn(vetoes, k, asOf)),
    ),
    200,
  );
};
