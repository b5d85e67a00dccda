import { z } from "@hono/zod-openapi";
import type { schoolClassifications } from "../db/schema/index.ts";
import { isoDate, pathId } from "../lib/http.ts";
import { classificationFields } from "./schools.ts";

const validity = {
  validFrom: isoDate
    .nullable()
    .openapi({ description: "First day of the period; null: since the school's creation (the first period only)" }),
  validTo: isoDate
    .nullable()
    .openapi({ description: "Last day (inclusive); null while it is the current period. Set when the next period starts" }),
};

export const schoolClassificationSchema = z
  .object({
    id: z.uuid(),
    schoolId: z.uuid(),
    ...validity,
    ...classificationFields,
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("SchoolClassification", {
    example: {
      id: "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e10",
      schoolId: "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
      validFrom: "2026-09-01",
      validTo: null,
      stages: ["primary"],
      ownership: "public",
      locationClass: "rural",
      remote: true,
      weak: false,
      staffingQuota: 48,
      version: 1,
      createdAt: "2026-06-30T08:00:00.000Z",
      updatedAt: "2026-06-30T08:00:00.000Z",
    },
  });

export const schoolClassificationCreateSchema = z
  .object({
    validFrom: isoDate.openapi({ description: "First day of the new period; the current one ends the day before" }),
    ...z.object(classificationFields).partial().shape,
  })
  .openapi("SchoolClassificationCreate", {
    description: "A reclassification from a date. Facts not sent keep the value of the period it ends.",
    example: { validFrom: "2026-09-01", locationClass: "rural", remote: true },
  });

export const schoolClassificationUpdateSchema = z
  .object({ validFrom: validity.validFrom, ...classificationFields })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change")
  .openapi("SchoolClassificationUpdate", {
    description:
      "A correction of one period in place. A later period's start may move between the previous period's start and its own end; the previous period's end moves with it.",
    example: { staffingQuota: 52 },
  });

export type SchoolClassificationCreate = z.infer<typeof schoolClassificationCreateSchema>;
export type SchoolClassificationUpdate = z.infer<typeof schoolClassificationUpdateSchema>;

export const schoolClassificationParams = z.object({ schoolId: pathId("schoolId"), classificationId: pathId("classificationId") });

export function toSchoolClassification(row: typeof schoolClassifications.$inferSelect): z.infer<typeof schoolClassificationSchema> {
  return {
    id: row.id,
    schoolId: row.schoolId,
    validFrom: row.validFrom,
    validTo: row.validTo,
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
