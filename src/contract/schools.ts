import { z } from "@hono/zod-openapi";
import { LOCATION_CLASSES, OWNERSHIPS, SCHOOL_STAGES } from "../domain/vocab.ts";
import { booleanQuery, pageQuery, pageSchema, pathId } from "../lib/http.ts";
import type { schools } from "../db/schema/index.ts";

const example = {
  id: "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
  code: "2111020001",
  name: "双台子区实验小学",
  jurisdictionId: "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
  stages: ["primary" as const],
  ownership: "public" as const,
  locationClass: "rural" as const,
  remote: true,
  weak: false,
  staffingQuota: 48,
  version: 1,
  createdAt: "2025-01-06T08:00:00.000Z",
  updatedAt: "2025-01-06T08:00:00.000Z",
};

const fields = {
  code: z.string().trim().min(1).max(32).openapi({ description: "School code (e.g. the national 学校标识码)" }),
  name: z.string().trim().min(1).max(200),
  jurisdictionId: z.uuid().openapi({ description: "The jurisdiction the school belongs to" }),
  stages: z
    .array(z.enum(SCHOOL_STAGES))
    .min(1)
    .refine((s) => new Set(s).size === s.length, "Stages must not repeat")
    .openapi({ description: "Stages taught (a nine-year school may list primary and junior_secondary too)" }),
  ownership: z.enum(OWNERSHIPS),
  locationClass: z.enum(LOCATION_CLASSES).openapi({ description: "城区 urban / 乡镇 town / 农村 rural" }),
  remote: z.boolean().openapi({ description: "边远/偏远 flag" }),
  weak: z.boolean().openapi({ description: "薄弱学校 flag" }),
  staffingQuota: z.number().int().min(0).nullable().openapi({ description: "Approved staffing quota (核定编制), if known" }),
};

export const schoolSchema = z
  .object({
    id: z.uuid(),
    ...fields,
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("School", { example });

export const schoolCreateSchema = z
  .object({
    ...fields,
    remote: fields.remote.default(false),
    weak: fields.weak.default(false),
    staffingQuota: fields.staffingQuota.optional(),
  })
  .openapi("SchoolCreate", {
    example: {
      code: example.code,
      name: example.name,
      jurisdictionId: example.jurisdictionId,
      stages: ["primary"],
      ownership: "public",
      locationClass: "rural",
      remote: true,
      weak: false,
      staffingQuota: 48,
    },
  });

export const schoolUpdateSchema = z
  .object(fields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change")
  .openapi("SchoolUpdate", { example: { weak: true, staffingQuota: 50 } });

export type SchoolCreate = z.infer<typeof schoolCreateSchema>;
export type SchoolUpdate = z.infer<typeof schoolUpdateSchema>;

export const schoolPageSchema = pageSchema(schoolSchema, "SchoolPage");

export const schoolListQuery = pageQuery.extend({
  jurisdictionId: z.uuid().optional().openapi({ description: "Schools in this jurisdiction or anywhere below it" }),
  stage: z.enum(SCHOOL_STAGES).optional().openapi({ description: "Schools that teach this stage" }),
  locationClass: z.enum(LOCATION_CLASSES).optional(),
  remote: booleanQuery.optional(),
  weak: booleanQuery.optional(),
  ownership: z.enum(OWNERSHIPS).optional(),
});

export const schoolParams = z.object({ schoolId: pathId("schoolId") });

export function toSchool(row: typeof schools.$inferSelect): z.infer<typeof schoolSchema> {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    jurisdictionId: row.jurisdictionId,
    stages: row.stages,
    ownership: row.ownership,
    locationClass: row.locationClass,
    remote: row.remote,
    weak: row.weak,
    staffingQuota: row.staffingQuota,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
