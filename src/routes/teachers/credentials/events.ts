import { z, type RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, gt, or, sql, type SQL } from "drizzle-orm";
import { defineRoute } from "../../../auth/permissions.ts";
import { teacherScope } from "../../../auth/scope.ts";
import { recordAudit } from "../../../db/audit/record.ts";
import { teacherCredentialEvents, teacherCredentials } from "../../../db/schema/index.ts";
import type { Queryable } from "../../../db/types.ts";
import { credentialStatusOn } from "../../../domain/credentials.ts";
import type { Principal } from "../../../auth/principal.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { decodeCursor, etagFor, etagHeaderDoc, idempotencyHeader, pageQuery, pathId, toPage, today } from "../../../lib/http.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { credentialEventCreateSchema, credentialEventPageSchema, credentialEventSchema, toCredentialEvent } from "../../../contract/teachers/credentials.ts";

const params = z.object({ teacherId: pathId("teacherId"), credentialId: pathId("credentialId") });
const path = "/teachers/{teacherId}/credentials/{credentialId}/events";

/** The credential, if its teacher is in the caller's scope; otherwise 404. */
async function credentialInScope(db: Queryable, p: Principal, teacherId: string, credentialId: string, lock: boolean) {
  const q = db
    .select()
    .from(teacherCredentials)
    .where(
      and(
        eq(teacherCredentials.id, credentialId),
        eq(teacherCredentials.teacherId, teacherId),
        teacherScope(p, sql`${teacherCredentials.teacherId}`),
      ),
    );
  const [row] = await (lock ? q.for("update", { of: teacherCredentials }) : q);
  if (!row) throw ApiError.notFound("Credential", credentialId);
  return row;
}

export const listRoute = defineRoute({
  method: "get",
  path,
  operationId: "listTeacherCredentialEvents",
  summary: "List a credential's status events",
  tags: ["Teacher records"],
  "x-permission": "teachers.read",
  request: { params, query: pageQuery },
  responses: {
    200: { description: "Status events, oldest first", content: { "application/json": { schema: credentialEventPageSchema } } },
    ...errorResponses(403, 404),
  },
});

export const listHandler: RouteHandler<typeof listRoute, AppEnv> = async (c) => {
  const { teacherId, credentialId } = c.req.valid("param");
  const q = c.req.valid("query");
  await credentialInScope(c.var.db, c.var.principal, teacherId, credentialId, false);
  const where: (SQL | undefined)[] = [eq(teacherCredentialEvents.credentialId, credentialId)];
  if (q.cursor) {
    const [on, id] = decodeCursor(q.cursor, 2) as [string, string];
    where.push(or(gt(teacherCredentialEvents.effectiveOn, on), and(eq(teacherCredentialEvents.effectiveOn, on), gt(teacherCredentialEvents.id, id))));
  }
  const rows = await c.var.db
    .select()
    .from(teacherCredentialEvents)
    .where(and(...where))
    .orderBy(asc(teacherCredentialEvents.effectiveOn), asc(teacherCredentialEvents.id))
    .limit(q.limit + 1);
  return c.json(toPage(rows, q.limit, (r) => [r.effectiveOn, r.id], toCredentialEvent), 200);
};

export const createRoute = defineRoute({
  method: "post",
  path,
  operationId: "createTeacherCredentialEvent",
  summary: "Record a credential status change",
  description:
    "Suspension, revocation, expiry or reinstatement from a date. In one transaction the credential's `status` becomes the status " +
    "the events give today and its version (ETag) moves on; as-of questions (dual qualification on a date) read the dated events, " +
    "so an event dated after today counts from its date there. The event may not precede the issue date.",
  tags: ["Teacher records"],
  "x-permission": "teachers.write",
  request: { params, headers: idempotencyHeader, body: { required: true, content: { "application/json": { schema: credentialEventCreateSchema } } } },
  responses: {
    201: { description: "The event", headers: etagHeaderDoc, content: { "application/json": { schema: credentialEventSchema } } },
    ...errorResponses(403, 404, 409, 415),
  },
});

export const createHandler: RouteHandler<typeof createRoute, AppEnv> = async (c) => {
  const { teacherId, credentialId } = c.req.valid("param");
  const body = c.req.valid("json");
  const event = await c.var.db.transaction(async (tx) => {
    const credential = await credentialInScope(tx, c.var.principal, teacherId, credentialId, true);
    if (body.effectiveOn < credential.validFrom) {
      throw ApiError.invalid("The event precedes the credential", [{ pointer: "/effectiveOn", detail: `Must be on or after ${credential.validFrom}` }]);
    }
    const [created] = await tx
      .insert(teacherCredentialEvents)
      .values({ credentialId, status: body.status, effectiveOn: body.effectiveOn, reason: body.reason ?? null })
      .returning();
    const events = await tx
      .select({ id: teacherCredentialEvents.id, status: teacherCredentialEvents.status, effectiveOn: teacherCredentialEvents.effectiveOn })
      .from(teacherCredentialEvents)
      .where(eq(teacherCredentialEvents.credentialId, credentialId));
    const status = credentialStatusOn({ issuedOn: credential.validFrom, expiresOn: credential.validTo }, events, today()) ?? "active";
    await tx
      .update(teacherCredentials)
      .set({ status, version: sql`${teacherCredentials.version} + 1`, updatedAt: sql`now()` })
      .where(eq(teacherCredentials.id, credentialId));
    await recordAudit(tx, actorOf(c), { action: "status_event", entity: "TeacherCredential", entityId: credentialId, teacherId, before: { status: credential.status }, after: { status, event: created! } });
    return created!;
  });
  c.header("ETag", etagFor(1));
  c.header("Location", `/v1/teachers/${teacherId}/credentials/${credentialId}/events`);
  return c.json(toCredentialEvent(event), 201);
};
