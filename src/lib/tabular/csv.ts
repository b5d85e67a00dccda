import { toCsv, type Cell } from "../csv.ts";
import type { Column, Table } from "./types.ts";

/** Header and key of the leading column of a combined CSV. */
const TABLE_COLUMN: Column = { key: "__table", header: "表", type: "string" };

/**
 * One CSV document (UTF-8 with BOM, CRLF, formula-safe cells: src/lib/csv.ts) for a report.
 * One table is written as it is. Several tables are written as ONE rectangular table rather than as
 * sections, so that any CSV reader (and parseCsv) reads the whole report: a leading `表` column names
 * the table each row belongs to, and the columns are the union of the tables' columns in first-seen
 * order (a table without a column leaves that cell empty; the first table's header wins for a key).
 */
export function tablesToCsv(tables: Table[]): string {
  if (tables.length === 1) {
    const [t] = tables as [Table];
    return toCsv(
      t.columns.map((c) => c.header),
      t.rows.map((r) => t.columns.map((c) => cellOf(r[c.key]))),
    );
  }
  const columns: Column[] = [];
  const seen = new Set<string>();
  for (const t of tables) {
    for (const c of t.columns) {
      if (!seen.has(c.key)) {
        seen.add(c.key);
        columns.push(c);
      }
    }
  }
  const rows = tables.flatMap((t) => t.rows.map((r) => [t.name, ...columns.map((c) => cellOf(r[c.key]))]));
  return toCsv([TABLE_COLUMN.header, ...columns.map((c) => c.header)], rows);
}

function cellOf(v: Cell): Cell {
  return v === undefined ? null : v;
}
