import { sql } from "drizzle-orm";
import { boolean, check, date, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ASSIGNMENT_KINDS, EMPLOYMENT_CATEGORIES, GENDERS, POST_TYPES, TEACHER_STATUSES } from "../../domain/vocab.ts";
import { idColumn, versioned } from "./columns.ts";
import { schools } from "./org.ts";

/** The core teacher record. Sub-records (assignments, titles, ...) are their own tables keyed by teacher. */
export const teachers = pgTable(
  "teachers",
  {
    id: idColumn(),
    name: text().notNull(),
    gender: text({ enum: GENDERS }).notNull(),
    birthDate: date({ mode: "string" }).notNull(),
    /** Stored in full, returned masked; only exact-match lookups use it. */
    nationalId: text(),
    staffNumber: text(),
    employmentCategory: text({ enum: EMPLOYMENT_CATEGORIES }).notNull(),
    onEstablishmentNotAtPost: boolean().notNull().default(false),
    hireDate: date({ mode: "string" }),
    teachingStartDate: date({ mode: "string" }),
    status: text({ enum: TEACHER_STATUSES }).notNull().default("active"),
    endedOn: date({ mode: "string" }),
    endReason: text(),
    ...versioned,
  },
  (t) => [
    uniqueIndex("teachers_national_id_key").on(t.nationalId),
    index("teachers_name_idx").using("btree", sql`${t.name} text_pattern_ops`, t.id),
    index("teachers_status_idx").on(t.status, t.id),
  ],
);

/**
 * The teacher's employment facts (用人类别, 在编不在岗, status) as periods: `validFrom` null = "since the
 * register knew the teacher" (the first period), `validTo` inclusive, null = open. Periods of a teacher
 * never overlap (src/domain/employment.ts decides every write, under the teacher's row lock); the partial
 * unique indexes keep one first and one open period. The teachers row caches the open period's values.
 */
export const teacherEmployment = pgTable(
  "teacher_employment",
  {
    id: idColumn(),
    teacherId: uuid()
      .notNull()
      .references(() => teachers.id),
    employmentCategory: text({ enum: EMPLOYMENT_CATEGORIES }).notNull(),
    onEstablishmentNotAtPost: boolean().notNull().default(false),
    status: text({ enum: TEACHER_STATUSES }).notNull().default("active"),
    reason: text(),
    validFrom: date({ mode: "string" }),
    validTo: date({ mode: "string" }),
    ...versioned,
  },
  (t) => [
    index("teacher_employment_teacher_idx").on(t.teacherId, t.validFrom),
    uniqueIndex("teacher_employment_one_open").on(t.teacherId).where(sql`${t.validTo} is null`),
    uniqueIndex("teacher_employment_one_first").on(t.teacherId).where(sql`${t.validFrom} is null`),
    check("teacher_employment_range", sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/**
 * Effective-dated school assignment. `validTo` is inclusive (the last day at the post); null = open.
 * At most one open primary assignment per teacher is enforced by a partial unique index; overlapping
 * closed ranges are checked by the domain rule before writing.
 */
export const teacherAssignments = pgTable(
  "teacher_assignments",
  {
    id: idColumn(),
    teacherId: uuid()
      .notNull()
      .references(() => teachers.id),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id),
    kind: text({ enum: ASSIGNMENT_KINDS }).notNull().default("primary"),
    postType: text({ enum: POST_TYPES }).notNull().default("teaching"),
    validFrom: date({ mode: "string" }).notNull(),
    validTo: date({ mode: "string" }),
    endReason: text(),
    ...versioned,
  },
  (t) => [
    index("teacher_assignments_teacher_idx").on(t.teacherId, t.validFrom),
    index("teacher_assignments_school_idx").on(t.schoolId, t.validFrom, t.validTo),
    uniqueIndex("teacher_assignments_one_open_primary").on(t.teacherId).where(sql`${t.kind} = 'primary' and ${t.validTo} is null`),
    check("teacher_assignments_range", sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
