import type { Context } from "hono";
import { ApiError } from "./problem.ts";

/**
 * CSV (RFC 4180) in and out. Output is UTF-8 with a byte-order mark (so spreadsheet programs show the
 * Chinese text), CRLF line ends, and cells that a spreadsheet would run as a formula (=, +, -, @) are
 * prefixed with an apostrophe. Numbers are written as they are.
 */
export const CSV_MEDIA_TYPE = "text/csv";
const BOM = "\uFEFF";

export type Cell = string | number | boolean | null | undefined;

function cell(v: Cell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvLine(cells: Cell[]): string {
  return `${cells.map(cell).join(",")}\r\n`;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return BOM + csvLine(header) + rows.map(csvLine).join("");
}

/** True when the Accept header prefers text/csv over JSON (JSON when absent or equal). */
export function wantsCsv(c: Context): boolean {
  const accept = c.req.header("accept");
  if (!accept) return false;
  let csv = -1;
  let json = -1;
  for (const part of accept.split(",")) {
    const [type, ...params] = part.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (type === "text/csv") csv = Math.max(csv, q);
    else if (type === "application/json" || type === "*/*" || type === "application/*")
      json = Math.max(json, type === "application/json" ? q : q - 0.001);
  }
  return csv > 0 && csv > json;
}

export function csvResponse(c: Context, filename: string, body: string | ReadableStream<Uint8Array>): Response {
  return c.body(body as never, 200, {
    "Content-Type": `${CSV_MEDIA_TYPE}; charset=utf-8`,
    "Content-Disposition": `attachment; filename="${filename}"`,
  });
}

/** A streamed CSV body: the header, then each batch of rows as `next` yields it. */
export function csvStream(header: string[], batches: AsyncIterable<Cell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvLine(header)));
        return;
      }
      const { value, done } = await iterator.next();
      if (done) {
        controller.close();
        return;
      }
      if (value.length) controller.enqueue(encoder.encode(value.map(csvLine).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * Parse CSV text: the first line names the columns; returns one object per data line (keys trimmed,
 * values as text; empty cells are absent). Errors name the line.
 */
export function parseCsv(text: string): { columns: string[]; rows: { line: number; values: Record<string, string> }[] } {
  const records = splitRecords(text.startsWith(BOM) ? text.slice(1) : text);
  const nonEmpty = records.filter((r) => !(r.cells.length === 1 && r.cells[0] === ""));
  const head = nonEmpty.shift();
  if (!head) throw ApiError.invalid("The CSV document is empty", [{ pointer: "", detail: "Send a header line and at least one row" }]);
  const columns = head.cells.map((c) => c.trim());
  const rows = nonEmpty.map((r) => {
    if (r.cells.length > columns.length) {
      throw ApiError.invalid(`Line ${r.line} has more cells than the header`, [
        { pointer: "", detail: `Line ${r.line}: ${r.cells.length} cells, ${columns.length} columns` },
      ]);
    }
    const values: Record<string, string> = {};
    r.cells.forEach((v, i) => {
      const t = v.trim();
      if (t !== "") values[columns[i]!] = t;
    });
    return { line: r.line, values };
  });
  return { columns, rows };
}

function splitRecords(text: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cur = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        cur += ch;
      }
      continue;
    }
    if (ch === '"' && cur === "") quoted = true;
    else if (ch === ",") {
      cells.push(cur);
      cur = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cur);
      out.push({ line: startLine, cells });
      cells = [];
      cur = "";
      line++;
      startLine = line;
    } else cur += ch;
  }
  if (quoted) throw ApiError.invalid(`Line ${startLine} has an unterminated quoted cell`, [{ pointer: "", detail: `Line ${startLine}` }]);
  if (cur !== "" || cells.length) {
    cells.push(cur);
    out.push({ line: startLine, cells });
  }
  return out;
}
