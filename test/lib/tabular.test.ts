import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/csv.ts";
import { loadSheetJs, preferredFormat, tablesToCsv, tablesToXlsx, XLSX_MEDIA_TYPE, type Table } from "../../src/lib/tabular/index.ts";
import { sheetNames } from "../../src/lib/tabular/xlsx.ts";

const a: Table = {
  name: "甲",
  columns: [
    { key: "name", header: "名称", type: "string" },
    { key: "n", header: "人数", type: "integer" },
  ],
  rows: [
    { name: "=1+1", n: 3 },
    { name: "乙, 丙", n: null },
  ],
};
const b: Table = {
  name: "乙",
  columns: [
    { key: "name", header: "名称", type: "string" },
    { key: "rate", header: "比率", type: "percent" },
  ],
  rows: [{ name: "x", rate: 0.25 }],
};

describe("tabular", () => {
  it("writes one table as it is, several as one table with a leading 表 column over the union of columns", () => {
    expect(tablesToCsv([a])).toBe('\uFEFF名称,人数\r\n\'=1+1,3\r\n"乙, 丙",\r\n');
    const parsed = parseCsv(tablesToCsv([a, b]));
    expect(parsed.columns).toEqual(["表", "名称", "人数", "比率"]);
    expect(parsed.rows.map((r) => r.values)).toEqual([
      { 表: "甲", 名称: "'=1+1", 人数: "3" },
      { 表: "甲", 名称: "乙, 丙" },
      { 表: "乙", 名称: "x", 比率: "0.25" },
    ]);
  });

  it("writes a sheet per table with typed cells", async () => {
    const X = await loadSheetJs();
    const wb = X.read(await tablesToXlsx([a, b]), { type: "array" });
    expect(wb.SheetNames).toEqual(["甲", "乙"]);
    expect(wb.Sheets.甲!.A2).toMatchObject({ t: "s", v: "=1+1" }); // text, not a formula
    expect(wb.Sheets.甲!.A2!.f).toBeUndefined();
    expect(wb.Sheets.甲!.B2).toMatchObject({ t: "n", v: 3 });
    expect(wb.Sheets.甲!.B3).toBeUndefined();
    expect(wb.Sheets.乙!.B2).toMatchObject({ t: "n", v: 0.25, w: "25.00%" });
  });

  it("makes sheet names Excel accepts", () => {
    expect(sheetNames(["a/b", "A_B", "x".repeat(40), "", "x".repeat(40)])).toEqual([
      "a_b",
      "A_B_2",
      "x".repeat(31),
      "Sheet",
      `${"x".repeat(29)}_2`,
    ]);
  });

  it("negotiates the format from Accept", () => {
    expect(preferredFormat(undefined)).toBe("json");
    expect(preferredFormat("text/html")).toBe("json");
    expect(preferredFormat("*/*")).toBe("json");
    expect(preferredFormat("text/csv")).toBe("csv");
    expect(preferredFormat("text/*")).toBe("csv");
    expect(preferredFormat("text/csv;q=0.9, application/json")).toBe("json");
    expect(preferredFormat(`${XLSX_MEDIA_TYPE};q=0.8, text/csv;q=0.5`)).toBe("xlsx");
    expect(preferredFormat(`${XLSX_MEDIA_TYPE}, */*`)).toBe("xlsx");
    expect(preferredFormat("text/csv;q=0")).toBe("json");
  });
});
