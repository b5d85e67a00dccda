import { z } from "@hono/zod-openapi";
import type { teacherTitles } from "../../db/schema/index.ts";
import { TITLE_GROUPS, TITLE_LEVELS, TITLE_SOURCES } from "../../domain/vocab.ts";
import { isoDate } from "../../lib/http.ts";
import { atLeastOneField, ethicsOverrideField } from "./shapes.ts";

const fields = {
  level: z
    .enum(TITLE_LEVELS)
    .openapi({ description: "正高级 senior_professional, 高级 senior, 一级 first_grade, 二级 second_grade, 三级 third_grade" }),
  obtainedOn: isoDate.openapi({ description: "Date the title was obtained (valid from)" }),
  obtainedBy: z.enum(TITLE_SOURCES).openapi({ description: "appraisal 评审, recognition 认定, transfer_in 调入转评" }),
  series: z.string().trim().max(100).nullable().openapi({ description: "Title series, e.g. 中小学教师" }),
  certificateNumber: z.string().trim().max(100).nullable(),
  validTo: isoDate.nullable().openapi({ description: "Last day held (set when superseded or ended)" }),
};

export const titleSchema = z
  .object({
    id: z.uuid(),
    teacherId: z.uuid(),
    ...fields,
    group: z.enum(["none", "junior", "intermediate", "senior"]).openapi({ description: "高级 senior / 中级 intermediate / 初级 junior" }),
    endReason: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi("TeacherTitle", {
    example: {
      id: "0193a0d0-1a2b-7c3d-8e4f-5a6b7c8d9e01",
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      level: "first_grade",
      obtainedOn: "2016-12-20",
      obtainedBy: "appraisal",
      series: "中小学教师",
      certificateNumber: "辽职1234",
      validTo: null,
      group: "intermediate",
      endReason: null,
      version: 1,
    },
  });

export const titleCreateSchema = z
  .object({
    ...fields,
    obtainedBy: fields.obtainedBy.default("appraisal"),
    series: fields.series.optional(),
    certificateNumber: fields.certificateNumber.optional(),
    validTo: fields.validTo.optional(),
    ...ethicsOverrideField,
  })
  .openapi("TeacherTitleCreate", { example: { level: "senior", obtainedOn: "2022-12-15", obtainedBy: "appraisal" } });

export const titleUpdateSchema = atLeastOneField(z.object(fields).partial().extend(ethicsOverrideField)).openapi("TeacherTitleUpdate", {
  example: { obtainedOn: "2022-12-16" },
});

export function toTitle(row: typeof teacherTitles.$inferSelect): z.infer<typeof titleSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    level: row.level,
    obtainedOn: row.validFrom,
    obtainedBy: row.obtainedBy,
    series: row.series,
    certificateNumber: row.certificateNumber,
    validTo: row.validTo,
    group: TITLE_GROUPS[row.level],
    endReason: row.endReason,
    version: row.version,
  };
}
