import { z } from "@hono/zod-openapi";
import type { RecordCollection } from "../domain/sync/rows.ts";
import { assignmentCreateSchema } from "./teachers/assignments.ts";
import { credentialCreateSchema } from "./teachers/credentials.ts";
import { designationCreateSchema } from "./teachers/designations.ts";
import { educationCreateSchema } from "./teachers/education.ts";
import { schoolClassificationCreateSchema } from "./school-classifications.ts";
import { renameDates } from "./teachers/shapes.ts";
import { titleCreateSchema } from "./teachers/titles.ts";
import { claimColumns, claimCreateSchema, importedDecision, importFields, refineImport } from "./training/records.ts";

/**
 * The rows of a sync batch: each record collection as its resource's create shape plus the school
 * system's `sourceKey` and the teacher's `teacherSourceKey`, and how a row's API fields become the
 * record's columns (the resource's own mapping).
 */
const keys = {
  sourceKey: z.string().trim().min(1).max(200).openapi({ description: "The school system's own key for this record" }),
  teacherSourceKey: z.string().trim().min(1).max(200).openapi({ description: "The teacher's sourceKey (in this batch or an earlier one)" }),
};
const omitKeys = (row: Record<string, unknown>) => {
  const { sourceKey: _s, teacherSourceKey: _t, ...rest } = row;
  return rest;
};

export interface SyncRecordShape {
  collection: RecordCollection;
  schema: z.ZodType;
  /** API fields -> columns (without the keys); the batch's school where it applies. */
  toColumns(row: Record<string, unknown>, schoolId: string): Record<string, unknown>;
}

export const SYNC_RECORD_SHAPES: SyncRecordShape[] = [
  {
    collection: "assignments",
    schema: assignmentCreateSchema
      .omit({ schoolId: true })
      .extend(keys)
      .openapi("SyncAssignment", { description: "An assignment at the batch's school, as POST /v1/teachers/{id}/assignments takes it" }),
    toColumns: (row, schoolId) => ({ ...omitKeys(row), validTo: row.validTo ?? null, schoolId }),
  },
  {
    collection: "titles",
    schema: titleCreateSchema
      .omit({ ethicsOverride: true })
      .extend(keys)
      .openapi("SyncTitle", { description: "A title held, as POST /v1/teachers/{id}/titles takes it" }),
    toColumns: (row) => renameDates(omitKeys(row), "obtainedOn"),
  },
  {
    collection: "education",
    schema: educationCreateSchema
      .extend(keys)
      .openapi("SyncEducation", { description: "A qualification, as POST /v1/teachers/{id}/education takes it" }),
    toColumns: (row) => renameDates(omitKeys(row), "completedOn"),
  },
  {
    collection: "credentials",
    schema: credentialCreateSchema
      .omit({ ethicsOverride: true })
      .extend(keys)
      .openapi("SyncCredential", { description: "A certificate or qualification, as POST /v1/teachers/{id}/credentials takes it" }),
    toColumns: (row) => renameDates(omitKeys(row), "issuedOn", "expiresOn"),
  },
  {
    collection: "designations",
    schema: designationCreateSchema
      .omit({ ethicsOverride: true })
      .extend(keys)
      .openapi("SyncDesignation", { description: "A designation, as POST /v1/teachers/{id}/designations takes it" }),
    toColumns: (row) => renameDates(omitKeys(row), "awardedOn", "validUntil"),
  },
];

/**
 * Training claims pushed by a school system (external courses, school-based activity), as
 * POST /v1/teachers/{id}/training-records takes them; they arrive `submitted` for a clerk to verify,
 * or, with a status, as a historical import with their decision date and decider.
 * Programme completions come from enrollment results, not from batches.
 */
export const SYNC_CLAIM_SCHEMA = z
  .object({
    ...keys,
    source: z.enum(["external_course", "school_activity"]),
    title: claimCreateSchema.shape.title,
    category: claimCreateSchema.shape.category,
    level: claimCreateSchema.shape.level,
    organiser: claimCreateSchema.shape.organiser,
    hours: claimCreateSchema.shape.hours,
    completedOn: claimCreateSchema.shape.completedOn,
    evidenceRef: claimCreateSchema.shape.evidenceRef,
    note: claimCreateSchema.shape.note,
    ...importFields,
  })
  .superRefine((v, ctx) => {
    if (v.source === "external_course" && !v.evidenceRef)
      ctx.addIssue({ code: "custom", path: ["evidenceRef"], message: "An external course needs its evidence reference" });
    refineImport(v, ctx);
  })
  .openapi("SyncTrainingRecord", {
    description:
      "A training claim, as POST /v1/teachers/{id}/training-records takes it (external course or school-based activity). With " +
      "`status` `verified` or `rejected`, `decidedOn` and `reviewedBy`, a historical import (permission `training.import`, which " +
      "school systems hold for their own school): stored with that decision, audited as `import`. A decided record is the bureau's " +
      "to change: sending it again with other values is refused for the row, as is a decision for a claim already sent as submitted " +
      "(verify it through the API).",
  });

/** A claim row's columns, as POST /v1/teachers/{id}/training-records stores them (a school activity is school-level unless it says). */
export function syncClaimColumns(row: z.infer<typeof SYNC_CLAIM_SCHEMA>): ReturnType<typeof claimColumns> {
  return claimColumns(row, row.level ?? (row.source === "school_activity" ? "school" : null));
}

/** An imported row's decision as stored columns (status, decider, its date, the reason), or null for a submitted claim. */
export function syncDecisionColumns(row: z.infer<typeof SYNC_CLAIM_SCHEMA>): Record<string, string | null> | null {
  const d = importedDecision(row);
  if (!d) return null;
  return d.status === "verified"
    ? { status: d.status, reviewedBy: d.reviewedBy, verifiedOn: d.decidedOn, rejectedOn: null, rejectionReason: null }
    : { status: d.status, reviewedBy: d.reviewedBy, verifiedOn: null, rejectedOn: d.decidedOn, rejectionReason: d.rejectionReason };
}

/**
 * A classification period of the batch's school, as POST /v1/schools/{schoolId}/classifications takes
 * it. A row starting on a period's start corrects that period; a later start reclassifies from then.
 */
export const SYNC_CLASSIFICATION_SCHEMA = schoolClassificationCreateSchema.openapi("SyncSchoolClassification", {
  description:
    "The batch's school's classification from validFrom, as POST /v1/schools/{schoolId}/classifications takes it (facts not sent carry over). A row whose validFrom is a stored period's start corrects that period; a start before the current period's is refused (correct that period instead).",
});
