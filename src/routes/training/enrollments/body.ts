import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../../lib/context.ts";
import { CSV_MEDIA_TYPE, parseCsv } from "../../../lib/csv.ts";
import { ApiError, type FieldError } from "../../../lib/problem.ts";
import { issuesToFieldErrors } from "../../../lib/zod-issues.ts";

/**
 * Bulk bodies: a JSON array (validated by the route) or a CSV upload (`Content-Type: text/csv`, a
 * header line naming the columns). CSV cells become the JSON row's fields — `module:<code>` columns
 * become `modules.<code>`, numeric columns become numbers — and then pass the same schema, so both
 * forms give the same per-row errors (pointers `/<row>/<field>`, row 0 = the first data line).
 */
const NUMERIC = new Set(["score"]);

export async function bulkRows<T extends z.ZodType>(
  c: Context<AppEnv>,
  json: unknown,
  schema: T,
): Promise<{ rows: z.infer<T>; lines: number[] | null }> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== CSV_MEDIA_TYPE) {
    if (!Array.isArray(json))
      throw ApiError.invalid("Send a JSON array of rows or a CSV document", [{ pointer: "", detail: "Expected an array" }]);
    return { rows: json as z.infer<T>, lines: null };
  }
  const { rows } = parseCsv(await c.req.text());
  const objects = rows.map(({ values }) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) {
      if (k.startsWith("module:")) ((out.modules ??= {}) as Record<string, string>)[k.slice(7)] = v;
      else out[k] = NUMERIC.has(k) && v !== "" && !Number.isNaN(Number(v)) ? Number(v) : v;
    }
    return out;
  });
  const parsed = schema.safeParse(objects);
  if (!parsed.success) {
    const errors: FieldError[] = issuesToFieldErrors("json", parsed.error.issues).map((e) => {
      const row = Number(e.pointer?.split("/")[1]);
      return Number.isInteger(row) && rows[row] ? { ...e, detail: `Line ${rows[row]!.line}: ${e.detail}` } : e;
    });
    throw ApiError.invalid(`${errors.length} CSV field${errors.length === 1 ? " is" : "s are"} invalid; nothing was written`, errors);
  }
  return { rows: parsed.data, lines: rows.map((r) => r.line) };
}

/** The OpenAPI request body of a bulk operation: JSON rows or CSV text. */
export function bulkContent(schema: z.ZodType, csvColumns: string) {
  return {
    "application/json": { schema },
    [CSV_MEDIA_TYPE]: {
      schema: z.string().openapi({ description: `CSV with a header line; columns: ${csvColumns}` }),
    },
  };
}
