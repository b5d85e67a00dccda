import { z } from "@hono/zod-openapi";
import type { teachers } from "../db/schema/index.ts";
import { maskNationalId } from "../domain/national-id.ts";
import { ageOn, yearsOfTeachingOn } from "../domain/teacher.ts";
import {
  DESIGNATION_LEVELS,
  DESIGNATION_TYPES,
  EDUCATION_LEVELS,
  EMPLOYMENT_CATEGORIES,
  GENDERS,
  LOCATION_CLASSES,
  POST_TYPES,
  SUBJECT_FLAGS,
  SUBJECTS,
  TEACHER_STATUSES,
  TITLE_GROUPS,
  TITLE_LEVELS,
  type TitleLevel,
} from "../domain/vocab.ts";
import { asOfQuery, booleanQuery, isoDate, pageQuery, pageSchema, pathId } from "../lib/http.ts";

const example = {
  id: "0193a0c7-2b3c-7d4e-8f5a-6b7c8d9e0f1a",
  name: "王丽",
  gender: "female" as const,
  birthDate: "1986-03-14",
  nationalIdMasked: "211***********3426",
  staffNumber: "T2011-0042",
  employmentCategory: "on_establishment" as const,
  onEstablishmentNotAtPost: false,
  hireDate: "2008-09-01",
  teachingStartDate: "2008-09-01",
  status: "active" as const,
  endedOn: null,
  endReason: null,
  currentSchoolId: "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
  title: "first_grade" as const,
  titleGroup: "intermediate" as const,
  highestEducation: "bachelor" as const,
  graduateCoursework: false,
  dualQualified: false,
  designations: [{ id: "0193a0c9-4d5e-7f6a-8b7c-8d9e0f1a2b3c", type: "backbone" as const, level: "city" as const }],
  highestDesignationLevel: "city" as const,
  subjects: ["mathematics" as const],
  subjectFlags: [],
  asOf: "2025-08-31",
  age: 39,
  yearsOfTeaching: 16,
  version: 1,
  createdAt: "2025-01-06T08:00:00.000Z",
  updatedAt: "2025-01-06T08:00:00.000Z",
};

const editable = {
  name: z.string().trim().min(1).max(100),
  gender: z.enum(GENDERS),
  birthDate: isoDate,
  nationalId: z
    .string()
    .trim()
    .nullable()
    .openapi({ description: "公民身份号码; 18-digit numbers must pass the GB 11643 checksum. Stored, never returned in full." }),
  staffNumber: z.string().trim().min(1).max(64).nullable().openapi({ description: "教职工号" }),
  employmentCategory: z.enum(EMPLOYMENT_CATEGORIES).openapi({
    description: "on_establishment 在编, contract 合同, substitute 代课, special_post 特岗, other",
  }),
  onEstablishmentNotAtPost: z.boolean().openapi({ description: "在编不在岗: holds an establishment slot but is not working at the post" }),
  hireDate: isoDate.nullable(),
  teachingStartDate: isoDate.nullable().openapi({ description: "Start of teaching service, for 教龄 (defaults to hireDate when null)" }),
};

