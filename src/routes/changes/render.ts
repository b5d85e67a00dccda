import type { RawValue } from "../../db/raw-rows.ts";
import type { ChangeRow } from "../../db/changes/feed.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const COMMA = encoder.encode(",");

/**
 * A feed page as UTF-8 JSON in the shape of `changesPageSchema`, put together from the items' bytes
 * as the database sent them (store.ts): one allocation and a copy per piece. Parsing, re-rendering and
 * re-encoding 1,000 states per page cost more than the query itself (BENCHMARKS.md, "School staff
 * sync"). Only what depends on the reading day is applied here.
 */
export function changesPageBody(rows: ChangeRow[], nextCursor: string, hasMore: boolean): Uint8Array {
  const parts: Uint8Array[] = [encoder.encode('{"items":[')];
  rows.forEach((r, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(r.expired ? expire(r.item) : bytes(r.item));
  });
  parts.push(encoder.encode(`],"nextCursor":${JSON.stringify(nextCursor)},"hasMore":${hasMore}}`));
  let size = 0;
  for (const p of parts) size += p.length;
  const body = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    body.set(p, at);
    at += p.length;
  }
  return body;
}

function bytes(v: Exclude<RawValue, null>): Uint8Array {
  return typeof v === "string" ? encoder.encode(v) : v;
}

/** As toCredential: an active credential past its expiry date shows as expired (key order kept). */
function expire(item: Exclude<RawValue, null>): Uint8Array {
  const parsed = JSON.parse(typeof item === "string" ? item : decoder.decode(item)) as { state: Record<string, unknown> };
  return encoder.encode(JSON.stringify({ ...parsed, state: { ...parsed.state, status: "expired" } }));
}
