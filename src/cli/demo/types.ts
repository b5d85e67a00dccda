import type { LOCATION_CLASSES, SCHOOL_STAGES, SUBJECTS, TITLE_LEVELS, EDUCATION_LEVELS } from "../../domain/vocab.ts";

export type SchoolStage = (typeof SCHOOL_STAGES)[number];
export type Subject = (typeof SUBJECTS)[number];
export type LocationClass = (typeof LOCATION_CLASSES)[number];
export type TitleLevel = (typeof TITLE_LEVELS)[number];
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
