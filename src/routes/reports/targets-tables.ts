import { vocabulary } from "../../domain/vocabularies.ts";
import type { Column, Table } from "../../lib/tabular/index.ts";
import type { TargetsReportBody } from "../../contract/reports.ts";

const COLUMNS: Column[] = [
  { key: "code", header: "编号", type: "string" },
  { key: "title", header: "目标", type: "string" },
  { key: "plan", header: "规划", type: "string" },
  { key: "metricKind", header: "指标类型", type: "string" },
  { key: "comparator", header: "要求", type: "string" },
  { key: "target", header: "目标值", type: "number" },
  { key: "unit", header: "单位", type: "string" },
  { key: "value", header: "现值", type: "number" },
  { key: "numerator", header: "分子", type: "number" },
  { key: "denominator", header: "分母", type: "number" },
  { key: "met", header: "是否达成", type: "boolean" },
  { key: "gap", header: "差距", type: "number" },
  { key: "gapMembers", header: "差额人数", type: "integer" },
  { key: "deadline", header: "截止日期", type: "date" },
  { key: "daysToDeadline", header: "距截止天数", type: "integer" },
  { key: "document", header: "来源文件", type: "string" },
  { key: "quote", header: "原文", type: "string" },
];

export const TARGETS_TABLE_NOTE =
  "One table (目标进展), a row per target: 编号, 目标, 规划, 指标类型, 要求, 目标值, 单位, 现值, 分子, 分母, 是否达成, 差距, 差额人数, 截止日期, 距截止天数, 来源文件, 原文.";

/** zh-CN label of a code, from the vocabularies (labels are data). */
function zh(name: string, code: string): string {
  return vocabulary(name)?.entries.find((e) => e.code === code)?.labels["zh-CN"] ?? code;
}

export function targetsTables(body: TargetsReportBody): Table[] {
  return [
    {
      name: "目标进展",
      columns: COLUMNS,
      rows: body.items.map(({ target: t, evaluation: e }) => ({
        code: t.code,
        title: t.title,
        plan: t.plan.title,
        metricKind: zh("metric_kind", t.metric.kind),
        comparator: zh("target_comparator", t.comparator),
        target: t.value,
        unit: zh("target_unit", t.unit),
        value: e.value,
        numerator: e.numerator,
        denominator: e.denominator,
        met: e.target?.met ?? null,
        gap: e.target?.gap ?? null,
        gapMembers: e.target?.gapMembers ?? null,
        deadline: t.deadline,
        daysToDeadline: e.target?.daysToDeadline ?? null,
        document: t.source?.document ?? null,
        quote: t.source?.quote ?? null,
      })),
    },
  ];
}
