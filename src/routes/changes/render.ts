import type { ChangeRow } from "./store.ts";

/**
 * A feed page as JSON text, in the shape of `changesPageSchema`. Each state is the text the database
 * stored in its resource's API shape (drizzle/0005_change_feed_api_state.sql), spliced in as it is:
 * parsing, re-rendering and re-serialising 1,000 states per page cost more than the query itself
 * (BENCHMARKS.md, "School staff sync"). Only what depends on the reading day is applied here.
 */
export function changesPageJson(rows: ChangeRow[], nextCursor: string, hasMore: boolean): string {
  return `{"items":[${rows.map(itemJson).join(",")}],"nextCursor":${JSON.stringify(nextCursor)},"hasMore":${hasMore}}`;
}

// Only the source key is free text and needs escaping: ids are UUIDs, entity and operation are the
// triggers' constants, the instant is the database's fixed format.
function itemJson(r: ChangeRow): string {
  const state = r.state === null ? "null" : r.expired ? expire(r.state) : r.state;
  const teacherId = r.teacherId === null ? "null" : `"${r.teacherId}"`;
  const sourceKey = r.sourceKey === null ? "null" : JSON.stringify(r.sourceKey);
  return `{"sequence":${r.seq},"entity":"${r.entity}","id":"${r.entityId}","teacherId":${teacherId},"sourceKey":${sourceKey},"operation":"${r.operation}","changedAt":"${r.changedAt}","state":${state}}`;
}

/** As toCredential: an active credential past its expiry date shows as expired (key order kept). */
function expire(state: string): string {
  return JSON.stringify({ ...(JSON.parse(state) as Record<string, unknown>), status: "expired" });
}
