import { maskNationalId } from "./national-id.ts";

type Plain = Record<string, unknown>;

/** Bookkeeping and secrets: never in an event. */
export const IGNORED = new Set(["version", "createdAt", "updatedAt", "secretHash", "path"]);

function normalise(v: unknown): unknown {
  return v instanceof Date ? v.toISOString() : v;
}

function clean(key: string, v: unknown): unknown {
  const n = normalise(v);
  return key === "nationalId" && typeof n === "string" ? maskNationalId(n) : n;
}

/**
 * The changed fields of a write, for the audit trail: on create every field is "after"; on update
 * only the fields whose value changed appear, before and after. National IDs are masked, secrets and
 * bookkeeping columns left out.
 */
export function auditDiff(before: Plain | undefined, after: Plain | undefined): { before: Plain | null; after: Plain | null } {
  if (!before) return { before: null, after: after ? created(after) : null };
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})].filter((k) => !IGNORED.has(k)));
  const b: Plain = {};
  const a: Plain = {};
  for (const k of keys) {
    const bv = before ? normalise(before[k]) : undefined;
    const av = after ? normalise(after[k]) : undefined;
    if (before && after && JSON.stringify(bv) === JSON.stringify(av)) continue;
    if (before && k in before) b[k] = clean(k, before[k]);
    if (after && k in after) a[k] = clean(k, after[k]);
  }
  return { before: before ? b : null, after: after ? a : null };
}

/** A create: every field but the ignored ones (a sync batch writes tens of thousands of these). */
function created(after: Plain): Plain {
  const a: Plain = {};
  for (const k of Object.keys(after)) if (!IGNORED.has(k)) a[k] = clean(k, after[k]);
  return a;
}
