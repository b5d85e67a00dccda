import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ApiError } from "./problem.ts";

// ---- ETag / If-Match (RFC 9110) --------------------------------------------------------------

export function etagFor(version: number): string {
  return `"${version}"`;
}

/**
 * If the caller sent If-Match, it must name the current version (or be `*`), else 412.
 * Returns the version the write must still see (so the UPDATE can guard on it), or undefined.
 */
export function expectedVersion(c: Context): number | undefined {
  const header = c.req.header("if-match");
  if (!header) return undefined;
  if (header.trim() === "*") return undefined;
  const m = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  if (!m) throw new ApiError("precondition_failed", 'If-Match must be an ETag such as "3"');
  return Number(m[1]);
}

export const ifMatchHeader = z.object({
  "if-match": z
    .string()
    .optional()
    .openapi({ description: "ETag from a previous read; the write fails with 412 if the record changed since.", example: '"1"' }),
});

export const idempotencyHeader = z.object({
  "idempotency-key": z.string().min(1).max(255).optional().openapi({
    description:
      "Makes the POST safe to retry: the same key and body replay the stored response; the same key with a different body is 422.",
    example: "7f3c2a9e-2b1d-4c8e-9f6a-0d1e2f3a4b5c",
  }),
});

export const etagHeaderDoc = {
  ETag: { description: "Current version of the resource, for If-Match", schema: { type: "string" as const } },
};

// ---- Cursor pagination ---------------------------------------------------------------------

/** Opaque cursor: base64url of the UTF-8 JSON of the keyset values of the last row returned. */
export function encodeCursor(keys: unknown[]): string {
  const binary = String.fromCharCode(...new TextEncoder().encode(JSON.stringify(keys)));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const b64 = cursor.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
    const keys = JSON.parse(text) as unknown;
    if (Array.isArray(keys) && keys.length === arity && keys.every((k) => typeof k === "string" || typeof k === "number")) {
      return keys;
    }
  } catch {
    // fall through to the problem below
  }
  throw ApiError.invalid("The cursor is not valid", [{ parameter: "cursor", detail: "Use the nextCursor of a previous page" }]);
}

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: "Page size (1–200)", example: 50 }),
  cursor: z.string().max(512).optional().openapi({ description: "The `nextCursor` of the previous page" }),
});

export function pageSchema<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z.string().nullable().openapi({ description: "Pass as `cursor` for the next page; null on the last page" }),
    })
    .openapi(name);
}

/** Fetch limit+1 rows, return a page and the cursor made from the last row's keys. */
export function toPage<R, T>(rows: R[], limit: number, keys: (row: R) => unknown[], shape: (row: R) => T) {
  const more = rows.length > limit;
  const slice = more ? rows.slice(0, limit) : rows;
  const last = slice[slice.length - 1];
  return {
    items: slice.map(shape),
    nextCursor: more && last !== undefined ? encodeCursor(keys(last)) : null,
  };
}

// ---- Common parameter schemas --------------------------------------------------------------

export const isoDate = z.iso.date().openapi({ example: "2025-08-31", description: "Business date, YYYY-MM-DD" });

export const asOfQuery = z.object({
  asOf: isoDate.optional().openapi({ description: "Evaluate derived fields as of this date (default: today, UTC)" }),
});

/**
 * Knowledge time: the register as it stood at an instant (ISO 8601 with a zone), against the business date
 * asOf. Normalised to UTC; absent, the time of the request.
 */
export const knownAtParam = z.iso
  .datetime({ offset: true })
  .transform((v) => new Date(v).toISOString())
  .openapi({ type: "string", format: "date-time", example: "2026-11-30T16:00:00Z" });

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A UUID path parameter, e.g. `z.object({ teacherId: pathId("teacherId") })`. */
export const pathId = (name: string) => z.uuid().openapi({ param: { name, in: "path" }, example: "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d" });

export const booleanQuery = z
  .enum(["true", "false"])
  .transform((v) => v === "true")
  .openapi({ type: "boolean" });
