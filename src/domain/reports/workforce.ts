import {
  AGE_BANDS,
  DESIGNATION_LEVELS,
  DUAL_QUALIFICATIONS,
  EDUCATION_LEVELS,
  EMPLOYMENT_CATEGORIES,
  GENDERS,
  LOCATION_CLASSES,
  SCHOOL_STAGES,
  TITLE_LEVELS,
  WORKFORCE_DIMENSIONS,
  type AgeBand,
  type WorkforceDimension,
} from "../vocab.ts";
import { VOCABULARIES, type VocabularyName } from "../vocabularies.ts";
import { rate } from "../training/enrollment.ts";

/**
 * The workforce report (师资队伍结构, domain.md §4 R1/R5/R6/R12): the teachers whose home post on the
 * date is at a school in the jurisdiction, counted by each dimension. Pure: the counts come from one
 * SQL statement (src/db/reports/workforce.ts); this module fixes the rows, their order and labels,
 * the shares and the small-cell suppression.
 */

/** 周岁 bounds of each age band, inclusive; null = open. */
export const AGE_BAND_BOUNDS: Record<AgeBand, [min: number | null, max: number | null]> = {
  age_29_under: [null, 29],
  age_30_34: [30, 34],
  age_35_39: [35, 39],
  age_40_44: [40, 44],
  age_45_49: [45, 49],
  age_50_54: [50, 54],
  age_55_over: [55, null],
};

/** A row code and the vocabulary its labels come from. */
type Entry = { code: string; vocabulary: VocabularyName };
const of = (vocabulary: VocabularyName, codes: readonly string[]): Entry[] => codes.map((code) => ({ code, vocabulary }));

/**
 * Every row of every dimension, in vocabulary order. A teacher with no education record on the date
 * counts as `not_recorded` (last); one with no title as title `none` (未定职级, the vocabulary's own);
 * one with no designation as `none` (first, below the lowest level). School stage counts a teacher once
 * under EACH stage their home school offers (a 九年一贯制 school listed as primary + junior_secondary
 * counts under both), so that dimension can add up to more than the total; every other one adds up to it.
 */
export const WORKFORCE_ROWS: Record<WorkforceDimension, Entry[]> = {
  education_level: [...of("education_level", EDUCATION_LEVELS), ...of("report_placeholder", ["not_recorded"])],
  title_level: of("title_level", TITLE_LEVELS),
  age_band: of("age_band", AGE_BANDS),
  employment_category: of("employment_category", EMPLOYMENT_CATEGORIES),
  school_stage: of("school_stage", SCHOOL_STAGES),
  location_class: of("location_class", LOCATION_CLASSES),
  gender: of("gender", GENDERS),
  dual_qualification: of("dual_qualification", DUAL_QUALIFICATIONS),
  designation_level: [...of("report_placeholder", ["none"]), ...of("designation_level", DESIGNATION_LEVELS)],
};

/** Cells with fewer teachers than this (and more than none) are suppressed for callers without reports.small_cells.read. */
const SMALL_CELL_THRESHOLD = 5;

export type Labels = { "zh-CN": string; en: string };
export interface Cell {
  count: number | null;
  share: number | null;
  suppressed: boolean;
}
interface WorkforceRow extends Cell {
  code: string;
  labels: Labels;
}
export interface WorkforceDimensionResult {
  dimension: WorkforceDimension;
  labels: Labels;
  rows: WorkforceRow[];
}

function labelsOf(vocabulary: VocabularyName, code: string): Labels {
  const source = VOCABULARIES[vocabulary] as { labels: Record<string, [string, string]> };
  const [zh, en] = source.labels[code]!;
  return { "zh-CN": zh, en };
}

function cellOf(count: number, total: number, suppress: boolean): Cell {
  if (suppress && count > 0 && count < SMALL_CELL_THRESHOLD) return { count: null, share: null, suppressed: true };
  return { count, share: rate(count, total), suppressed: false };
}

/**
 * Shape the counts (key `${dimension}:${code}`; missing = 0) into the report: every row of every
 * dimension, shares of the total (four decimals; null when there is nobody), small cells suppressed
 * when `suppress` (the total too, when it is small).
 */
export function workforceReport(counts: ReadonlyMap<string, number>, total: number, suppress: boolean) {
  return {
    total: cellOf(total, total, suppress),
    dimensions: WORKFORCE_DIMENSIONS.map(
      (dimension): WorkforceDimensionResult => ({
        dimension,
        labels: labelsOf("workforce_dimension", dimension),
        rows: WORKFORCE_ROWS[dimension].map((e) => ({
          code: e.code,
          labels: labelsOf(e.vocabulary, e.code),
          ...cellOf(counts.get(`${dimension}:${e.code}`) ?? 0, total, suppress),
        })),
      }),
    ),
  };
}
