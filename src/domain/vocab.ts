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
export const TEACHER_STATUSES = ["active", "retired", "left"] as const;
export const ASSIGNMENT_KINDS = ["primary", "secondary"] as const;
export const POST_TYPES = ["teaching", "management", "support"] as const;

export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];
export type SchoolStage = (typeof SCHOOL_STAGES)[number];
export type EmploymentCategory = (typeof EMPLOYMENT_CATEGORIES)[number];
export type TeacherStatus = (typeof TEACHER_STATUSES)[number];
