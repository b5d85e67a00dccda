import { z } from "@hono/zod-openapi";
import { VETOED_KINDS, VETOED_LABELS, type Eligibility } from "../../domain/ethics.ts";
import { isoDate } from "../../lib/http.ts";

export const eligibilityQuery = z.object({
  asOf: isoDate.optional().openapi({ description: "The date asked about (default: today, UTC); an annual appraisal: its year" }),
  for: z
    .enum(VETOED_KINDS)
    .optional()
    .openapi({ description: `One kind of write; omit for all. ${VETOED_KINDS.map((k) => `${k}: ${VETOED_LABELS[k]}`).join("; ")}` }),
});

const itemSchema = z
  .object({
    for: z.enum(VETOED_KINDS),
    eligible: z.boolean().openapi({
      description: "False while an ethics veto (一票否决) applies: the write is refused (409) unless a bureau_admin overrides it",
    }),
    reason: z.string(),
    veto: z
      .object({ ethicsRecordId: z.uuid(), vetoFrom: isoDate, vetoTo: isoDate.nullable() })
      .nullable()
      .openapi({ description: "The ethics record whose veto applies, and its window" }),
  })
  .openapi("EligibilityItem");

export const eligibilitySchema = z
  .object({ teacherId: z.uuid(), asOf: isoDate, items: z.array(itemSchema) })
  .openapi("TeacherEligibility", {
    example: {
      teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
      asOf: "2025-03-01",
      items: [
        {
          for: "title_appraisal",
          eligible: false,
          reason:
            "职称评聘 (a title by appraisal) is blocked by the ethics veto of record 0193a0d8-1a2b-7c3d-8e4f-5a6b7c8d9e09 (2025-01-01 – 2026-12-31) under domain.md §1.10, §3.3 师德一票否决",
          veto: { ethicsRecordId: "0193a0d8-1a2b-7c3d-8e4f-5a6b7c8d9e09", vetoFrom: "2025-01-01", vetoTo: "2026-12-31" },
        },
      ],
    },
  });

export function toEligibility(teacherId: string, asOf: string, items: Eligibility[]): z.infer<typeof eligibilitySchema> {
  return {
    teacherId,
    asOf,
    items: items.map((e) => ({
      for: e.kind,
      eligible: e.eligible,
      reason: e.reason,
      veto: e.veto ? { ethicsRecordId: e.veto.id, vetoFrom: e.veto.vetoFrom!, vetoTo: e.veto.vetoTo } : null,
    })),
  };
}
