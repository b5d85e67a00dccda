import { sql } from "drizzle-orm";
import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const CHANGE_ENTITIES = [
  "teacher",
  "assignment",
  "title",
  "education",
  "credential",
  "credential_event",
  "designation",
  "training_record",
] as const;
export type ChangeEntity = (typeof CHANGE_ENTITIES)[number];
export const CHANGE_OPERATIONS = ["upsert", "delete"] as const;

/**
 * The change feed (GET /v1/changes): one row per created, updated, ended or deleted row of a synced
 * table, written by statement-level triggers (drizzle/0002_change_feed.sql), so no write path can
 * forget it. `xid` is the writing transaction's id: the feed is read in (xid, seq) order and only
 * below the oldest transaction still running, which is what makes it safe against out-of-order
 * commits (see src/db/changes/feed.ts). `state` is the row after the change, as stored.
 * `apiItem` is the whole feed item as JSON text, the state in its resource's API shape included,
 * rendered by the triggers at write time (drizzle/0005_change_feed_api_state.sql,
 * drizzle/0008_change_feed_api_item.sql), so a feed page is the database's text passed through: each
 * change is rendered once, however many readers pull it. `sourceKey` is looked up by the trigger too
 * (drizzle/0006_change_feed_source_key.sql), set-based.
 * `scopeOrgs` are the org nodes (schools and every jurisdiction above them: their paths' segments)
 * whose readers receive the change: where the teacher served when it was written, before and after
 * it; `leftOrgs` those of them the teacher is leaving (the item's `leftScope`). Both are computed by
 * the trigger when the change is written (drizzle/0010_feed_scope_at_write.sql), so a reader's scope is
 * one indexed array test and a transfer does not take the old school's past out of its feed.
 */
export const changes = pgTable(
  "changes",
  {
    seq: bigserial({ mode: "number" }).primaryKey(),
    xid: bigint({ mode: "number" }).notNull().default(sql`(pg_current_xact_id()::text::bigint)`),
    entity: text({ enum: CHANGE_ENTITIES }).notNull(),
    entityId: uuid().notNull(),
    teacherId: uuid(),
    operation: text({ enum: CHANGE_OPERATIONS }).notNull(),
    state: jsonb().$type<Record<string, unknown>>(),
    apiItem: text(),
    /** The school system's key for the record, when a sync batch pushed it (its mapping is written before the record). */
    sourceKey: text(),
    changedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    scopeOrgs: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    leftOrgs: uuid().array(),
  },
  (t) => [
    index("changes_feed_idx").on(t.xid, t.seq),
    index("changes_teacher_idx").on(t.teacherId, t.xid, t.seq),
    index("changes_scope_idx").using("gin", t.scopeOrgs),
  ],
);
