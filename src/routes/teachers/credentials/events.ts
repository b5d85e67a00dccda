import { z, type RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../../auth/permissions.ts";
import { credentialInScope, listCredentialEvents } from "../../../db/teacher-records/credential-events.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import { decodeCursor, etagFor, etagHeaderDoc, idempotencyHeader, pageQuery, pathId, toPage, today } from "../../../lib/http.ts";
import { errorResponses } from "../../../lib/problem.ts";
import { recordCredentialEvent } from "../../../services/teacher-records/credential-events.ts";
import {
  credentialEventCreateSchema,
  credentialEventPageSchema,
  credentialEventSchema,
  toCredentialEvent,
} from "../../../contract/teachers/credentials.ts";

const params = z.object({ teacherId: pathId("teacherId"), credentialId: pathId("credentialId") });
const path = "/teachers/{teacherId}/credentials/{credentialId}/events";

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
  const after = q.cursor ? (decodeCursor(q.cursor, 2) as [string, string]) : undefined;
  const rows = await listCredentialEvents(c.var.db, credentialId, after, q.limit);
  return c.json(
    toPage(rows, q.limit, (r) => [r.effectiveOn, r.id], toCredentialEvent),
    200,
  );
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
  request: {
    params,
    headers: idempotencyHeader,
    body: { required: true, content: { "application/json": { schema: credentialEventCreateSchema } } },
  },
  responses: {
    201: { description: "The event", headers: etagHeaderDoc, content: { "application/json": { schema: credentialEventSchema } } },
    ...errorResponses(403, 404, 409, 415),
  },
});

export const createHandler: RouteHandler<typeof createRoute, AppEnv> = async (c) => {
  const { teacherId, credentialId } = c.req.valid("param");
  const event = await recordCredentialEvent(c.var.db, actorOf(c), { teacherId, credentialId, ...c.req.valid("json"), today: today() });
  c.header("ETag", etagFor(1));
  c.header("Location", `/v1/teachers/${teacherId}/credentials/${credentialId}/events`);
  return c.json(toCredentialEvent(event), 201);
};
