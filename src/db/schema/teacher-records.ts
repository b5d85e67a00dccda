import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import {
  APPRAISAL_GRADES,
  CREDENTIAL_KINDS,
  CREDENTIAL_STATUSES,
  DESIGNATION_LEVELS,
  DESIGNATION_STATUSES,
  DESIGNATION_TYPES,
  EDUCATION_LEVELS,
  ETHICS_RESULTS,
  SCHOOL_STAGES,
  STUDY_MODES,
  SUBJECTS,
  TITLE_LEVELS,
  TITLE_SOURCES,
} from "../../domain/vocab.ts";
import { idColumn, versioned } from "./columns.ts";
import { teachers } from "./teachers.ts";

/**
 * The teacher's effective-dated sub-records. Each row is valid from `validFrom` to `validTo`
 * (inclusive; null = open). Rows are corrected in place (PATCH) and ended (validTo), never deleted,
 * so "as of" any date is a range test on (teacher_id, valid_from, valid_to).
 */
const teacherRef = () =>
  uuid()
    .notNull()
    .references(() => teachers.id);
const validity = {
  validFrom: date({ mode: "string" }).notNull(),
  validTo: date({ mode: "string" }),
  endReason: text(),
};
const rangeCheck = (name: string, t: { validFrom: unknown; validTo: unknown }) =>
  check(name, sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`);

/** 职称 held. validFrom = the date obtained. */
export const teacherTitles = pgTable(
  "teacher_titles",
  {
    id: idColumn(),
    teacherId: teacherRef(),
    level: text({ enum: TITLE_LEVELS }).notNull(),
    obtainedBy: text({ enum: TITLE_SOURCES }).notNull().default("appraisal"),
    series: text(),
    certificateNumber: text(),
    ...validity,
    ...versioned,
  },
  (t) => [index("teacher_titles_teacher_idx").on(t.teacherId, t.validFrom), rangeCheck("teacher_titles_range", t)],
);

/** 岗位聘用: the post level appointed, separate from the title held (低职高聘 exists). */
export const teacherPostAppointments = pgTable(
  "teacher_post_appointments",
  {
    id: idColumn(),
    teacherId: teacherRef(),
    postLevel: text({ enum: TITLE_LEVELS }).notNull(),
    grade: integer(),
    ...validity,
    ...versioned,
  },
  (t) => [
    index("teacher_post_appointments_teacher_idx").on(t.teacherId, t.validFrom),
    rangeCheck("teacher_post_appointments_range", t),
    check("teacher_post_appointments_grade", sql`${t.grade} is null or ${t.grade} between 1 and 13`),
  ],
);

/** 学历: a qualification completed; validFrom = completion date (validTo only if it is withdrawn). */
export const teacherEducation = pgTable(
  "teacher_education",
  {
    id: idColumn(),
    teacherId: teacherRef(),
    level: text({ enum: EDUCATION_LEVELS }).notNull(),
    institution: text().notNull(),
    major: text(),
    mode: text({ enum: STUDY_MODES }).notNull().default("full_time"),
    degreeAwarded: boolean().notNull().default(true),
    ...validity,
    ...versioned,
  },
  (t) => [index("teacher_education_teacher_idx").on(t.teacherId, t.validFrom), rangeCheck("teacher_education_range", t)],
);

/** 研究生课程进修: graduate coursework completed without a graduate degree. */
export const teacherGraduateCoursework = pgTable(
  "teacher_graduate_coursework",
  {
    id: idColumn(),
    teacherId: teacherRef(),
    institution: text().notNull(),
    program: text().notNull(),
    credits: numeric({ precision: 6, scale: 1 }),
    ...validity,
    ...versioned,
  },
  (t) => [
    index("teacher_graduate_coursework_teacher_idx").on(t.teacherId, t.validFrom),
    rangeCheck("teacher_graduate_coursework_range", t),
  ],
);

/** Subject and stage taught, effective-dated. */
export const teacherSubjects = pgTable(
  "teacher_subjects",
  {
    id: idColumn(),
    teacherId: teacherRef(),
    subject: text({ enum: SUBJECTS }).notNull(),
    stage: text({ enum: SCHOOL_STAGES }),
    isMain: boolean().notNull().default(true),
    ...validity,
    ...versioned,
  },
  (t) => [
    index("teacher_subjects_teacher_idx").on(t.teacherId, t.validFrom),
    index("teacher_subjects_subject_idx").on(t.subject, t.teacherId),
    rangeCheck("teacher_subjects_range", t),
  ],
);

/**
 * Certificates and qualifications. validFrom = issued, validTo = expires (null: no expiry).
 * `status` is the latest status; the dated history is in teacher_credential_events, which is what
 * as-of questions read.
 */
export const teacherCredentials = pgTable(
  "teacher_credentials",
  {
    id: idColumn(),
    teacherId: teacherRef(),
    kind: text({ enum: CREDENTIAL_KINDS }).notNull(),
    number: text(),
    issuer: text(),
    stage: text({ enum: SCHOOL_STAGES }),
    subject: text(),
    occupation: text(),
    status: text({ enum: CREDENTIAL_STATUSES }).notNull().default("active"),
    ...validity,
    ...versioned,
  },
  (t) => [index("teacher_credentials_teacher_idx").on(t.teacherId, t.kind, t.validFrom), rangeCheck("teacher_credentials_range", t)],
);

export const teacherCredentialEvents = pgTable(
  "teacher_credential_events",
  {
    id: idColumn(),
    credentialId: uuid()
      .notNull()
      .references(() => teacherCredentials.id),
    status: text({ enum: CREDENTIAL_STATUSES }).notNull(),
    effectiveOn: date({ mode: "string" }).notNull(),
    reason: text(),
    ...versioned,
  },
  (t) => [index("teacher_credential_events_credential_idx").on(t.credentialId, t.effectiveOn)],
);

/** 骨干教师 / 名师 / 学科带头人 / 特级 ...: validFrom = awarded, validTo = valid until (or revoked). */
export const teacherDesignations = pgTable(
  "teacher_designations",
  {
    id: idColumn(),
    teacherId: teacherRef(),
    type: text({ enum: DESIGNATION_TYPES }).notNull(),
    typeName: text(),
    level: text({ enum: DESIGNATION_LEVELS }).notNull(),
    batch: text(),
    subject: text({ enum: SUBJECTS }),
    awardedBy: text(),
    status: text({ enum: DESIGNATION_STATUSES }).notNull().default("active"),
    ...validity,
    ...versioned,
  },
  (t) => [
    index("teacher_designations_teacher_idx").on(t.teacherId, t.validFrom),
    index("teacher_designations_type_idx").on(t.type, t.level, t.teacherId),
    rangeCheck("teacher_designations_range", t),
  ],
);

export interface Violation {
  type: string;
  occurredOn: string;
  description?: string;
}

/** 师德 assessment for a period, with violations and the veto (一票否决) window. Restricted data. */
export const teacherEthicsRecords = pgTable(
  "teacher_ethics_records",
  {
    id: idColumn(),
    teacherId: teacherRef(),
    result: text({ enum: ETHICS_RESULTS }).notNull(),
    score: numeric({ precision: 5, scale: 1 }),
    violations: jsonb().$type<Violation[]>().notNull().default([]),
    sanction: text(),
    veto: boolean().notNull().default(false),
    vetoFrom: date({ mode: "string" }),
    vetoTo: date({ mode: "string" }),
    notes: text(),
    ...validity,
    ...versioned,
  },
  (t) => [
    index("teacher_ethics_records_teacher_idx").on(t.teacherId, t.validFrom),
    rangeCheck("teacher_ethics_records_range", t),
    check("teacher_ethics_veto_range", sql`${t.vetoTo} is null or ${t.vetoFrom} is null or ${t.vetoTo} >= ${t.vetoFrom}`),
  ],
);

/**
 * 年度考核 result: one per teacher and year, restricted data. The year is also stored as its period
 * (1 January – 31 December) so appraisals answer "as of" questions like every other record.
 */
export const teacherAnnualAppraisals = pgTable(
  "teacher_annual_appraisals",
  {
    id: idColumn(),
    teacherId: teacherRef(),
    year: integer().notNull(),
    grade: text({ enum: APPRAISAL_GRADES }).notNull(),
    notes: text(),
    ...validity,
    ...versioned,
  },
  (t) => [
    uniqueIndex("teacher_annual_appraisals_teacher_year").on(t.teacherId, t.year),
    check("teacher_annual_appraisals_period", sql`${t.validFrom} = make_date(${t.year}, 1, 1)`),
  ],
);
