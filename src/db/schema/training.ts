import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  ENROLLMENT_STATUSES,
  MODULE_RESULTS,
  PRO_RATE_METHODS,
  TRAINING_CATEGORIES,
  TRAINING_LEVELS,
  TRAINING_MODES,
  TRAINING_RECORD_STATUSES,
  TRAINING_SOURCES,
  type TrainingBucket,
  type TrainingCategory,
} from "../../domain/vocab.ts";
import { idColumn, versioned } from "./columns.ts";
import { jurisdictions, schools } from "./org.ts";
import { teachers } from "./teachers.ts";

/** Hours (学时) with one decimal place; drizzle returns numeric as a string. */
const hours = () => numeric({ precision: 6, scale: 1 });

/**
 * A training programme (培训项目), owned by a jurisdiction or a school. The owner's path is not copied:
 * jurisdictions and schools can move, so scope joins the owner's current path.
 */
export const trainingPrograms = pgTable(
  "training_programs",
  {
    id: idColumn(),
    code: text().notNull().unique(),
    title: text().notNull(),
    level: text({ enum: TRAINING_LEVELS }).notNull(),
    mode: text({ enum: TRAINING_MODES }).notNull(),
    organiser: text(),
    category: text({ enum: TRAINING_CATEGORIES }).notNull(),
    creditedHours: hours().notNull(),
    startDate: date({ mode: "string" }).notNull(),
    endDate: date({ mode: "string" }).notNull(),
    targetGroup: text(),
    capacity: integer(),
    ownerJurisdictionId: uuid().references(() => jurisdictions.id),
    ownerSchoolId: uuid().references(() => schools.id),
    ...versioned,
  },
  (t) => [
    index("training_programs_owner_jurisdiction_idx").on(t.ownerJurisdictionId),
    index("training_programs_owner_school_idx").on(t.ownerSchoolId),
    index("training_programs_start_idx").on(t.startDate),
    check("training_programs_one_owner", sql`(${t.ownerJurisdictionId} is null) <> (${t.ownerSchoolId} is null)`),
    check("training_programs_hours_positive", sql`${t.creditedHours} > 0`),
    check("training_programs_dates", sql`${t.endDate} >= ${t.startDate}`),
    check("training_programs_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

/** Modules (科目) of a programme, each with its own result (单科结业). */
export const trainingProgramModules = pgTable(
  "training_program_modules",
  {
    id: idColumn(),
    programId: uuid()
      .notNull()
      .references(() => trainingPrograms.id),
    code: text().notNull(),
    title: text().notNull(),
    hours: hours(),
    position: integer().notNull(),
  },
  (t) => [uniqueIndex("training_program_modules_code_key").on(t.programId, t.code)],
);

/** A teacher's enrolment in a programme and where it stands. One per teacher and programme. */
export const trainingEnrollments = pgTable(
  "training_enrollments",
  {
    id: idColumn(),
    programId: uuid()
      .notNull()
      .references(() => trainingPrograms.id),
    teacherId: uuid()
      .notNull()
      .references(() => teachers.id),
    status: text({ enum: ENROLLMENT_STATUSES }).notNull().default("enrolled"),
    enrolledOn: date({ mode: "string" }).notNull(),
    /** 上站: the first login or attendance. */
    startedOn: date({ mode: "string" }),
    /** The result date (completed or failed). */
    completedOn: date({ mode: "string" }),
    withdrawnOn: date({ mode: "string" }),
    score: numeric({ precision: 5, scale: 1 }),
    note: text(),
    ...versioned,
  },
  (t) => [
    uniqueIndex("training_enrollments_program_teacher_key").on(t.programId, t.teacherId),
    index("training_enrollments_program_idx").on(t.programId, t.id),
    index("training_enrollments_teacher_idx").on(t.teacherId),
    check(
      "training_enrollments_dates",
      sql`(${t.startedOn} is null or ${t.startedOn} >= ${t.enrolledOn}) and (${t.completedOn} is null or ${t.completedOn} >= ${t.startedOn})`,
    ),
  ],
);

export const trainingModuleResults = pgTable(
  "training_module_results",
  {
    id: idColumn(),
    enrollmentId: uuid()
      .notNull()
      .references(() => trainingEnrollments.id),
    moduleId: uuid()
      .notNull()
      .references(() => trainingProgramModules.id),
    result: text({ enum: MODULE_RESULTS }).notNull(),
    recordedOn: date({ mode: "string" }).notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("training_module_results_key").on(t.enrollmentId, t.moduleId),
    index("training_module_results_module_idx").on(t.moduleId),
  ],
);

/**
 * Training hours earned (学时): a programme completion (credited automatically, verified), or a claim
 * (external course with its evidence, or a school-based activity) submitted by the teacher or a clerk
 * and then verified or rejected. The status changes keep their instants so the status on any past
 * date can be derived. A record can never count twice: one per enrolment, one non-rejected record per
 * teacher and programme, and one non-rejected record per teacher and evidence reference.
 */
export const trainingRecords = pgTable(
  "training_records",
  {
    id: idColumn(),
    teacherId: uuid()
      .notNull()
      .references(() => teachers.id),
    source: text({ enum: TRAINING_SOURCES }).notNull(),
    programId: uuid().references(() => trainingPrograms.id),
    enrollmentId: uuid().references(() => trainingEnrollments.id),
    title: text().notNull(),
    category: text({ enum: TRAINING_CATEGORIES }).notNull(),
    level: text({ enum: TRAINING_LEVELS }),
    organiser: text(),
    /** 校本: a school-level programme or a school-based activity (rule caps may limit it). */
    schoolBased: boolean().notNull(),
    hours: hours().notNull(),
    completedOn: date({ mode: "string" }).notNull(),
    evidenceRef: text(),
    note: text(),
    status: text({ enum: TRAINING_RECORD_STATUSES }).notNull().default("submitted"),
    submittedBy: text().notNull(),
    submittedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Who decided: the reviewing actor, or the historical decider of an imported record. */
    reviewedBy: text(),
    /** When the verification and the rejection were recorded (knowledge time, `knownAt`). */
    verifiedAt: timestamp({ withTimezone: true, mode: "date" }),
    rejectedAt: timestamp({ withTimezone: true, mode: "date" }),
    /**
     * The business dates of those decisions (valid time, `asOf`): the recording day (UTC) for a review,
     * the historical date for an import. A verification later withdrawn keeps its date, so a past date
     * still answers with the verification.
     */
    verifiedOn: date({ mode: "string" }),
    rejectedOn: date({ mode: "string" }),
    rejectionReason: text(),
    ...versioned,
  },
  (t) => [
    index("training_records_teacher_idx").on(t.teacherId, t.completedOn),
    index("training_records_status_idx").on(t.status, t.id),
    uniqueIndex("training_records_enrollment_key").on(t.enrollmentId),
    uniqueIndex("training_records_program_once")
      .on(t.teacherId, t.programId)
      .where(sql`${t.programId} is not null and ${t.status} <> 'rejected'`),
    uniqueIndex("training_records_evidence_once")
      .on(t.teacherId, t.evidenceRef)
      .where(sql`${t.evidenceRef} is not null and ${t.status} <> 'rejected'`),
    check("training_records_hours_positive", sql`${t.hours} > 0`),
    check("training_records_program_source", sql`(${t.source} = 'program') = (${t.programId} is not null)`),
  ],
);

export interface RuleMinimum {
  bucket: TrainingBucket;
  hours: number;
}
export interface RuleCap {
  bucket: TrainingBucket;
  maxHours: number | null;
  maxPercent: number | null;
}
export interface RuleRequirement {
  code: string;
  title: string;
  programId: string | null;
  category: TrainingCategory | null;
  hours: number;
  from: string;
  to: string;
}

/**
 * A version of a jurisdiction's continuing-education rules, inherited down the tree (the nearest
 * jurisdiction with a version in force decides). A version in force is never edited: a change is a
 * new version with a later effective date, so past evaluations stay reproducible.
 */
export const trainingRules = pgTable(
  "training_rules",
  {
    id: idColumn(),
    jurisdictionId: uuid()
      .notNull()
      .references(() => jurisdictions.id),
    name: text().notNull(),
    effectiveFrom: date({ mode: "string" }).notNull(),
    cycleYears: integer().notNull(),
    anchorYear: integer().notNull(),
    hoursPerCycle: hours().notNull(),
    minHoursPerYear: hours(),
    minYearsOfTeaching: integer().notNull().default(0),
    proRate: text({ enum: PRO_RATE_METHODS }).notNull().default("none"),
    minimums: jsonb().$type<RuleMinimum[]>().notNull().default([]),
    caps: jsonb().$type<RuleCap[]>().notNull().default([]),
    requirements: jsonb().$type<RuleRequirement[]>().notNull().default([]),
    note: text(),
    ...versioned,
  },
  (t) => [
    uniqueIndex("training_rules_version_key").on(t.jurisdictionId, t.effectiveFrom),
    check("training_rules_cycle", sql`${t.cycleYears} between 1 and 10`),
    check("training_rules_hours", sql`${t.hoursPerCycle} > 0`),
  ],
);
