import { z } from "@hono/zod-openapi";
import { pathId } from "../../lib/http.ts";

const rate = (what: string) =>
  z
    .number()
    .nullable()
    .openapi({ description: `${what}, a fraction (0–1) with four decimals; null when nothing is enrolled` });

const counts = {
  enrolled: z.number().int().openapi({ description: "Enrolments (人数), withdrawn ones included" }),
  withdrawn: z.number().int(),
  started: z.number().int().openapi({ description: "Enrolments that started (上站): logged in or attended at least once" }),
  completed: z.number().int(),
  failed: z.number().int(),
  startedRate: rate("上站率: started ÷ enrolled"),
  completionRate: rate("Completion rate: completed ÷ enrolled"),
  modulePassRate: rate("单科结业率: passed module results ÷ (enrolled × modules); null without modules"),
  personTimes: z.number().int().openapi({ description: "人次: completions, a teacher counted once per programme completed" }),
  hoursDelivered: z.number().openapi({ description: "Hours credited by completions (verified)" }),
};

export const programStatisticsSchema = z
  .object({
    programId: z.uuid(),
    ...counts,
    modules: z.array(
      z.object({
        moduleId: z.uuid(),
        code: z.string(),
        title: z.string(),
        passed: z.number().int(),
        failed: z.number().int(),
        passRate: rate("单科结业率 of this module: passed ÷ enrolled"),
      }),
    ),
  })
  .openapi("TrainingProgramStatistics", {
    example: {
      programId: "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e01",
      enrolled: 120,
      withdrawn: 2,
      started: 115,
      completed: 108,
      failed: 5,
      startedRate: 0.9583,
      completionRate: 0.9,
      modulePassRate: 0.925,
      personTimes: 108,
      hoursDelivered: 5400,
      modules: [
        { moduleId: "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e02", code: "M1", title: "信息化教学设计", passed: 112, failed: 3, passRate: 0.9333 },
      ],
    },
  });

const rollupRowSchema = z
  .object({
    unitId: z.uuid().nullable().openapi({ description: "A child jurisdiction (or a school directly below), or null for the total" }),
    unitType: z.enum(["jurisdiction", "school", "total"]),
    unitName: z.string().nullable(),
    year: z.number().int().openapi({ description: "Year the programmes started" }),
    programs: z.number().int(),
    teachers: z.number().int().openapi({ description: "Distinct teachers with a completion (人数)" }),
    ...counts,
  })
  .openapi("TrainingRollupRow");

export const rollupSchema = z
  .object({
    jurisdictionId: z.uuid().nullable().openapi({ description: "The jurisdiction rolled up (null: the whole tree)" }),
    rows: z.array(rollupRowSchema),
  })
  .openapi("TrainingRollup");

export const rollupQuery = z.object({
  jurisdictionId: z
    .uuid()
    .optional()
    .openapi({ description: "Default: the caller's own jurisdiction (the whole tree for a root principal)" }),
  year: z.coerce.number().int().min(1900).max(2999).optional().openapi({ description: "Only programmes starting in this year" }),
});

export const programParams = z.object({ programId: pathId("programId") });
