import { appraisalOfYear } from "../../db/teacher-records/appraisals.ts";
import { checkDesignation } from "../../domain/designations.ts";
import { Conflict, RuleViolation } from "../../domain/errors.ts";
import { checkVeto } from "../../domain/ethics.ts";
import { requireAssignableSchool } from "./assignable-school.ts";
import type { WriteContext } from "./definition.ts";
import { enforceExclusive } from "./exclusive.ts";

/**
 * Each sub-record's rule, run inside its write (src/services/teacher-records/write.ts) as the
 * definition's `beforeWrite`.
 */

/** At most one primary (home) assignment holds at a time. */
export async function assignmentRules(ctx: WriteContext<"assignments">): Promise<void> {
  const { current, next } = ctx;
  if (!current || next.schoolId !== current.schoolId) await requireAssignableSchool(ctx.tx, ctx.actor, next.schoolId);
  if (next.kind === "primary") await enforceExclusive(ctx, "assignments", "Primary assignment", { sameKind: { kind: "primary" } });
}

export const titleRules = (ctx: WriteContext<"titles">) => enforceExclusive(ctx, "titles", "Title", { pointer: "/obtainedOn" });

export const postAppointmentRules = (ctx: WriteContext<"postAppointments">) =>
  enforceExclusive(ctx, "postAppointments", "Post appointment", { pointer: "/appointedOn" });

/** The same subject at the same stage cannot overlap itself. */
export function subjectRules(ctx: WriteContext<"subjects">): Promise<void> {
  // No stage is its own kind and matches only rows without one (`stage = NULL` never matches). On
  // create an omitted stage is undefined here, not null, so both become IS NULL.
  return enforceExclusive(ctx, "subjects", "Subject", { sameKind: { subject: ctx.next.subject, stage: ctx.next.stage ?? null } });
}

export async function designationRules({ next }: WriteContext<"designations">): Promise<void> {
  const issues = checkDesignation({
    type: next.type,
    typeName: next.typeName ?? null,
    status: next.status ?? "active",
    awardedOn: next.validFrom,
    validUntil: next.validTo ?? null,
  });
  refuse("The designation is incomplete", issues);
}

export async function ethicsRules({ next }: WriteContext<"ethicsRecords">): Promise<void> {
  refuse("The veto needs its window", checkVeto(next));
}

/** A domain check's [field, detail] pairs, if any, as one refusal pointed at each field. */
function refuse(detail: string, issues: [string, string][]): void {
  if (issues.length) throw new RuleViolation(detail, issues.map(([field, d]) => ({ pointer: `/${field}`, detail: d })));
}

/** One appraisal per teacher and year. */
export async function appraisalRules({ tx, teacherId, current, next }: WriteContext<"annualAppraisals">): Promise<void> {
  if (current && current.year === next.year) return;
  // The unique index (teacher, year) is the guarantee; this lookup only names the field and the record.
  const taken = await appraisalOfYear(tx, teacherId, next.year, next.id);
  if (taken) {
    throw new Conflict(`The ${next.year} appraisal is already recorded as ${taken}; correct that one`, [
      { pointer: "/year", detail: `One appraisal per year; ${next.year} is taken` },
    ]);
  }
}
