import { toSnakeCase } from "drizzle-orm/casing";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";

/** Property name -> [database column name, column], as drizzle maps them with `casing: "snake_case"`. */
export function columnsOf(table: PgTable): Map<string, { name: string; column: PgColumn }> {
  const { columns } = getTableConfig(table);
  const byProperty = new Map<string, { name: string; column: PgColumn }>();
  for (const [key, value] of Object.entries(table as unknown as Record<string, unknown>)) {
    const column = columns.find((x) => x === value);
    if (column) byProperty.set(key, { name: column.keyAsName ? toSnakeCase(key) : column.name, column });
  }
  return byProperty;
}

/** A row as `to_jsonb(row)` stores it (database names, JSON values) back to what drizzle's select returns. */
export function rowFromJson<T>(table: PgTable, json: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const [key, { name, column }] of columnsOf(table)) {
    const value = json[name];
    // numeric arrives as a JSON number; drizzle's driver value for it is a string
    const driver = value !== null && value !== undefined && column.columnType === "PgNumeric" ? String(value) : value;
    row[key] = driver === null || driver === undefined ? null : column.mapFromDriverValue(driver);
  }
  return row as T;
}
