import { APPRAISAL_GRADES, TITLE_LEVELS } from "./vocab.ts";

/** A 师德 veto (一票否决) bars a teacher from titles, honours and promotion during its window. */
export interface VetoWindow {
  veto: boolean;
  vetoFrom: string | null;
  vetoTo: string | null;
}

export function vetoActiveOn(records: VetoWindow[], date: string): boolean {
  return vetoOverlapping(records, date, date) !== undefined;
}

/** A veto needs its window; returns [field, problem] pairs. */
export function checkVeto(r: VetoWindow): [string, string][] {
  if (!r.veto) return [];
  const issues: [string, string][] = [];
  if (!r.vetoFrom) issues.push(["vetoFrom", "A veto needs the first day it applies"]);
  if (!r.vetoTo) issues.push(["vetoTo", "A veto needs the last day it applies"]);
  if (r.vetoFrom && r.vetoTo && r.vetoTo < r.vetoFrom) issues.push(["vetoTo", "Must be on or after vetoFrom"]);
  return issues;
}

/** The rule the veto's refusals cite. */
export const VETO_RULE = "domain.md §1.10, §3.3 师德一票否决";

/**
 * What a veto blocks (domain.md §3.3), as the register records it: 职称评聘 is a title obtained by
 * appraisal; 职务晋升 a post appointment above the post held before; 评优树模 / 评优奖励 (honours)
 * are recorded as designations, so a designation covers both; 年度考核 an annual appraisal above
 * VETO_APPRAISAL_CEILING; 教师资格认定 a teacher certificate issued.
 */
export const VETOED_KINDS = ["title_appraisal", "post_promotion", "designation", "annual_appraisal", "teacher_certificate"] as const;
export type VetoedKind = (typeof VETOED_KINDS)[number];

export const VETOED_LABELS: Record<VetoedKind, string> = {
  title_appraisal: "职称评聘 (a title by appraisal)",
  post_promotion: "职务晋升 (a post appointment above the post held)",
  designation: "评优树模 (a designation or honour)",
  annual_appraisal: "年度考核 (an annual appraisal above 不合格)",
  teacher_certificate: "教师资格认定 (a teacher certificate)",
};

/**
 * The highest annual appraisal grade a year under a veto may get: 师德考核不合格者年度考核应评定为不合格
 * (教师〔2014〕10号, outside the policy documents; domain.md §1.10 says verify before encoding).
 */
const VETO_APPRAISAL_CEILING = "incompetent";

/** A teacher's ethics record with a veto, as a refusal names it. */
export interface VetoRecord extends VetoWindow {
  id: string;
}

/** The first veto whose window meets [from, to] (a vetoTo null: open-ended), or undefined. */
export function vetoOverlapping<R extends VetoWindow>(records: R[], from: string, to: string): R | undefined {
  return records
    .filter((r) => r.veto && r.vetoFrom !== null && r.vetoFrom <= to && (r.vetoTo === null || from <= r.vetoTo))
    .sort((a, b) => (a.vetoFrom! < b.vetoFrom! ? -1 : a.vetoFrom! > b.vetoFrom! ? 1 : 0))[0];
}

/** The day or days a write of `kind` is judged on: the record's start, or an appraisal's whole year. */
export function vetoedSpan(kind: VetoedKind, start: string): { from: string; to: string } {
  if (kind === "annual_appraisal") return { from: `${start.slice(0, 4)}-01-01`, to: `${start.slice(0, 4)}-12-31` };
  return { from: start, to: start };
}

const rank = <T extends string>(list: readonly T[], v: T | null | undefined) => (v ? list.indexOf(v) : -1);

/** Which blocked kind a record's columns are, if any (null: the veto does not touch it). */
export const vetoedKindOf = {
  titles: (r: { obtainedBy?: string | null }): VetoedKind | null =>
    (r.obtainedBy ?? "appraisal") === "appraisal" ? "title_appraisal" : null,
  /** `heldBefore`: the post level the teacher held the day before (null: none), so only a promotion is blocked. */
  postAppointments: (
    r: { postLevel: (typeof TITLE_LEVELS)[number] },
    heldBefore: (typeof TITLE_LEVELS)[number] | null,
  ): VetoedKind | null => (rank(TITLE_LEVELS, r.postLevel) > rank(TITLE_LEVELS, heldBefore) ? "post_promotion" : null),
  designations: (r: { status?: string | null }): VetoedKind | null => (r.status === "revoked" ? null : "designation"),
  annualAppraisals: (r: { grade: (typeof APPRAISAL_GRADES)[number] }): VetoedKind | null =>
    rank(APPRAISAL_GRADES, r.grade) < rank(APPRAISAL_GRADES, VETO_APPRAISAL_CEILING) ? "annual_appraisal" : null,
  credentials: (r: { kind: string }): VetoedKind | null => (r.kind === "teacher_certificate" ? "teacher_certificate" : null),
};

/** Why a write is blocked: the veto that applies, for a problem or an eligibility answer. */
export function vetoReason(kind: VetoedKind, veto: VetoRecord): string {
  const until = veto.vetoTo ?? "open";
  return `${VETOED_LABELS[kind]} is blocked by the ethics veto of record ${veto.id} (${veto.vetoFrom} – ${until}) under ${VETO_RULE}`;
}

/** Whether the teacher may receive `kind` on `date` as far as ethics goes, and why (the veto that applies, if any). */
export interface Eligibility {
  kind: VetoedKind;
  eligible: boolean;
  veto: VetoRecord | null;
  reason: string;
}

export function eligibilityOn(records: VetoRecord[], kind: VetoedKind, date: string): Eligibility {
  const span = vetoedSpan(kind, date);
  const veto = vetoOverlapping(records, span.from, span.to) ?? null;
  if (veto) return { kind, eligible: false, veto, reason: vetoReason(kind, veto) };
  const when = kind === "annual_appraisal" ? `in ${date.slice(0, 4)}` : `on ${date}`;
  return { kind, eligible: true, veto: null, reason: `No ethics veto applies ${when} (${VETO_RULE})` };
}
