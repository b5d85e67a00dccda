import type { CellObject, WorkSheet } from "@e965/xlsx";
import type { Column, Table, Value } from "./types.ts";

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type SheetJs = typeof import("@e965/xlsx");

let loaded: Promise<SheetJs> | undefined;

/**
 * SheetJS (the @e965/xlsx build of SheetJS 0.20.3), loaded on the first XLSX request only. The
 * "mini" build reads and writes XLSX/CSV without the legacy formats and codepages, which keeps the
 * Workers bundle ~230 KB smaller than the full ESM build; it is a UMD file, so the namespace is
 * the default export under Node's ESM loader and the module itself under a bundler.
 */
export function loadSheetJs(): Promise<SheetJs> {
  loaded ??= import("@e965/xlsx/dist/xlsx.mini.min.js").then((m) => ((m as { default?: SheetJs }).default ?? m) as SheetJs);
  return loaded;
}

const FORMATS: Partial<Record<Column["type"], string>> = { integer: "0", percent: "0.00%" };

function cell(column: Column, v: Value): CellObject | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return { t: "n", v, ...(FORMATS[column.type] ? { z: FORMATS[column.type] } : {}) };
  if (typeof v === "boolean") return { t: "b", v };
  return { t: "s", v };
}

/** Excel refuses sheet names over 31 characters, with []:*?/\ in them, or repeated (case-insensitively). */
export function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((raw) => {
    const base = (raw.replace(/[[\]:*?/\\]/g, "_").trim() || "Sheet").slice(0, 31);
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)}_${i}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** An XLSX workbook: one sheet per table, a zh-CN header row, numbers as numeric cells, nulls as empty cells. */
export async function tablesToXlsx(tables: Table[]): Promise<Uint8Array> {
  const X = await loadSheetJs();
  const wb = X.utils.book_new();
  const names = sheetNames(tables.map((t) => t.name));
  tables.forEach((t, i) => {
    const ws: WorkSheet = {};
    t.columns.forEach((c, col) => {
      ws[X.utils.encode_cell({ r: 0, c: col })] = { t: "s", v: c.header };
    });
    t.rows.forEach((row, r) => {
      t.columns.forEach((c, col) => {
        const value = cell(c, row[c.key]);
        if (value) ws[X.utils.encode_cell({ r: r + 1, c: col })] = value;
      });
    });
    ws["!ref"] = X.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: t.rows.length, c: Math.max(t.columns.length - 1, 0) } });
    ws["!cols"] = t.columns.map((c) => ({ wch: Math.max(8, Math.min(40, c.header.length * 2 + 2)) }));
    X.utils.book_append_sheet(wb, ws, names[i]);
  });
  const out = X.write(wb, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer;
  return new Uint8Array(out);
}
