import { z } from "@hono/zod-openapi";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { teacherAssignments, teacherCredentials, teacherDesignations, teacherEducation, teacherTitles, type ChangeEntity } from "../../db/schema/index.ts";
import { checkDesignation } from "../../domain/designations.ts";
import { assignmentCreateSchema } from "../../contract/teachers/assignments.ts";
import { credentialCreateSchema } from "../../contract/teachers/credentials.ts";
import { designationCreateSchema } from "../../contract/teachers/designations.ts";
import { educationCreateSchema } from "../../contract/teachers/education.ts";
import { renameDates } from "../../contract/teachers/shapes.ts";
import { titleCreateSchema } from "../../contract/teachers/titles.ts";
import { claimCreateSchema } from "../../contract/training/records.ts";

export type SubRecordTable = PgTable & { id: PgColumn; teacherId: PgColumn; validFrom: PgColumn; validTo: PgColumn; version: PgColumn; updatedAt: PgColumn };

/**
 * A teacher's effective-dated sub-record as a sync batch carries it: the resource's create shape plus
 * the school system's `sourceKey` and the teacher's `teacherSourceKey`. One entry per collection;
 * the batch treats them all alike (src/routes/sync/plan.ts).
 */
export interface SubRecordSync {
  collection: string;
  entity: ChangeEntity;
  /** The audit trail's entity name (as the resource routes write it). */
  audit: string;
  table: SubRecordTable;
  schema: z.ZodType;
  /** API fields -> columns (without sourceKey, teacherSourceKey); the batch's school where it applies. */
  toColumns(row: Record<string, unknown>, schoolId: string): Record<string, unknown>;
  /** The field a date-order problem points at. */
  endField: string;
  startField: string;
  /** Rows of which only one may hold at a time (and which existing rows compete): the resource's rule. */
  exclusive?(columns: Record<string, unknown>): boolean;
  check?(columns: Record<string, unknown>): [field: string, detail: string][];
}

const keys = {
  sourceKey: z.string().trim().min(1).max(200).openapi({ description: "The school system's own key for this record" }),
  teacherSourceKey: z.string().trim().min(1).max(200).openapi({ description: "The teacher's sourceKey (in this batch or an earlier one)" }),
};
const omitKeys = (row: Record<string, unknown>) => {
  const { sourceKey: _s, teacherSourceKey: _t, ...rest } = row;
  return rest;
};

export const SUB_RECORDS: SubRecordSync[] = [
  {
    collection: "assignments",
    entity: "assignment",
    audit: "TeacherAssignment",
    table: teacherAssignments,
    schema: assignmentCreateSchema.omit({ schoolId: true }).extend(keys).openapi("SyncAssignment", { description: "An assignment at the batch's school, as POST /v1/teachers/{id}/assignments takes it" }),
    toColumns: (row, schoolId) => ({ ...omitKeys(row), validTo: row.validTo ?? null, schoolId }),
    startField: "validFrom",
    endField: "validTo",
    exclusive: (c) => c.kind === "primary",
  },
  {
    collection: "titles",
    entity: "title",
    audit: "TeacherTitle",
    table: teacherTitles,
    schema: titleCreateSchema.extend(keys).openapi("SyncTitle", { description: "A title held, as POST /v1/teachers/{id}/titles takes it" }),
    toColumns: (row) => renameDates(omitKeys(row), "obtainedOn"),
    startField: "obtainedOn",
    endField: "obtainedOn",
    exclusive: () => true,
  },
  {
    collection: "education",
    entity: "education",
    audit: "TeacherEducation",
    table: teacherEducation,
    schema: educationCreateSchema.extend(keys).openapi("SyncEducation", { description: "A qualification, as POST /v1/teachers/{id}/education takes it" }),
    toColumns: (row) => renameDates(omitKeys(row), "completedOn"),
    startField: "completedOn",
    endField: "completedOn",
  },
  {
    collection: "credentials",
    entity: "credential",
    audit: "TeacherCredential",
    table: teacherCredentials,
    schema: credentialCreateSchema.extend(keys).openapi("SyncCredential", { description: "A certificate or qualification, as POST /v1/teachers/{id}/credentials takes it" }),
    toColumns: (row) => renameDates(omitKeys(row), "issuedOn", "expiresOn"),
    startField: "issuedOn",
    endField: "expiresOn",
  },
  {
    collection: "designations",
    entity: "designation",
    audit: "TeacherDesignation",
    table: teacherDesignations,
    schema: designationCreateSchema.extend(keys).openapi("SyncDesignation", { description: "A designation, as POST /v1/teachers/{id}/designations takes it" }),
    toColumns: (row) => renameDates(omitKeys(row), "awardedOn", "validUntil"),
    startField: "awardedOn",
    endField: "validUntil",
    check: (c) =>
      checkDesignation({
        type: c.type as never,
        typeName: (c.typeName as string | undefined) ?? null,
        status: (c.status as never) ?? "active",
        awardedOn: c.validFrom as string,
        validUntil: (c.validTo as string | null | undefined) ?? null,
      }),
  },
];

/**
 * Training claims pushed by a school system (external courses, school-based activity), as
 * POST /v1/teachers/{id}/training-records takes them; they arrive `submitted` for a clerk to verify.
 * Programme completions come from enrolment results, not from batches.
 */
export const TRAINING_SYNC = {
  collection: "trainingRecords",
  entity: "training_record" as const,
  schema: z
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
    })
    .superRefine((v, ctx) => {
      if (v.source === "external_course" && !v.evidenceRef) ctx.addIssue({ code: "custom", path: ["evidenceRef"], message: "An external course needs its evidence reference" });
    })
    .openapi("SyncTrainingRecord", { description: "A training claim, as POST /v1/teachers/{id}/training-records takes it (external course or school-based activity)" }),
};