export const teacherSchema = z
  .object({
    id: z.uuid(),
    name: editable.name,
    gender: editable.gender,
    birthDate: isoDate,
    nationalIdMasked: z
      .string()
      .nullable()
      .openapi({ description: "The national ID with all but the first 3 and last 4 characters hidden" }),
    staffNumber: z.string().nullable(),
    employmentCategory: editable.employmentCategory.openapi({ description: "用人类别 on `asOf` (the employment period that answers it)" }),
    onEstablishmentNotAtPost: z.boolean().openapi({ description: "在编不在岗 on `asOf`" }),
    hireDate: isoDate.nullable(),
    teachingStartDate: isoDate.nullable(),
    status: z
      .enum(TEACHER_STATUSES)
      .openapi({ description: "Status on `asOf`: active, on_leave, or an end status (retired, left, deceased)" }),
    endedOn: isoDate.nullable().openapi({ description: "Last day of service, when the teacher is out of service on `asOf`" }),
    endReason: z.string().nullable(),
    currentSchoolId: z.uuid().nullable().openapi({ description: "School of the primary assignment valid on `asOf`" }),
    title: z.enum(TITLE_LEVELS).nullable().openapi({ description: "职称 held on `asOf`" }),
    titleGroup: z
      .enum(["none", "junior", "intermediate", "senior"])
      .nullable()
      .openapi({ description: "正高级/高级 = senior, 一级 = intermediate, 二级/三级 = junior" }),
    highestEducation: z.enum(EDUCATION_LEVELS).nullable().openapi({ description: "Highest 学历 completed by `asOf`" }),
    graduateCoursework: z.boolean().openapi({ description: "Completed graduate coursework (研究生课程进修) by `asOf`" }),
    dualQualified: z
      .boolean()
      .openapi({ description: "双师型: an active teacher certificate and an active occupational qualification on `asOf`" }),
    designations: z
      .array(z.object({ id: z.uuid(), type: z.enum(DESIGNATION_TYPES), level: z.enum(DESIGNATION_LEVELS) }))
      .openapi({ description: "Designations valid on `asOf`, highest level first" }),
    highestDesignationLevel: z.enum(DESIGNATION_LEVELS).nullable(),
    subjects: z.array(z.enum(SUBJECTS)).openapi({ description: "Subjects taught on `asOf`" }),
    subjectFlags: z
      .array(z.enum(SUBJECT_FLAGS))
      .openapi({ description: "Target flags among those subjects (思政, PE, music, art, labour, ...)" }),
    asOf: isoDate.openapi({ description: "The date the derived fields were evaluated for" }),
    age: z.number().int().nullable().openapi({ description: "Whole years (周岁) on `asOf`" }),
    yearsOfTeaching: z.number().int().nullable().openapi({ description: "教龄 in whole years on `asOf`" }),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Teacher", { example });

/** The teacher's own stored fields, without what is derived as of a date (the change feed's state). */
export const teacherCoreSchema = teacherSchema
  .pick({
    id: true,
    name: true,
    gender: true,
    birthDate: true,
    nationalIdMasked: true,
    staffNumber: true,
    employmentCategory: true,
    onEstablishmentNotAtPost: true,
    hireDate: true,
    teachingStartDate: true,
    status: true,
    endedOn: true,
    endReason: true,
    version: true,
    createdAt: true,
    updatedAt: true,
  })
  .openapi("TeacherCore");

function toTeacherCore(row: typeof teachers.$inferSelect): z.infer<typeof teacherCoreSchema> {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    birthDate: row.birthDate,
    nationalIdMasked: row.nationalId ? maskNationalId(row.nationalId) : null,
    staffNumber: row.staffNumber,
    employmentCategory: row.employmentCategory,
    onEstablishmentNotAtPost: row.onEstablishmentNotAtPost,
    hireDate: row.hireDate,
    teachingStartDate: row.teachingStartDate,
    status: row.status,
    endedOn: row.endedOn,
    endReason: row.endReason,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const teacherCreateSchema = z
  .object({
    ...editable,
    nationalId: editable.nationalId.optional(),
    staffNumber: editable.staffNumber.optional(),
    onEstablishmentNotAtPost: editable.onEstablishmentNotAtPost.default(false),
    hireDate: editable.hireDate.optional(),
    teachingStartDate: editable.teachingStartDate.optional(),
    schoolId: z.uuid().optional().openapi({ description: "Home school: creates the primary assignment" }),
    assignmentStart: isoDate.optional().openapi({ description: "Start of that assignment (default: hireDate, else today)" }),
    postType: z.enum(POST_TYPES).default("teaching").openapi({ description: "Post type of that assignment" }),
  })
  .openapi("TeacherCreate", {
    example: {
      name: "王丽",
      gender: "female",
      birthDate: "1986-03-14",
      nationalId: "21110219860314342X",
      staffNumber: "T2011-0042",
      employmentCategory: "on_establishment",
      onEstablishmentNotAtPost: false,
      hireDate: "2008-09-01",
      teachingStartDate: "2008-09-01",
      schoolId: "0193a0c6-1a2b-7c3d-8e4f-5a6b7c8d9e0f",
      postType: "teaching",
    },
  });

/** Dated facts: changed through /employment from a date, never overwritten on the core record. */
const EMPLOYMENT_FIELDS = ["employmentCategory", "onEstablishmentNotAtPost", "status"] as const;

export const teacherUpdateSchema = z
  .object({
    ...editable,
    employmentCategory: editable.employmentCategory.openapi({ description: "Refused (422): a dated fact, see `/employment`" }),
    onEstablishmentNotAtPost: z.boolean().openapi({ description: "Refused (422): a dated fact, see `/employment`" }),
    status: z.enum(TEACHER_STATUSES).openapi({ description: "Refused (422): see `/employment`, `/end` and `/reinstate`" }),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, "Send at least one field to change")
  .superRefine((v, ctx) => {
    for (const field of EMPLOYMENT_FIELDS) {
      if (field in v)
        ctx.addIssue({
          code: "custom",
          path: [field],
          message:
            "Employment facts are dated: send a change from a date to POST /v1/teachers/{teacherId}/employment, or correct a period with PATCH /v1/teachers/{teacherId}/employment/{periodId}",
        });
    }
  })
  .openapi("TeacherUpdate", { example: { staffNumber: "T2011-0043" } });

export const teacherEndSchema = z
  .object({
    status: z.enum(["retired", "left", "deceased"]),
    endedOn: isoDate.openapi({
      description: "Last day of service; every assignment, post appointment, subject and designation running past it ends on this day",
    }),
    reason: z.string().trim().max(500).optional(),
  })
  .openapi("TeacherEnd", { example: { status: "retired", endedOn: "2026-03-14", reason: "到龄退休" } });

export const teacherPageSchema = pageSchema(teacherSchema, "TeacherPage");

export const teacherDetailSchema = teacherSchema
  .extend({
    included: z
      .record(z.string(), z.array(z.record(z.string(), z.unknown())))
      .optional()
      .openapi({ description: "Requested sub-record histories by name, each ordered by start date (same shapes as their own endpoints)" }),
  })
  .openapi("TeacherDetail");

export const teacherListQuery = pageQuery.extend(asOfQuery.shape).extend({
  schoolId: z.uuid().optional().openapi({ description: "Teachers with an assignment (primary or concurrent) at this school on `asOf`" }),
  jurisdictionId: z.uuid().optional().openapi({ description: "Teachers assigned on `asOf` to a school in this jurisdiction's subtree" }),
  status: z
    .enum(TEACHER_STATUSES)
    .optional()
    .openapi({ description: "Status on `asOf`. Without it the list holds the teachers in service on `asOf` (active or on leave)" }),
  employmentCategory: z.enum(EMPLOYMENT_CATEGORIES).optional().openapi({ description: "用人类别 on `asOf`" }),
  onEstablishmentNotAtPost: booleanQuery.optional().openapi({ description: "在编不在岗 on `asOf`" }),
  namePrefix: z.string().trim().min(1).max(100).optional().openapi({ description: "Names starting with this text" }),
  nationalId: z.string().trim().min(15).max(18).optional().openapi({ description: "Exact national ID number" }),
  gender: z.enum(GENDERS).optional(),
  titleAtLeast: z.enum(TITLE_LEVELS).optional().openapi({ description: "Title held on `asOf` at or above this level" }),
  educationAtLeast: z.enum(EDUCATION_LEVELS).optional().openapi({ description: "Highest education on `asOf` at or above this level" }),
  educationExactly: z.enum(EDUCATION_LEVELS).optional().openapi({ description: "Highest education on `asOf` exactly this level" }),
  designationType: z.enum(DESIGNATION_TYPES).optional().openapi({ description: "Holds a designation of this type on `asOf`" }),
  designationLevelAtLeast: z
    .enum(DESIGNATION_LEVELS)
    .optional()
    .openapi({ description: "Holds a designation (of `designationType`, if given) at or above this level on `asOf`" }),
  dualQualified: booleanQuery.optional().openapi({ description: "双师型 on `asOf`" }),
  subject: z
    .enum(SUBJECTS)
    .optional()
    .openapi({ description: "Teaches this subject on `asOf` (use a flag subject such as `physical_education` for targets)" }),
  locationClass: z.enum(LOCATION_CLASSES).optional().openapi({ description: "Home school's location class" }),
  remote: booleanQuery.optional().openapi({ description: "Home school is remote (边远)" }),
  weak: booleanQuery.optional().openapi({ description: "Home school is weak (薄弱)" }),
  ageMin: z.coerce.number().int().min(0).max(120).optional().openapi({ description: "Age (周岁) on `asOf` at least" }),
  ageMax: z.coerce.number().int().min(0).max(120).optional().openapi({ description: "Age (周岁) on `asOf` at most" }),
});

export const teacherParams = z.object({ teacherId: pathId("teacherId") });
export const teacherGetQuery = asOfQuery.extend({
  include: z.string().max(300).optional().openapi({
    description: "Comma-separated sub-records to embed, e.g. `assignments,titles,education,credentials,designations`",
    example: "assignments,titles",
  }),
});

export type TeacherRow = typeof teachers.$inferSelect & {
  currentSchoolId: string | null;
  title?: string | null;
  highestEducation?: string | null;
  graduateCoursework?: boolean;
  dualQualified?: boolean;
  designations?: { id: string; type: string; level: string }[];
  subjects?: string[];
};

const flagSet = new Set<string>(SUBJECT_FLAGS);

export function toTeacher(row: TeacherRow, asOf: string): z.infer<typeof teacherSchema> {
  return {
    ...toTeacherCore(row),
    currentSchoolId: row.currentSchoolId,
    title: (row.title ?? null) as TitleLevel | null,
    titleGroup: row.title ? TITLE_GROUPS[row.title as TitleLevel] : null,
    highestEducation: (row.highestEducation ?? null) as z.infer<typeof teacherSchema>["highestEducation"],
    graduateCoursework: row.graduateCoursework ?? false,
    dualQualified: row.dualQualified ?? false,
    designations: (row.designations ?? []) as z.infer<typeof teacherSchema>["designations"],
    highestDesignationLevel: (row.designations?.[0]?.level ?? null) as z.infer<typeof teacherSchema>["highestDesignationLevel"],
    subjects: (row.subjects ?? []) as z.infer<typeof teacherSchema>["subjects"],
    subjectFlags: (row.subjects ?? []).filter((x) => flagSet.has(x)) as z.infer<typeof teacherSchema>["subjectFlags"],
    asOf,
    age: ageOn(row, asOf),
    yearsOfTeaching: yearsOfTeachingOn(row, asOf),
  };
}
