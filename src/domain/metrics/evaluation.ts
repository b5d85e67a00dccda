import { isShare, type Metric } from "./definition.ts";
import { daysToDeadline, gapInMembers, judge, percent, round, SMALL_CELL, unitOf, type Comparator, type TargetUnit } from "./targets.ts";

/** The aggregate numbers of one cell, as the database computed them: the total, or a school or child jurisdiction. */
export interface CellFigures {
  unitType: "total" | "school" | "jurisdiction";
  unitId: string | null;
  unitName: string | null;
  numerator: number | null;
  denominator: number | null;
  /** People (or, for training rates, enrolments; for coverage, schools) the cell is about: what small-cell suppression looks at. */
  population: number;
  /** The mean, for averages (other kinds derive their value from numerator and denominator). */
  mean: number | null;
  /** Coverage by subject flag: the flags a school lacks. */
  missing: string[] | null;
}

export interface TargetTerms {
  comparator: Comparator;
  value: number;
  tolerance: number | null;
  deadline: string | null;
}

export interface EvaluatedCell {
  unitType: CellFigures["unitType"];
  unitId: string | null;
  unitName: string | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  population: number | null;
  met: boolean | null;
  gap: number | null;
  missingSubjectFlags: string[] | null;
  suppressed: boolean;
}

/** The value of a cell in the metric's unit: a percentage for shares, the mean for averages, the count otherwise. */
function cellValue(m: Metric, c: Pick<CellFigures, "numerator" | "denominator" | "mean">): number | null {
  if (m.kind === "average") return c.mean === null ? null : round(c.mean, 4);
  if (isShare(m)) return c.numerator === null || c.denominator === null ? null : percent(c.numerator, c.denominator);
  return c.numerator;
}

/** Shape a cell: its value and whether it meets the target (suppression: withheldBreakdown). */
export function evaluateCell(m: Metric, c: CellFigures, terms: TargetTerms | null): EvaluatedCell {
  const value = cellValue(m, c);
  const j = terms ? judge(value, terms.comparator, terms.value, terms.tolerance ?? 0) : null;
  const cell: EvaluatedCell = {
    unitType: c.unitType,
    unitId: c.unitId,
    unitName: c.unitName,
    numerator: c.numerator,
    denominator: c.denominator,
    value,
    population: c.population,
    met: j?.met ?? null,
    gap: j?.gap ?? null,
    missingSubjectFlags: c.missing,
    suppressed: false,
  };
  return cell;
}

/** True when a cell's figures are withheld from an aggregate-only reader: it is about 1–4 people. */
function isSmallCell(population: number | null): boolean {
  return population !== null && population > 0 && population < SMALL_CELL;
}

const blank = <C extends EvaluatedCell>(cell: C): C => ({
  ...cell,
  numerator: null,
  denominator: null,
  value: null,
  population: null,
  met: null,
  gap: null,
  missingSubjectFlags: null,
  suppressed: true,
});

/**
 * A breakdown as an aggregate-only reader sees it: small cells without figures, and — when that
 * leaves exactly one cell withheld — the next smallest non-empty cell too, since the total minus the
 * visible cells would otherwise give the withheld one away (complementary suppression).
 */
export function withheldBreakdown<C extends EvaluatedCell>(cells: C[]): C[] {
  const out = cells.map((c) => (c.suppressed || isSmallCell(c.population) ? blank(c) : c));
  if (out.filter((c) => c.suppressed).length !== 1) return out;
  const next = out
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !c.suppressed && (c.population ?? 0) > 0)
    .sort((a, b) => a.c.population! - b.c.population!)[0];
  if (next) out[next.i] = blank(next.c);
  return out;
}

export interface EvaluationSummary {
  unit: TargetUnit;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  population: number | null;
  target: (TargetTerms & { met: boolean | null; gap: number | null; gapMembers: number | null; daysToDeadline: number | null }) | null;
}

/**
 * The headline of an evaluation. For an aggregate-only reader a total about 1–4 people is withheld
 * too: an ad-hoc filter can narrow a population to one person, and the headline would then describe them.
 */
export function summarise(
  m: Metric,
  total: CellFigures,
  terms: TargetTerms | null,
  asOf: string,
  suppress = false,
): EvaluationSummary & { suppressed: boolean } {
  const value = cellValue(m, total);
  const j = terms ? judge(value, terms.comparator, terms.value, terms.tolerance ?? 0) : null;
  const head = {
    unit: unitOf(m),
    numerator: total.numerator,
    denominator: total.denominator,
    value,
    population: total.population,
    target: terms
      ? {
          ...terms,
          met: j?.met ?? null,
          gap: j?.gap ?? null,
          gapMembers: isShare(m) ? gapInMembers(total.numerator, total.denominator, terms.comparator, terms.value) : null,
          daysToDeadline: daysToDeadline(asOf, terms.deadline),
        }
      : null,
    suppressed: false,
  };
  return suppress ? withheldHeadline(head) : head;
}

type Headline = Pick<EvaluationSummary, "numerator" | "denominator" | "value" | "population" | "target"> & { suppressed: boolean };

/** A headline as an aggregate-only reader sees it: about 1–4 people, no figures (the deadline stays). */
function withheldHeadline<H extends Headline>(h: H): H {
  if (h.suppressed || !isSmallCell(h.population)) return h;
  return {
    ...h,
    numerator: null,
    denominator: null,
    value: null,
    population: null,
    suppressed: true,
    target: h.target && { ...h.target, met: null, gap: null, gapMembers: null },
  };
}

/** A whole evaluation (e.g. a stored snapshot) as an aggregate-only reader sees it. */
export function withheldEvaluation<E extends Headline & { breakdown: EvaluatedCell[] }>(e: E): E {
  return { ...withheldHeadline(e), breakdown: withheldBreakdown(e.breakdown) };
}
