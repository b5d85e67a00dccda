import type { SCHOOL_STAGES, SUBJECTS } from "../../domain/vocab.ts";

export type SchoolStage = (typeof SCHOOL_STAGES)[number];
export type Subjects = (typeof SUBJECTS)[number];
