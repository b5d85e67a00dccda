import type { Column, Table } from "../../lib/tabular/index.ts";
import type { WorkforceReportBody } from "../../contract/reports.ts";

const COLUMNS: Column[] = [
  { key: "code", header: "代码", type: "string" },
  { key: "label", header: "项目", type: "string" },
  { key: "labelEn", header: "项目（英文）", type: "string" },
  { key: "count", header: "人数", type: "integer" },
  { key: "share", header: "占比", type: "percent" },
  { key: "suppressed", header: "已抑制（少于5人）", type: "boolean" },
];

export const WORKFORCE_TABLES_NOTE =
  "One table per dimension, named by its zh-CN label (学历, 职称, 年龄段, …), with the columns 代码, 项目, 项目（英文）, 人数, 占比 " +
  "(a fraction), 已抑制（少于5人）; each table ends with a 合计 row (code `total`).";

/** The report as tables for CSV / XLSX: one per dimension, its rows then the total. */
export function workforceTables(body: WorkforceReportBody): Table[] {
  return body.dimensions.map((d) => ({
    name: d.labels["zh-CN"],
    columns: COLUMNS,
    rows: [
      ...d.rows.map((r) => ({
        code: r.code,
        label: r.labels["zh-CN"],
        labelEn: r.labels.en,
        count: r.count,
        share: r.share,
        suppressed: r.suppressed,
      })),
      { code: "total", label: "合计", labelEn: "Total", ...body.total },
    ],
  }));
}
