import { z } from "@hono/zod-openapi";
import { hoursIn } from "./shared.ts";
import type { trainingRecords } from "../../db/schema/index.ts";
import type { ImportedDecision } from "../../domain/training/decision.ts";
import { TRAINING_CATEGORIES, TRAINING_LEVELS, TRAINING_RECORD_STATUSES, TRAINING_SOURCES } from "../../domain/vocab.ts";
import { isoDate, pageQuery, pageSchema, pathId, today } from "../../lib/http.ts";
import { hoursOut, hoursSchema } from "./shared.ts";

const example = {
  id: "0193a0d3-1a2b-7c3d-8e4f-5a6b7c8d9e01",
  teacherId: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
  source: "external_course" as const,
  programId: null,
  enrollmentId: null,
  title: "辽宁省中小学教师师德专题网络培训",
  category: "ethics" as const,
  level: "provincial" as const,
  organiser: "辽宁省教师研修网",
  schoolBased: false,
  hours: 24.5,
  completedOn: "2025-05-20",
  evidenceRef: "LNJS-2025-000123",
  note: null,
  status: "verified" as const,
  submittedBy: "0193a0c8-0000-7000-8000-000000000001",
  submittedAt: "2025-05-21T02:00:00.000Z",
  reviewedBy: "0193a0c8-0000-7000-8000-000000000002",
  verifiedAt: "2025-05-23T06:00:00.000Z",
  decidedOn: "2025-05-23",
  verifiedOn: "2025-05-23",
  rejectedAt: null,
  rejectionReason: null,
  version: 2,
  createdAt: "2025-05-21T02:00:00.000Z",
  updatedAt: "2025-05-23T06:00:00.000Z",
};

export const recordSchema = z
  .object({
    id: z.uuid(),
    teacherId: z.uuid(),
    source: z
      .enum(TRAINING_SOURCES)
      .openapi({ description: "program (a completion), external_course (with evidence), school_activity (校本研修)" }),
    programId: z.uuid().nullable(),
    enrollmentId: z.uuid().nullable().openapi({ description: "Set when credited by a programme completion" }),
    title: z.string(),
    category: z.enum(TRAINING_CATEGORIES),
    level: z.enum(TRAINING_LEVELS).nullable(),
    organiser: z.string().nullable(),
    schoolBased: z.boolean().openapi({ description: "校本: a school-level programme or a school-based activity" }),
    hours: z.number().openapi({ description: "Hours (学时), one decimal place" }),
    completedOn: isoDate,
    evidenceRef: z.string().nullable().openapi({ description: "Certificate or platform reference for an external course" }),
    note: z.string().nullable(),
    status: z.enum(TRAINING_RECORD_STATUSES),
    submittedBy: z.string().openapi({ description: "The client that submitted it" }),
    submittedAt: z.iso.datetime(),
    reviewedBy: z.string().nullable().openapi({ description: "Who decided: the reviewing client, or the historical decider of an import" }),
    verifiedAt: z.iso.datetime().nullable().openapi({ description: "When the verification was recorded (knowledge time)" }),
    rejectedAt: z.iso.datetime().nullable().openapi({ description: "When the rejection was recorded (knowledge time)" }),
    decidedOn: isoDate.nullable().openapi({
      description:
        "The business date of the current decision (verified or rejected; null while submitted): the day of the review (UTC), or the " +
        "historical date of an import. `asOf` counts a record from this date",
    }),
    verifiedOn: isoDate.nullable().openapi({
      description: "The business date of the verification, kept when it is later withdrawn (the record counted until the rejection's date)",
    }),
    rejectionReason: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("TrainingRecord", { example });

/**
 * A historical import: a record loaded with the decision it already had (verified or rejected), its
 * business date and its decider. Who may import is the permission `training.import`.
 */
export const importFields = {
  status: z
    .enum(TRAINING_RECORD_STATUSES)
    .optional()
    .openapi({
      description:
        "Default `submitted` (a claim for a clerk to verify). `verified` or `rejected` load a historical decision with `decidedOn` and " +
        "`reviewedBy`: permission `training.import` (bureau_admin and hr_clerk for their subtree, school systems through sync for their " +
        "school); the audit event is `import`, naming the historical decider, while the actor stays the caller",
    }),
  decidedOn: isoDate.optional().openapi({
    description: "For an import: the business date of the decision, on or after completedOn and not in the future",
  }),
  reviewedBy: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: "For an import: who decided then (a name or an id), kept as the record's reviewer" }),
  rejectionReason: z.string().trim().min(1).max(500).optional().openapi({ description: "For an imported rejection: the reason" }),
};

type ImportFields = { completedOn: string } & Partial<Record<"status" | "decidedOn" | "reviewedBy" | "rejectionReason", string>>;

/** The import fields go together: a decision needs its date and decider, a rejection its reason; a submitted claim has none. */
export function refineImport(v: ImportFields, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (!v.status || v.status === "submitted") {
    for (const k of ["decidedOn", "reviewedBy", "rejectionReason"] as const)
      if (v[k] !== undefined) issue(k, "Only for an imported decision (status `verified` or `rejected`)");
    return;
  }
  if (!v.decidedOn) issue("decidedOn", "An imported decision needs its date");
  else if (v.decidedOn < v.completedOn) issue("decidedOn", "A decision cannot precede the completion (completedOn)");
  else if (v.decidedOn > today()) issue("decidedOn", "Must not be in the future");
  if (!v.reviewedBy) issue("reviewedBy", "An imported decision needs its decider");
  if (v.status === "rejected" && !v.rejectionReason) issue("rejectionReason", "An imported rejection needs its reason");
  if (v.status === "verified" && v.rejectionReason !== undefined) issue("rejectionReason", "Only for a rejection");
}

