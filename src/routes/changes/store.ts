import { sql } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import type { ChangeEntity } from "../../db/schema/index.ts";
import type { Database } from "../../db/types.ts";
import { today } from "../../lib/http.ts";

/** A position in the feed: the writing transaction's id and the change's sequence number. */
export type FeedPosition = [xid: number, seq: number];

/**
 * Read the feed after `after`, at most `limit` rows (plus one to tell whether there are more).
 *
 * Why a reader never misses a change, even when transactions commit out of order: every change row
 * carries the id of the transaction that wrote it (`xid`, from pg_current_xact_id(): 64-bit, never
 * wraps). The reader returns only rows whose xid is below the horizon `pg_snapshot_xmin` of its own
 * snapshot: the oldest transaction still running. Every transaction below it has finished, so all of
 * its rows are visible now, and any row that is not yet visible (running, or not yet begun, or begun
 * but not yet assigned an xid) has an xid at or above the horizon. Rows are returned in (xid, seq)
 * order and the cursor is the (xid, seq) of the last row returned, which is below the horizon; every
 * row that becomes visible later therefore sorts after the cursor and is returned by a later poll.
 * Ordering by the sequence number alone would not do: a transaction that took sequence 5 and commits
 * after one that took sequence 6 would be skipped by a reader already past 6. Strictly-greater keyset
 * comparison means no row is returned twice. The price: a long-running write transaction holds the
 * horizon back (later changes wait for it; none are lost). Rows of one transaction come out together.
 */
export interface ChangeRow {
  seq: number;
  xid: number;
  entity: ChangeEntity;
  entityId: string;
  teacherId: string | null;
  sourceKey: string | null;
  operation: "upsert" | "delete";
  /** The record after the change in its resource's API shape, as JSON text (null for a delete). */
  state: string | null;
  /** An active credential whose expiry date has passed, which its resource shows as expired. */
  expired: boolean;
  changedAt: string;
}

/**
 * Plain SQL rather than the query builder: a page is up to 1,000 rows and drizzle's per-row mapping
 * doubled the time of the statement itself (bench/sync.ts). The state is the text the trigger rendered
 * in its resource's shape (drizzle/0005_change_feed_api_state.sql): nothing is parsed or rendered per
 * row. The instant is formatted by the database.
 */
export async function readChanges(db: Database, principal: Principal, after: FeedPosition, limit: number, entities?: ChangeEntity[]): Promise<ChangeRow[]> {
  const conditions = [
    sql`(c.xid, c.seq) > (${after[0]}, ${after[1]})`,
    sql`c.xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint`,
    entities?.length ? sql`c.entity in (${sql.join(entities.map((e) => sql`${e}`), sql`, `)})` : undefined,
    teacherScope(principal, sql.raw("c.teacher_id")),
  ].filter((x): x is NonNullable<typeof x> => x !== undefined);
  const result = await db.execute(sql`
    select c.seq, c.xid, c.entity, c.entity_id, c.teacher_id, c.operation, c.api_state::text as state,
      -- as toCredential: the status column is the status as of the last event, so a dated expiry since then shows without one
      (c.entity = 'credential' and c.state->>'status' = 'active' and c.state->>'valid_to' < ${today()}) as expired,
      to_char(c.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as changed_at,
      -- the school system's key for the record, when one pushed it (looked up by the trigger)
      c.source_key
    from changes c
    where ${sql.join(conditions, sql` and `)}
    order by c.xid, c.seq
    limit ${limit + 1}`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
  return rows.map((r) => ({
    seq: Number(r.seq),
    xid: Number(r.xid),
    entity: r.entity as ChangeEntity,
    entityId: r.entity_id as string,
    teacherId: (r.teacher_id as string | null) ?? null,
    sourceKey: (r.source_key as string | null) ?? null,
    operation: r.operation as ChangeRow["operation"],
    state: (r.state as string | null) ?? null,
    expired: r.expired === true,
    changedAt: r.changed_at as string,
  }));
}
