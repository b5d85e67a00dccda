import type { RouteHandler } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { pathInScope } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { schools, teacherAssignments, teachers } from "../../db/schema/index.ts";
import { invalidReference } from "../../domain/errors.ts";
import { checkTeacherCore } from "../../domain/teacher.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { etagFor, etagHeaderDoc, idempotencyHeader, today } from "../../lib/http.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { teacherCreateSchema, teacherSchema, toTeacher } from "../../contract/teachers.ts";
import { findTeacher, rejectIssues } from "../../db/teachers/read.ts";

export const route = defineRoute({
  method: "post",
  path: "/teachers",
  operationId: "createTeacher",
  summary: "Register a teacher",
  description:
    "Creates the core record and, when `schoolId` is given, the primary assignment at that school. " +
    "A national ID must pass its checksum and agree with the birth date and gender; a duplicate national ID is 409.",
  tags: ["Teachers"],
  "x-permission": "teachers.write",
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: teacherCreateSchema } } },
  },
  responses: {
    201: { description: "Created", headers: etagHeaderDoc, content: { "application/json": { schema: teacherSchema } } },
    ...errorResponses(403, 409, 415),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const { schoolId, assignmentStart, postType, ...body } = c.req.valid("json");
  const principal = c.var.principal;
  if (!schoolId && principal.orgType !== "root") {
    // A teacher with no school would be invisible to everyone but the root; bound principals name the school.
    throw ApiError.invalid("A home school is required", [{ pointer: "/schoolId", detail: "Required for a principal bound to an org" }]);
  }
  rejectIssues(checkTeacherCore(body));
  const nationalId = body.nationalId ? body.nationalId.toUpperCase() : null;
  const asOf = today();
  const created = await c.var.db.transaction(async (tx) => {
    const id = uuidv7();
    const [created] = await tx
      .insert(teachers)
      .values({ ...body, id, nationalId })
      .returning();
    if (schoolId) {
      const [school] = await tx.select({ id: schools.id, path: schools.path }).from(schools).where(eq(schools.id, schoolId));
      if (!school || !pathInScope(principal, school.path)) throw invalidReference("/schoolId", "School", schoolId);
      const validFrom = assignmentStart ?? body.hireDate ?? asOf;
      await tx.insert(teacherAssignments).values({ teacherId: id, schoolId, kind: "primary", postType, validFrom });
    }
    await recordAudit(tx, actorOf(c), { action: "create", entity: "Teacher", entityId: id, teacherId: id, after: created! });
    return created!;
  });
  const row = (await findTeacher(c.var.db, created.id, asOf))!;
  c.header("ETag", etagFor(row.version));
  c.header("Location", `/v1/teachers/${row.id}`);
  return c.json(toTeacher(row, asOf), 201);
};
