/** New record ids, given to the plan so that it stays a pure function (tests pass a counter). */
export interface Ids {
  next(): string;
}

/** The rows in order with each sourceKey's first row only; every later one is reported to `duplicate`. */
export function firstBySourceKey<T extends { sourceKey: string; pointer: string }>(rows: T[], duplicate: (r: T, first: T) => void): T[] {
  const first = new Map<string, T>();
  const out: T[] = [];
  for (const r of rows) {
    const f = first.get(r.sourceKey);
    if (f) duplicate(r, f);
    else {
      first.set(r.sourceKey, r);
      out.push(r);
    }
  }
  return out;
}

/** The fields the row sends whose value differs from the stored one (absent fields are not sent). */
export function changedFields(
  stored: Record<string, unknown>,
  row: Record<string, unknown>,
  keys: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (row[k] === undefined) continue;
    if ((row[k] ?? null) !== (stored[k] ?? null)) out[k] = row[k] ?? null;
  }
  return out;
}
