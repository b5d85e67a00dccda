import { type SQL, sql } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { rawRows, rawText, type RawValue } from "../raw-rows.ts";
import type { ChangeEntity } from "../schema/index.ts";
import type { Database } from "../types.ts";

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
  /** The change's xid and seq as the driver gave them (positionOf decodes them, for the cursor). */
  xid: RawValue;
  seq: RawValue;
  /**
   * The item as JSON in the shape of changeSchema, rendered by the trigger when the change was written
   * (drizzle/0008_change_feed_api_item.sql): bytes as the server sent them on postgres.js, text on PGlite.
   */
  item: Exclude<RawValue, null>;
  /** An active credential whose expiry date has passed, which its resource shows as expired. */
  expired: boolean;
}

const ORG_PATH = /^\/(?:[0-9a-f-]{36}\/)+$/;

/**
 * Which changes a reader receives: those whose recorded scope (changes.scope_orgs, computed when the
 * change was written: the org nodes where the teacher served before and after it) holds the reader's
 * org node. The id is a literal, checked here, so the planner sees how selective it is (as underPath).
 * `item` sets the reader's leftScope: true when the change is delivered to it as the teacher leaves it
 * (changes.left_orgs holds its org node). A root reader sees everything and is never left; a teacher principal sees themself.
 */
function readerScope(p: Principal): { where?: SQL; item: SQL } {
  const item = sql.raw("c.api_item");
  if (p.orgType === "root") return { item };
  if (p.orgType === "teacher") return { where: p.teacherId ? sql`c.teacher_id = ${p.teacherId}` : sql`false`, item };
  if (!p.path || !ORG_PATH.test(p.path)) return { where: sql`false`, item };
  const org = sql.raw(`'{${p.path.slice(1, -1).split("/").pop()}}'::uuid[]`);
  return {
    where: sql`c.scope_orgs @> ${org}`,
    // the item ends with "leftScope":false} (drizzle/0010_feed_scope_at_write.sql)
    item: sql`case when c.left_orgs @> ${org} then left(c.api_item, -6) || 'true}' else c.api_item end`,
  };
}

const T = "t".charCodeAt(0);

/**
 * One indexed range read, prepared, whose item column is copied into the response as the database
 * sent it (src/db/raw-rows.ts): no row is decoded, parsed or rendered in JavaScript (BENCHMARKS.md,
 * "School staff sync").
 */
export interface FeedQuery {
  after: FeedPosition;
  limit: number;
  entities?: ChangeEntity[];
  /** The reading day: an active credential past its expiry date then shows as expired. */
  today: string;
}

export async function readChanges(db: Database, principal: Principal, q: FeedQuery): Promise<ChangeRow[]> {
  const { after, limit, entities, today } = q;
  const scope = readerScope(principal);
  const conditions = [
    sql`(c.xid, c.seq) > (${after[0]}, ${after[1]})`,
    sql`c.xid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint`,
    entities?.length
      ? sql`c.entity in (${sql.join(
          entities.map((e) => sql`${e}`),
          sql`, `,
        )})`
      : undefined,
    scope.where,
  ].filter((x): x is NonNullable<typeof x> => x !== undefined);
  const rows = await rawRows(
    db,
    sql`
    select c.xid::text, c.seq::text, ${scope.item},
      -- as toCredential: the status column is the status as of the last event, so a dated expiry since then shows without one
      case when c.entity = 'credential' and c.state->>'status' = 'active' and c.state->>'valid_to' < ${today} then 't' else 'f' end as expired
    from changes c
    where ${sql.join(conditions, sql` and `)}
    order by c.xid, c.seq
    limit ${limit + 1}`,
  );
  return rows.map((r) => ({ xid: r[0]!, seq: r[1]!, item: r[2]!, expired: typeof r[3] === "string" ? r[3] === "t" : r[3]![0] === T }));
}

/** Where a row stands in the feed (only the last row of a page is asked: the cursor). */
export function positionOf(row: ChangeRow): FeedPosition {
  return [Number(rawText(row.xid)), Number(rawText(row.seq))];
}
