/**
 * Code lists shared by the database schema and the public contract. Codes are stable English
 * snake_case; labels (zh-CN, en) live in the vocabularies data, never in code paths.
 * Order matters where the API compares "at least".
 */
export const JURISDICTION_LEVELS = ["province", "city", "county", "district", "township"] as const;
export const SCHOOL_STAGES = [
  "kindergarten",
  "primary",
  "junior_secondary",
  "nine_year",
  "senior_secondary",
  "vocational",
  "special_education",
  "teaching_point",
] as const;
export const OWNERSHIPS = ["public", "private"] as const;
export const LOCATION_CLASSES = ["urban", "town", "rural"] as const;
export const GENDERS = ["female", "male"] as const;
export const EMPLOYMENT_CATEGORIES = ["on_establishment", "contract", "substitute", "special_post", "other"] as const;
export const TEACHER_STATUSES = ["active", "on_leave", "retired", "left", "deceased"] as const;
/** The statuses that end service: a teacher in one of these on a date is in no population that day. */
export const END_STATUSES = ["retired", "left", "deceased"] as const;
export const ASSIGNMENT_KINDS = ["primary", "secondary"] as const;
export const POST_TYPES = ["teaching", "management", "support"] as const;

export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];
export type SchoolStage = (typeof SCHOOL_STAGES)[number];
export type TeacherStatus = (typeof TEACHER_STATUSES)[number];
export type EmploymentCategory = (typeof EMPLOYMENT_CATEGORIES)[number];

/** Title levels, lowest first (the "at least" order). Grouped per domain.md §1.7. */
export const TITLE_LEVELS = ["none", "third_grade", "second_grade", "first_grade", "senior", "senior_professional"] as const;
export const TITLE_GROUPS = {
  none: "none",
  third_grade: "junior",
  second_grade: "junior",
  first_grade: "intermediate",
  senior: "senior",
  senior_professional: "senior",
} as const;
export const TITLE_SOURCES = ["appraisal", "recognition", "transfer_in"] as const;
/** Education levels, lowest first. */
export const EDUCATION_LEVELS = ["below_secondary", "secondary_vocational", "associate", "bachelor", "master", "doctorate"] as const;
export const STUDY_MODES = ["full_time", "in_service"] as const;
/** Subjects taught; the flagged ones feed targets (思政, PE, music, art, labour, health care, ICT, psychology, special ed). */
export const SUBJECTS = [
  "chinese",
  "mathematics",
  "english",
  "physics",
  "chemistry",
  "biology",
  "history",
  "geography",
  "science",
  "ideological_political",
  "physical_education",
  "music",
  "art",
  "labour",
  "health_care",
  "ict",
  "psychology",
  "special_education",
  "preschool",
  "vocational_specialty",
  "other",
] as const;
export const SUBJECT_FLAGS = [
  "ideological_political",
  "physical_education",
  "music",
  "art",
  "labour",
  "health_care",
  "ict",
  "psychology",
  "special_education",
] as const;
export const CREDENTIAL_KINDS = ["teacher_certificate", "occupational_qualification", "principal_qualification"] as const;
export const CREDENTIAL_STATUSES = ["active", "expired", "revoked", "suspended"] as const;
export const DESIGNATION_TYPES = [
  "special_grade",
  "famous_teacher",
  "subject_leader",
  "backbone",
  "backbone_reserve",
  "teaching_expert",
  "teaching_newcomer",
  "excellent_homeroom",
  "famous_principal",
  "backbone_principal",
  "professional_leader",
  "other",
] as const;
/** Designation levels, lowest first. */
export const DESIGNATION_LEVELS = ["school", "township", "county", "city", "provincial", "national"] as const;
export const DESIGNATION_STATUSES = ["active", "expired", "revoked"] as const;
export const ETHICS_RESULTS = ["excellent", "qualified", "basically_qualified", "unqualified"] as const;
export const VIOLATION_TYPES = [
  "corporal_punishment",
  "selling_materials",
  "paid_tutoring",
  "moonlighting",
  "illegal_schooling",
  "seeking_private_gain",
  "code_of_conduct",
  "other",
] as const;
export const APPRAISAL_GRADES = ["excellent", "competent", "basically_competent", "incompetent"] as const;

export type TitleLevel = (typeof TITLE_LEVELS)[number];
export type DesignationLevel = (typeof DESIGNATION_LEVELS)[number];

export const ROLES = ["bureau_admin", "hr_clerk", "school_sync", "reporter", "teacher"] as const;
export type Role = (typeof ROLES)[number];

/** Training (培训 / 继续教育): domain.md §1.13 and §3.5. */
export const TRAINING_LEVELS = ["national", "provincial", "city", "county", "school"] as const;
export const TRAINING_MODES = ["online", "in_person", "blended"] as const;
export const TRAINING_CATEGORIES = [
  "ethics",
  "subject",
  "general",
  "ict",
  "homeroom",
  "enterprise_practice",
  "leadership",
  "other",
] as const;
/** What rule minimums and caps apply to: a category, or school-based training (校本) of any category. */
export const TRAINING_BUCKETS = [...TRAINING_CATEGORIES, "school_based"] as const;
export const TRAINING_SOURCES = ["program", "external_course", "school_activity"] as const;
export const TRAINING_RECORD_STATUSES = ["submitted", "verified", "rejected"] as const;
export const ENROLLMENT_STATUSES = ["enrolled", "started", "completed", "failed", "withdrawn"] as const;
export const MODULE_RESULTS = ["passed", "failed"] as const;
export const PRO_RATE_METHODS = ["none", "year", "month"] as const;
export const COMPLIANCE_STATUSES = ["complete", "on_track", "behind", "not_eligible"] as const;

export type TrainingCategory = (typeof TRAINING_CATEGORIES)[number];
export type TrainingBucket = (typeof TRAINING_BUCKETS)[number];
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
export type ProRateMethod = (typeof PRO_RATE_METHODS)[number];
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

/** Reports (domain.md §4). Age bands are 周岁 on the report date; see src/domain/reports/workforce.ts for the bounds. */
export const AGE_BANDS = ["age_29_under", "age_30_34", "age_35_39", "age_40_44", "age_45_49", "age_50_54", "age_55_over"] as const;
export const DUAL_QUALIFICATIONS = ["dual_qualified", "not_dual_qualified"] as const;
/** Codes a report uses where a teacher has no value in a dimension (no designation, no education on record). */
export const REPORT_PLACEHOLDERS = ["none", "not_recorded"] as const;
export const WORKFORCE_DIMENSIONS = [
  "education_level",
  "title_level",
  "age_band",
  "employment_category",
  "school_stage",
  "location_class",
  "gender",
  "dual_qualification",
  "designation_level",
] as const;

export type AgeBand = (typeof AGE_BANDS)[number];
export type WorkforceDimension = (typeof WORKFORCE_DIMENSIONS)[number];
