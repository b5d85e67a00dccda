import { z } from "@hono/zod-openapi";
import { hasOneDecimal } from "../../domain/training/hours.ts";
import { ENROLLMENT_STATUSES, MODULE_RESULTS } from "../../domain/vocab.ts";
import { isoDate, pageQuery, pageSchema, pathId } from "../../lib/http.ts";
import type { trainingEnrollments, trainingModuleResults, trainingProgramModules } from "../../db/schema/index.ts";

const example = {
  id: "0193a0d2-1a2b-7c3d-8e4f-5a6b7c8d9e01",
  programId: "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e01",
  teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
  teacherName: "王丽",
  status: "completed" as const,
  enrolledOn: "2025-02-20",
  startedOn: "2025-03-02",
  completedOn: "2025-06-28",
  withdrawnOn: null,
  score: 86.5,
  note: null,
  moduleResults: [
    { moduleId: "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e02", code: "M1", result: "passed" as const, recordedOn: "2025-04-30" },
    { moduleId: "0193a0d1-1a2b-7c3d-8e4f-5a6b7c8d9e03", code: "M2", result: "passed" as const, recordedOn: "2025-06-28" },
  ],
  trainingRecordId: "0193a0d3-1a2b-7c3d-8e4f-5a6b7c8d9e01",
  version: 3,
  createdAt: "2025-02-20T08:00:00.000Z",
  updatedAt: "2025-06-28T08:00:00.000Z",
};

const score = z
  .number()
  .min(0)
  .max(9999.9)
  .refine(hasOneDecimal, "At most one decimal place")
  .openapi({ description: "Exam or assessment score (建立教师考试制度), if any" });

const moduleResultMap = z
  .record(z.string().min(1).max(32), z.enum(MODULE_RESULTS))
  .openapi({ description: "Per-module results (单科结业) by module code", example: { M1: "passed", M2: "failed" } });

export const enrollmentSchema = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    teacherId: z.uuid(),
    teacherName: z.string(),
    status: z.enum(ENROLLMENT_STATUSES),
    enrolledOn: isoDate,
    startedOn: isoDate.nullable().openapi({ description: "上站: first login or attendance" }),
    completedOn: isoDate.nullable().openapi({ description: "Date of the result (completed or failed)" }),
    withdrawnOn: isoDate.nullable(),
    score: z.number().nullable(),
    note: z.string().nullable(),
    moduleResults: z.array(z.object({ moduleId: z.uuid(), code: z.string(), result: z.enum(MODULE_RESULTS), recordedOn: isoDate })),
    trainingRecordId: z
      .uuid()
      .nullable()
      .openapi({ description: "The training record that credits the programme's hours (on completion)" }),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("TrainingEnrollment", { example });

const teacherRef = {
  teacherId: z.uuid().optional().openapi({ description: "The teacher (or give nationalId)" }),
  nationalId: z.string().trim().min(15).max(18).optional().openapi({ description: "公民身份号码, instead of teacherId" }),
};

