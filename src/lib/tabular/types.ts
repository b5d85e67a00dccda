/**
 * A report as tables, independent of the format it is sent in. The same value renders as CSV
 * (./csv.ts) and as XLSX (./xlsx.ts); ./index.ts picks the format from the Accept header.
 */
type ColumnType = "string" | "integer" | "number" | "percent" | "boolean" | "date";

export interface Column {
  /** Stable key into each row (English, camelCase). */
  key: string;
  /** The header row text (zh-CN). */
  header: string;
  /**
   * How the cell is written: numbers (`integer`, `number`, and `percent`, a fraction 0–1) are numeric
   * cells in XLSX and plain numbers in CSV; `date` is a YYYY-MM-DD business date, written as text.
   */
  type: ColumnType;
}

export type Value = string | number | boolean | null | undefined;

export interface Table {
  /** Sheet title in XLSX and the value of the leading 表 column in a combined CSV (zh-CN). */
  name: string;
  columns: Column[];
  rows: Record<string, Value>[];
}

export interface TabularReport {
  /** File name without extension (ASCII), e.g. `workforce-2025-08-31`. */
  filename: string;
  tables: Table[];
}
