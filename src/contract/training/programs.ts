import { z } from "@hono/zod-openapi";
import { TRAINING_CATEGORIES, TRAINING_LEVELS, TRAINING_MODES } from "../../domain/vocab.ts";
import { isoDate, pageQuery, pageSchema, pathId } from "../../lib/http.ts";
import { hoursOrNull, hoursOut, hoursSchema } from "./shared.ts";
import type { trainingProgramModules, trainingPrograms } from "../../db/schema/index.ts";

type ProgramRow = typeof trainingPrograms.$inferSelect;
type ModuleRow = typeof trainingProgramModules.$inferSelect;

const example = {
  id: "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e01",
  code: "GP2025-PJ-01",
  title: "国培计划（2025）——乡村教师信息技术应用能力提升培训",
  level: "national" as const,
  mode: "blended" as const,
  organiser: "盘锦市教师进修学院",
  category: "ict" as const,
  creditedHours: 50,
  startDate: "2025-03-01",
  endDate: "2025-06-30",
  targetGroup: "乡村小学数学教师",
  capacity: 120,
  ownerJurisdictionId: "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d",
  ownerSchoolId: null,
  modules: [
    { id: "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e02", code: "M1", title: "信息化教学设计", hours: 20 },
    { id: "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e03", code: "M2", title: "智慧课堂实践", hours: 30 },
  ],
  version: 1,
  createdAt: "2025-01-06T08:00:00.000Z",
  updatedAt: "2025-01-06T08:00:00.000Z",
};

const moduleSchema = z
  .object({
    id: z.uuid(),
    code: z.string().openapi({ description: "Module code, unique in the programme; used by result uploads" }),
    title: z.string(),
    hours: z.number().nullable(),
  })
  .openapi("TrainingProgramModule");

const moduleInput = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_.-]+$/, "Letters, digits, _ . - only"),
  title: z.string().trim().min(1).max(200),
  hours: hoursSchema.nullable().optional(),
});

const modulesInput = z
  .array(moduleInput)
  .max(50)
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.forEach((x, i) => {
      if (seen.has(x.code)) ctx.addIssue({ code: "custom", path: [i, "code"], message: `Module code ${x.code} appears twice` });
      seen.add(x.code);
    });
  })
  .openapi({ description: "Modules (科目) with their own results (单科结业); codes are unique in the programme" });

const fields = {
  code: z.string().trim().min(1).max(64).openapi({ description: "Programme code, unique" }),
  title: z.string().trim().min(1).max(300),
  level: z.enum(TRAINING_LEVELS).openapi({ description: "national 国培, provincial, city, county, school 校本" }),
  mode: z.enum(TRAINING_MODES),
  organiser: z.string().trim().min(1).max(200).nullable().openapi({ description: "师训中心, 教师进修学校, 研修中心, 培训基地, ..." }),
  category: z.enum(TRAINING_CATEGORIES),
  creditedHours: hoursSchema.openapi({ description: "Hours credited on completion (学时)" }),
  startDate: isoDate,
  endDate: isoDate,
  targetGroup: z.string().trim().min(1).max(300).nullable(),
  capacity: z.number().int().positive().max(1_000_000).nullable(),
};

export const programSchema = z
  .object({
    id: z.uuid(),
    ...fields,
    ownerJurisdictionId: z.uuid().nullable(),
    ownerSchoolId: z.uuid().nullable(),
    modules: z.array(moduleSchema),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("TrainingProgram", { example });

function datesInOrder(v: { startDate?: string; endDate?: string }, ctx: z.RefinementCtx) {
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({ code: "custom", path: ["endDate"], message: `Must be on or after ${v.startDate}` });
}

export const programCreateSchema = z
  .object({
    ...fields,
    organiser: fields.organiser.optional(),
    targetGroup: fields.targetGroup.optional(),
    capacity: fields.capacity.optional(),
    ownerJurisdictionId: z.uuid().optional().openapi({ description: "The owning jurisdiction (or give ownerSchoolId)" }),
    ownerSchoolId: z.uuid().optional().openapi({ description: "The owning school, for school-based (校本) programmes" }),
    modules: modulesInput.default([]),
  })
  .superRefine((v, ctx) => {
    datesInOrder(v, ctx);
    if (!v.ownerJurisdictionId === !v.ownerSchoolId) {
      ctx.addIssue({
        code: "custom",
        path: [v.ownerSchoolId ? "ownerSchoolId" : "ownerJurisdictionId"],
        message: "Give exactly one of ownerJurisdictionId and ownerSchoolId",
      });
    }
  })
  .openapi("TrainingProgramCreate", {
    example: {
      code: example.code,
      title: example.title,
      level: example.level,
      mode: example.mode,
      organiser: example.organiser,
      category: example.category,
      creditedHours: 50,
      startDate: example.startDate,
      endDate: example.endDate,
      targetGroup: example.targetGroup,
      capacity: 120,
      ownerJurisdictionId: example.ownerJurisdictionId,
      modules: [
        { code: "M1", title: "信息化教学设计", hours: 20 },
        { code: "M2", title: "智慧课堂实践", hours: 30 },
      ],
    },
  });

export const programUpdateSchema = z
  .object({ ...fields, modules: modulesInput })
  .partial()
  .superRefine((v, ctx) => {
    datesInOrder(v, ctx);
    if (Object.keys(v).length === 0) ctx.addIssue({ code: "custom", path: [], message: "Send at least one field to change" });
  })
  .openapi("TrainingProgramUpdate", { example: { capacity: 150, endDate: "2025-07-15" } });

export const programPageSchema = pageSchema(programSchema, "TrainingProgramPage");

export const programListQuery = pageQuery.extend({
  jurisdictionId: z.uuid().optional().openapi({ description: "Programmes owned by this jurisdiction or anything below it" }),
  schoolId: z.uuid().optional().openapi({ description: "Programmes owned by this school" }),
  level: z.enum(TRAINING_LEVELS).optional(),
  category: z.enum(TRAINING_CATEGORIES).optional(),
  mode: z.enum(TRAINING_MODES).optional(),
  year: z.coerce.number().int().min(1900).max(2999).optional().openapi({ description: "Programmes starting in this calendar year" }),
});

export const programParams = z.object({ programId: pathId("programId") });

function toModule(m: ModuleRow): z.infer<typeof moduleSchema> {
  return { id: m.id, code: m.code, title: m.title, hours: hoursOrNull(m.hours) };
}

export function toProgram(row: ProgramRow, modules: ModuleRow[]): z.infer<typeof programSchema> {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    level: row.level,
    mode: row.mode,
    organiser: row.organiser,
    category: row.category,
    creditedHours: hoursOut(row.creditedHours),
    startDate: row.startDate,
    endDate: row.endDate,
    targetGroup: row.targetGroup,
    capacity: row.capacity,
    ownerJurisdictionId: row.ownerJurisdictionId,
    ownerSchoolId: row.ownerSchoolId,
    modules: modules.map(toModule),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type ProgramCreate = z.infer<typeof programCreateSchema>;
export type ProgramUpdate = z.infer<typeof programUpdateSchema>;
