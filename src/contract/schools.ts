import { z } from "@hono/zod-openapi";
import { LOCATION_CLASSES, OWNERSHIPS, SCHOOL_STAGES } from "../domain/vocab.ts";
import { booleanQuery, isoDate, pageQuery, pageSchema, pathId } from "../lib/http.ts";
import type { SchoolOn } from "../db/schema/index.ts";

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
  classificationId: "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e10",
  version: 1,
  createdAt: "2025-01-06T08:00:00.000Z",
  updatedAt: "2025-01-06T08:00:00.000Z",
};

const identity = {
  code: z.string().trim().min(1).max(32).openapi({ description: "School code (e.g. the national 学校标识码)" }),
  name: z.string().trim().min(1).max(200),
  jurisdictionId: z.uuid().openapi({ description: "The jurisdiction the school belongs to" }),
};

/** The six facts of a school that change over time: each is dated by the classification history (contract/school-classifications.ts). */
export const classificationFields = {
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
const CLASSIFICATION_KEYS = Object.keys(classificationFields);
const fields = { ...identity, ...classificationFields };

export const schoolSchema = z
  .object({
    id: z.uuid(),
    ...fields,
    classificationId: z.uuid().openapi({ description: "The classification period these six facts come from (valid on the date read)" }),
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

type Identity = Partial<Record<keyof typeof identity, string>>;
/** The identity fields sent (a loose object also carries whatever else was sent). */
function identityOf(v: Identity): Identity {
  const out: Identity = {};
  for (const key of Object.keys(identity) as (keyof Identity)[]) if (v[key] !== undefined) out[key] = v[key];
  return out;
}

/**
 * Code, name and jurisdiction. The classification facts are dated, so a change of them is a new period
 * or a correction of one (/v1/schools/{schoolId}/classifications); sent here, each is refused and
 * pointed at.
 */
export const schoolUpdateSchema = z
  .looseObject(z.object(identity).partial().shape)
  .superRefine((v, ctx) => {
    for (const key of CLASSIFICATION_KEYS.filter((k) => k in v)) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `${key} is dated: add a period with POST /v1/schools/{schoolId}/classifications, or correct one with PATCH /v1/schools/{schoolId}/classifications/{classificationId}`,
      });
    }
  })
  .transform(identityOf)
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change")
  .openapi("SchoolUpdate", { example: { name: "双台子区实验小学（东校区）" } });

export type SchoolCreate = z.infer<typeof schoolCreateSchema>;
export type SchoolUpdate = z.infer<typeof schoolUpdateSchema>;

export const schoolPageSchema = pageSchema(schoolSchema, "SchoolPage");

export const schoolListQuery = pageQuery.extend({
  asOf: isoDate
    .optional()
    .openapi({ description: "The classification shown and filtered on is the one valid on this date (default: today, UTC)" }),
  jurisdictionId: z.uuid().optional().openapi({ description: "Schools in this jurisdiction or anywhere below it" }),
  stage: z.enum(SCHOOL_STAGES).optional().openapi({ description: "Schools that teach this stage" }),
  locationClass: z.enum(LOCATION_CLASSES).optional(),
  remote: booleanQuery.optional(),
  weak: booleanQuery.optional(),
  ownership: z.enum(OWNERSHIPS).optional(),
});

export const schoolParams = z.object({ schoolId: pathId("schoolId") });

export const schoolGetQuery = z.object({
  asOf: isoDate.optional().openapi({ description: "Show the classification valid on this date (default: today, UTC)" }),
});

export function toSchool(row: SchoolOn): z.infer<typeof schoolSchema> {
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
    classificationId: row.classificationId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
