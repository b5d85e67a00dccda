import { and, inArray, sql } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { changes, type ChangeEntity } from "../../db/schema/index.ts";
import type { Database } from "../../db/types.ts";

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
export async function readChanges(db: Database, principal: Principal, after: FeedPosition, limit: number, entities?: ChangeEntity[]) {
  return db
    .select({
      seq: changes.seq,
      xid: changes.xid,
      entity: changes.entity,
      entityId: changes.entityId,
      teacherId: changes.teacherId,
      // the school system's key for the record, when one pushed it (sync_source_keys)
      // (qualified by hand: drizzle leaves single-table columns unqualified, which the subquery would capture)
      sourceKey: sql<string | null>`(select k.source_key from sync_source_keys k where k.entity = "changes"."entity" and k.entity_id = "changes"."entity_id" limit 1)`,
      operation: changes.operation,
      state: changes.state,
      changedAt: changes.changedAt,
    })
    .from(changes)
    .where(
      and(
        sql`(${changes.xid}, ${changes.seq}) > (${after[0]}, ${after[1]})`,
        sql`${changes.xid} < pg_snapshot_xmin(pg_current_snapshot())::text::bigint`,
        entities?.length ? inArray(changes.entity, entities) : undefined,
        teacherScope(principal, sql.raw(`"changes"."teacher_id"`)),
      ),
    )
    .orderBy(changes.xid, changes.seq)
    .limit(limit + 1);
}
