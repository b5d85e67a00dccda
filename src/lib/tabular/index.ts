import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { CSV_MEDIA_TYPE } from "../csv.ts";
import { tablesToCsv } from "./csv.ts";
import type { TabularReport } from "./types.ts";
import { tablesToXlsx, XLSX_MEDIA_TYPE } from "./xlsx.ts";

export type { Column, Table, TabularReport } from "./types.ts";
export { tablesToCsv } from "./csv.ts";
export { loadSheetJs, tablesToXlsx, XLSX_MEDIA_TYPE } from "./xlsx.ts";

export type TabularFormat = "json" | "csv" | "xlsx";

/**
 * The format an Accept header asks for. Highest q wins; an exact media type beats a wildcard at the
 * same q (`*\/*` and `application/*` count for JSON, `text/*` for CSV), and a tie goes to JSON, then
 * CSV. No Accept, or one naming none of the three, is JSON (lenient, as the other CSV routes are).
 */
export function preferredFormat(accept: string | undefined): TabularFormat {
  if (!accept) return "json";
  const q: Record<TabularFormat, number> = { json: -1, csv: -1, xlsx: -1 };
  for (const part of accept.split(",")) {
    const [type = "", ...params] = part.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const weight = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(weight)) continue;
    const media = type.trim();
    if (media === "application/json") q.json = Math.max(q.json, weight);
    else if (media === "*/*" || media === "application/*") q.json = Math.max(q.json, weight - 0.001);
    else if (media === CSV_MEDIA_TYPE) q.csv = Math.max(q.csv, weight);
    else if (media === "text/*") q.csv = Math.max(q.csv, weight - 0.001);
    else if (media === XLSX_MEDIA_TYPE) q.xlsx = Math.max(q.xlsx, weight);
  }
  const best = (["json", "csv", "xlsx"] as const).reduce((a, b) => (q[b] > q[a] ? b : a));
  return q[best] > 0 ? best : "json";
}

/**
 * Answer a report in the format the caller asked for: `json()` builds the route's own typed JSON
 * response; CSV and XLSX are rendered from `report` (the same numbers, as tables) and sent as an
 * attachment named `<report.filename>.csv|.xlsx`. Every answer carries `Vary: Accept`.
 */
export async function respondTabular<R extends Response>(c: Context, report: TabularReport, json: () => R): Promise<R | Response> {
  c.header("Vary", "Accept");
  const format = preferredFormat(c.req.header("accept"));
  if (format === "json") return json();
  if (format === "csv") {
    return c.body(tablesToCsv(report.tables), 200, {
      "Content-Type": `${CSV_MEDIA_TYPE}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${report.filename}.csv"`,
    });
  }
  const bytes = await tablesToXlsx(report.tables);
  return c.body(bytes as unknown as ArrayBuffer, 200, {
    "Content-Type": XLSX_MEDIA_TYPE,
    "Content-Disposition": `attachment; filename="${report.filename}.xlsx"`,
  });
}

/**
 * The OpenAPI `content` of a tabular 200: the JSON schema, plus text/csv and the XLSX type, each
 * described (`tables` says what the sheets / the CSV rows hold).
 */
export function tabularContent<S extends z.ZodType>(schema: S, tables: string) {
  return {
    "application/json": { schema },
    [CSV_MEDIA_TYPE]: {
      schema: z.string().openapi({
        description: `With \`Accept: text/csv\`: UTF-8 CSV with a byte-order mark; a report of several tables is one CSV table whose leading 表 column names the table of each row. ${tables}`,
      }),
    },
    [XLSX_MEDIA_TYPE]: {
      schema: z.string().openapi({
        description: `Binary. With \`Accept: ${XLSX_MEDIA_TYPE}\`: an XLSX workbook, one sheet per table, zh-CN header row. ${tables}`,
      }),
    },
  } as const;
}