export const claimCreateSchema = z
  .object({
    source: z.enum(TRAINING_SOURCES),
    programId: z
      .uuid()
      .optional()
      .openapi({ description: "For source `program`: a programme whose completion is not recorded through an enrolment" }),
    title: z.string().trim().min(1).max(300),
    category: z.enum(TRAINING_CATEGORIES),
    level: z.enum(TRAINING_LEVELS).optional(),
    organiser: z.string().trim().min(1).max(200).optional(),
    hours: hoursSchema,
    completedOn: isoDate,
    evidenceRef: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: "Required for an external course; one claim per evidence reference" }),
    note: z.string().trim().max(1000).optional(),
    ...importFields,
  })
  .superRefine((v, ctx) => {
    if (v.source === "external_course" && !v.evidenceRef)
      ctx.addIssue({ code: "custom", path: ["evidenceRef"], message: "An external course needs its evidence reference" });
    if (v.source === "program" && !v.programId) ctx.addIssue({ code: "custom", path: ["programId"], message: "Name the programme" });
    if (v.source !== "program" && v.programId) ctx.addIssue({ code: "custom", path: ["programId"], message: "Only for source `program`" });
    refineImport(v, ctx);
  })
  .openapi("TrainingClaimCreate", {
    example: {
      source: "external_course",
      title: example.title,
      category: "ethics",
      level: "provincial",
      organiser: example.organiser,
      hours: 24.5,
      completedOn: "2025-05-20",
      evidenceRef: example.evidenceRef,
    },
  });

export const rejectSchema = z
  .object({ reason: z.string().trim().min(1).max(500).openapi({ description: "Shown to the teacher" }) })
  .openapi("TrainingRecordReject", { example: { reason: "证书编号无法核实" } });

export const recordPageSchema = pageSchema(recordSchema, "TrainingRecordPage");

const recordFilters = {
  status: z.enum(TRAINING_RECORD_STATUSES).optional().openapi({ description: "`submitted` is the verification queue" }),
  category: z.enum(TRAINING_CATEGORIES).optional(),
  source: z.enum(TRAINING_SOURCES).optional(),
  completedFrom: isoDate.optional().openapi({ description: "Completed on or after this date" }),
  completedTo: isoDate.optional().openapi({ description: "Completed on or before this date" }),
};

export const recordListQuery = pageQuery.extend({
  ...recordFilters,
  teacherId: z.uuid().optional(),
  schoolId: z.uuid().optional().openapi({ description: "Teachers assigned to this school today" }),
  jurisdictionId: z.uuid().optional().openapi({ description: "Teachers assigned today to a school in this jurisdiction's subtree" }),
});

export const teacherRecordListQuery = pageQuery.extend(recordFilters);

export const recordParams = z.object({ recordId: pathId("recordId") });
export const teacherParams = z.object({ teacherId: pathId("teacherId") });

export function toRecord(row: typeof trainingRecords.$inferSelect): z.infer<typeof recordSchema> {
  return {
    id: row.id,
    teacherId: row.teacherId,
    source: row.source,
    programId: row.programId,
    enrollmentId: row.enrollmentId,
    title: row.title,
    category: row.category,
    level: row.level,
    organiser: row.organiser,
    schoolBased: row.schoolBased,
    hours: hoursOut(row.hours),
    completedOn: row.completedOn,
    evidenceRef: row.evidenceRef,
    note: row.note,
    status: row.status,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
    reviewedBy: row.reviewedBy,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    rejectedAt: row.rejectedAt?.toISOString() ?? null,
    decidedOn: row.status === "verified" ? row.verifiedOn : row.status === "rejected" ? row.rejectedOn : null,
    verifiedOn: row.verifiedOn,
    rejectionReason: row.rejectionReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type ClaimCreate = z.infer<typeof claimCreateSchema>;

/**
 * A training claim's columns as stored, from the API's claim (POST /v1/teachers/{id}/training-records
 * or a sync batch's row) and the level its caller settled: school-based when it is a school activity
 * or a school-level course.
 */
export function claimColumns(
  claim: Pick<
    z.infer<typeof claimCreateSchema>,
    "source" | "title" | "category" | "organiser" | "hours" | "completedOn" | "evidenceRef" | "note"
  >,
  level: (typeof TRAINING_LEVELS)[number] | null,
) {
  return {
    source: claim.source,
    title: claim.title,
    category: claim.category,
    level,
    organiser: claim.organiser ?? null,
    schoolBased: claim.source === "school_activity" || level === "school",
    hours: hoursIn(claim.hours),
    completedOn: claim.completedOn,
    evidenceRef: claim.evidenceRef ?? null,
    note: claim.note ?? null,
  };
}

/** The decision an imported record already has (status verified or rejected), or null for a submitted claim. */
export function importedDecision(
  claim: Pick<ClaimCreate, "status" | "decidedOn" | "reviewedBy" | "rejectionReason">,
): ImportedDecision | null {
  if (!claim.status || claim.status === "submitted") return null;
  const base = { reviewedBy: claim.reviewedBy!, decidedOn: claim.decidedOn! }; // the schema requires both
  return claim.status === "verified"
    ? { status: "verified", ...base }
    : { status: "rejected", ...base, rejectionReason: claim.rejectionReason! };
}