export const enrollmentCreateSchema = z
  .object({
    teacherId: z.uuid(),
    enrolledOn: isoDate.optional().openapi({ description: "Default: today" }),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .openapi("TrainingEnrollmentCreate", { example: { teacherId: example.teacherId, enrolledOn: "2025-02-20" } });

const resultFields = {
  status: z
    .enum(["started", "completed", "failed", "withdrawn"])
    .optional()
    .openapi({ description: "The new status; omit to record only module results, a score or a note" }),
  on: isoDate.optional().openapi({ description: "Date of the event (start, result or withdrawal); default today" }),
  score: score.nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
  modules: moduleResultMap.optional(),
};

const somethingToRecord = (v: Record<string, unknown>) => ["status", "score", "note", "modules"].some((k) => v[k] !== undefined);

export const enrollmentUpdateSchema = z
  .object(resultFields)
  .refine(somethingToRecord, "Send a status, module results, a score or a note")
  .openapi("TrainingEnrollmentUpdate", {
    example: { status: "completed", on: "2025-06-28", score: 86.5, modules: { M1: "passed", M2: "passed" } },
  });

const bulkEnrollRowSchema = z
  .object({ ...teacherRef, enrolledOn: isoDate.optional(), note: z.string().trim().max(500).nullable().optional() })
  .openapi("TrainingBulkEnrollRow");

const bulkResultRowSchema = z.object({ ...teacherRef, ...resultFields }).openapi("TrainingBulkResultRow");

const MAX_ROWS = 5000;
export const bulkEnrollBodySchema = z
  .array(bulkEnrollRowSchema)
  .min(1)
  .max(MAX_ROWS)
  .openapi("TrainingBulkEnrollRows", {
    example: [{ teacherId: example.teacherId, enrolledOn: "2025-02-20" }, { nationalId: "211102198603143426" }],
  });
export const bulkResultBodySchema = z
  .array(bulkResultRowSchema)
  .min(1)
  .max(MAX_ROWS)
  .openapi("TrainingBulkResultRows", {
    example: [
      { teacherId: example.teacherId, status: "completed", on: "2025-06-28", modules: { M1: "passed", M2: "passed" } },
      { nationalId: "211102198603143426", status: "started", on: "2025-03-05" },
    ],
  });

export const bulkOutcomeSchema = z
  .object({
    programId: z.uuid(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    results: z.array(
      z.object({
        row: z.number().int().openapi({ description: "0-based index of the row (for CSV: data line n is row n-2)" }),
        teacherId: z.uuid(),
        enrollmentId: z.uuid(),
        outcome: z.enum(["created", "updated", "unchanged"]),
        status: z.enum(ENROLLMENT_STATUSES),
      }),
    ),
  })
  .openapi("TrainingBulkOutcome", {
    example: {
      programId: example.programId,
      rows: 1,
      created: 0,
      updated: 1,
      unchanged: 0,
      results: [{ row: 0, teacherId: example.teacherId, enrollmentId: example.id, outcome: "updated", status: "completed" }],
    },
  });

export const enrollmentPageSchema = pageSchema(enrollmentSchema, "TrainingEnrollmentPage");

export const enrollmentListQuery = pageQuery.extend({
  status: z.enum(ENROLLMENT_STATUSES).optional(),
  teacherId: z.uuid().optional(),
});

export const enrollmentParams = z.object({ programId: pathId("programId"), enrollmentId: pathId("enrollmentId") });

export type EnrollmentApi = z.infer<typeof enrollmentSchema>;
export type ResultInput = z.infer<typeof bulkResultRowSchema>;
export type EnrollmentUpdate = z.infer<typeof enrollmentUpdateSchema>;
export type BulkEnrollRow = z.infer<typeof bulkEnrollRowSchema>;

type EnrollmentRow = typeof trainingEnrollments.$inferSelect & { teacherName: string };
type ModuleRow = typeof trainingProgramModules.$inferSelect;

/** What an enrollment's API shape needs beside its row: its module results and the record crediting it. */
export interface EnrollmentDetailRows {
  results: (typeof trainingModuleResults.$inferSelect)[];
  recordOf: Map<string, string>;
}

/** Enrollments in the API shape, module results in the programme's module order. */
export function toEnrollments(rows: EnrollmentRow[], modules: ModuleRow[], details: EnrollmentDetailRows): EnrollmentApi[] {
  const codeOf = new Map(modules.map((m) => [m.id, m]));
  return rows.map((r) => ({
    id: r.id,
    programId: r.programId,
    teacherId: r.teacherId,
    teacherName: r.teacherName,
    status: r.status,
    enrolledOn: r.enrolledOn,
    startedOn: r.startedOn,
    completedOn: r.completedOn,
    withdrawnOn: r.withdrawnOn,
    score: r.score === null ? null : Number(r.score),
    note: r.note,
    moduleResults: details.results
      .filter((x) => x.enrollmentId === r.id)
      .sort((a, b) => (codeOf.get(a.moduleId)?.position ?? 0) - (codeOf.get(b.moduleId)?.position ?? 0))
      .map((x) => ({ moduleId: x.moduleId, code: codeOf.get(x.moduleId)?.code ?? "", result: x.result, recordedOn: x.recordedOn })),
    trainingRecordId: details.recordOf.get(r.id) ?? null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** The answer of a bulk operation: counts and a result per row. */
export function toBulkOutcome(
  programId: string,
  rows: number,
  results: {
    row: number | null;
    enrollment: { id: string; teacherId: string; status: EnrollmentRow["status"] };
    outcome: "created" | "updated" | "unchanged";
  }[],
): z.infer<typeof bulkOutcomeSchema> {
  const count = (o: string) => results.filter((r) => r.outcome === o).length;
  return {
    programId,
    rows,
    created: count("created"),
    updated: count("updated"),
    unchanged: count("unchanged"),
    results: results.map((r) => ({
      row: r.row!,
      teacherId: r.enrollment.teacherId,
      enrollmentId: r.enrollment.id,
      outcome: r.outcome,
      status: r.enrollment.status,
    })),
  };
}
