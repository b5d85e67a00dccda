import {
  ASSIGNMENT_KINDS,
  EMPLOYMENT_CATEGORIES,
  GENDERS,
  JURISDICTION_LEVELS,
  LOCATION_CLASSES,
  OWNERSHIPS,
  POST_TYPES,
  SCHOOL_STAGES,
  TEACHER_STATUSES,
} from "./vocab.ts";

/**
 * Labels for every code list. Codes never change; labels are data. `rank` follows the code list's
 * order, which is what "at least" comparisons use where a list is ordered.
 */
type Labels<C extends string> = Record<C, [zh: string, en: string]>;

interface VocabularySource<C extends string = string> {
  description: string;
  ordered: boolean;
  codes: readonly C[];
  labels: Labels<C>;
}

function vocab<C extends string>(description: string, ordered: boolean, codes: readonly C[], labels: Labels<C>): VocabularySource<C> {
  return { description, ordered, codes, labels };
}

export const VOCABULARIES = {
  jurisdiction_level: vocab("Administrative level", true, JURISDICTION_LEVELS, {
    province: ["省", "Province"],
    city: ["市", "City"],
    county: ["县", "County"],
    district: ["区", "District"],
    township: ["乡镇", "Township"],
  }),
  school_stage: vocab("School stage or type", false, SCHOOL_STAGES, {
    kindergarten: ["幼儿园", "Kindergarten"],
    primary: ["小学", "Primary"],
    junior_secondary: ["初中", "Junior secondary"],
    nine_year: ["九年一贯制", "Nine-year school"],
    senior_secondary: ["普通高中", "Senior secondary"],
    vocational: ["中职", "Vocational"],
    special_education: ["特殊教育学校", "Special education"],
    teaching_point: ["教学点", "Teaching point"],
  }),
  ownership: vocab("School ownership", false, OWNERSHIPS, { public: ["公办", "Public"], private: ["民办", "Private"] }),
  location_class: vocab("School location class", false, LOCATION_CLASSES, {
    urban: ["城区", "Urban"],
    town: ["乡镇", "Town"],
    rural: ["农村", "Rural"],
  }),
  gender: vocab("Gender", false, GENDERS, { female: ["女", "Female"], male: ["男", "Male"] }),
  employment_category: vocab("Employment category (用人类别)", false, EMPLOYMENT_CATEGORIES, {
    on_establishment: ["在编", "On establishment"],
    contract: ["合同教师", "Contract"],
    substitute: ["代课人员", "Substitute"],
    special_post: ["特岗教师", "Special-post teacher"],
    other: ["其他", "Other"],
  }),
  teacher_status: vocab("Teacher status", false, TEACHER_STATUSES, {
    active: ["在职", "Active"],
    retired: ["退休", "Retired"],
    left: ["离职", "Left"],
  }),
  assignment_kind: vocab("School assignment kind", false, ASSIGNMENT_KINDS, {
    primary: ["主岗", "Primary (home post)"],
    secondary: ["兼岗", "Secondary (concurrent post)"],
  }),
  post_type: vocab("Post type", false, POST_TYPES, {
    teaching: ["专任教师岗", "Teaching"],
    management: ["管理岗", "Management"],
    support: ["教辅/工勤岗", "Support"],
  }),
} satisfies Record<string, VocabularySource<string>>;

export type VocabularyName = keyof typeof VOCABULARIES;

export interface Vocabulary {
  name: string;
  description: string;
  ordered: boolean;
  entries: { code: string; rank: number; labels: { "zh-CN": string; en: string } }[];
}

export function vocabulary(name: string): Vocabulary | undefined {
  const source = (VOCABULARIES as Record<string, VocabularySource>)[name];
  if (!source) return undefined;
  return {
    name,
    description: source.description,
    ordered: source.ordered,
    entries: source.codes.map((code, rank) => ({
      code,
      rank,
      labels: { "zh-CN": source.labels[code]![0], en: source.labels[code]![1] },
    })),
  };
}

export function allVocabularies(): Vocabulary[] {
  return Object.keys(VOCABULARIES).map((n) => vocabulary(n)!);
}
