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
    "come out together, in order. Scoped like the teacher record: a school sees its staff's changes, a county its schools'.",
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
