import type { RouteHandler } from "@hono/zod-openapi";
import { defineRoute } from "../../auth/permissions.ts";
import type { AppEnv } from "../../lib/context.ts";
import { decodeCursor, encodeCursor, today } from "../../lib/http.ts";
import { ApiError, errorResponses } from "../../lib/problem.ts";
import { changesPageBody } from "./render.ts";
import { changesPageSchema, changesQuery } from "../../contract/changes.ts";
import { positionOf, readChanges, type FeedPosition } from "../../db/changes/feed.ts";

export const route = defineRoute({
  method: "get",
  path: "/changes",
  operationId: "listChanges",
  summary: "The change feed: every create, update, end and delete of teachers and their synced records",
  description:
    "One ordered feed per bureau. Start without a cursor, then always pass the `nextCursor` you received; " +
    "`hasMore: false` means you are up to date (poll again later with the same cursor). A change is never skipped, " +
    "even when concurrent transactions commit out of order, and never returned twice. The changes of one transaction " +
    "come out together, in order.\n\n" +
    "**Scope follows the people.** A change is delivered to every reader whose scope held the record when it was written, " +
    "before or after the change: the schools where the teacher holds an assignment that has not ended on that day (a county " +
    "sees its schools'), or, for a teacher with none (retired, left), the schools where they last served; an assignment also " +
    "reaches its own school, before and after it is moved. So the old school of a transferred teacher receives the end of " +
    "the assignment, with `leftScope: true`, and the teacher's changes until that end date, then nothing more about them; " +
    "the new school receives the new assignment and everything after it (read the teacher's earlier records with " +
    "GET /v1/teachers/{teacherId}); a host school receives a concurrent (secondary) post from the day it is recorded, and " +
    "its end with `leftScope: true`. A teacher who retires or leaves stays with the schools where they last served " +
    "(their end arrives there with `leftScope: false`). Scope is fixed when a change is written: a later transfer does not " +
    "take earlier changes out of the old school's feed, nor put them into the new school's.",
  tags: ["Sync"],
  "x-permission": "changes.read",
  request: { query: changesQuery },
  responses: {
    200: { description: "Changes after the cursor", content: { "application/json": { schema: changesPageSchema } } },
    ...errorResponses(403),
  },
});

export const handler: RouteHandler<typeof route, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const after = (q.cursor ? decodeCursor(q.cursor, 2).map(Number) : [0, 0]) as FeedPosition;
  if (!after.every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw ApiError.invalid("The cursor is not valid", [{ parameter: "cursor", detail: "Use the nextCursor of a previous response" }]);
  }
  const rows = await readChanges(c.var.db, c.var.principal, { after, limit: q.limit, entities: q.entities, today: today() });
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  const last = page[page.length - 1];
  // UTF-8 JSON in the shape of changesPageSchema (test/routes/changes/states.test.ts holds it to that)
  const body = changesPageBody(page, encodeCursor(last ? positionOf(last) : after), more);
  return c.body(body as Uint8Array<ArrayBuffer>, 200, { "content-type": "application/json" }) as never;
};
