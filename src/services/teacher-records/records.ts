import { appraisalOfYear } from "../../db/teacher-records/appraisals.ts";
import { checkDesignation } from "../../domain/designations.ts";
import { Conflict, RuleViolation } from "../../domain/errors.ts";
import { checkVeto } from "../../domain/ethics.ts";
import { requireAssignableSchool } from "./assignable-school.ts";
import type { RecordRules } from "./definition.ts";
import { enforceExclusive } from "./exclusive.ts";

/**
 * Each teacher sub-record as the generic writes (write.ts) know it: its table, its names, the API
 * names of its dates, and its rule. The route modules under src/routes/teachers/ mount these; the CLI
 * and tests pass them to createRecord / correctRecord / endRecord directly.
 */

const DATES = { from: "validFrom", to: "validTo" };

/** At most one primary (home) assignment holds at a time; the school must lie in the actor's scope. */
export const assignmentRecord: RecordRules<"assignments"> = {
  kind: "assignments",
  noun: "Assignment",
  singular: "TeacherAssignment",
  fields: DATES,
  async beforeWrite(ctx) {
    const { current, next } = ctx;
    if (!current || next.schoolId !== current.schoolId) await requireAssignableSchool(ctx.tx, ctx.actor, next.schoolId);
    if (next.kind === "primary") await enforceExclusive(ctx, "assignments", "Primary assignment", { sameKind: { kind: "primary" } });
  },
};

export const titleRecord: RecordRules<"titles"> = {
  kind: "titles",
  noun: "Title",
  singular: "TeacherTitle",
  fields: { from: "obtainedOn", to: "validTo" },
  beforeWrite: (ctx) => enforceExclusive(ctx, "titles", "Title", { pointer: "/obtainedOn" }),
};

export const postAppointmentRecord: RecordRules<"postAppointments"> = {
  kind: "postAppointments",
  noun: "Post appointment",
  singular: "TeacherPostAppointment",
  fields: { from: "appointedOn", to: "validTo" },
  beforeWrite: (ctx) => enforceExclusive(ctx, "postAppointments", "Post appointment", { pointer: "/appointedOn" }),
};

export const educationRecord: RecordRules<"education"> = {
  kind: "education",
  noun: "Education",
  singular: "TeacherEducation",
  fields: { from: "completedOn", to: "validTo" },
};

export const graduateCourseworkRecord: RecordRules<"graduateCoursework"> = {
  kind: "graduateCoursework",
  noun: "Graduate coursework",
  singular: "TeacherGraduateCoursework",
  fields: { from: "completedOn", to: "validTo" },
};

/** The same subject at the same stage cannot overlap itself. */
export const subjectRecord: RecordRules<"subjects"> = {
  kind: "subjects",
  noun: "Subject",
  singular: "TeacherSubject",
  fields: DATES,
  // No stage is its own kind and matches only rows without one (`stage = NULL` never matches). On
  // create an omitted stage is undefined here, not null, so both become IS NULL.
  beforeWrite: (ctx) =>
    enforceExclusive(ctx, "subjects", "Subject", { sameKind: { subject: ctx.next.subject, stage: ctx.next.stage ?? null } }),
};

export const credentialRecord: RecordRules<"credentials"> = {
  kind: "credentials",
  noun: "Credential",
  singular: "TeacherCredential",
  fields: { from: "issuedOn", to: "expiresOn" },
};

export const designationRecord: RecordRules<"designations"> = {
  kind: "designations",
  noun: "Designation",
  singular: "TeacherDesignation",
  fields: { from: "awardedOn", to: "validUntil" },
  async beforeWrite({ next }) {
    const issues = checkDesignation({
      type: next.type,
      typeName: next.typeName ?? null,
      status: next.status ?? "active",
      awardedOn: next.validFrom,
      validUntil: next.validTo ?? null,
    });
    refuse("The designation is incomplete", issues);
  },
};

export const ethicsRecord: RecordRules<"ethicsRecords"> = {
  kind: "ethicsRecords",
  noun: "Ethics record",
  singular: "TeacherEthicsRecord",
  fields: { from: "periodStart", to: "periodEnd" },
  async beforeWrite({ next }) {
    refuse("The veto needs its window", checkVeto(next));
  },
};

/** One appraisal per teacher and year. */
export const annualAppraisalRecord: RecordRules<"annualAppraisals"> = {
  kind: "annualAppraisals",
  noun: "Annual appraisal",
  singular: "TeacherAnnualAppraisal",
  fields: DATES,
  async beforeWrite({ tx, teacherId, current, next }) {
    if (current && current.year === next.year) return;
    // The unique index (teacher, year) is the guarantee; this lookup only names the field and the record.
    const taken = await appraisalOfYear(tx, teacherId, next.year, next.id);
    if (taken) {
      throw new Conflict(`The ${next.year} appraisal is already recorded as ${taken}; correct that one`, [
        { pointer: "/year", detail: `One appraisal per year; ${next.year} is taken` },
      ]);
    }
  },
};

/** A domain check's [field, detail] pairs, if any, as one refusal pointed at each field. */
function refuse(detail: string, issues: [string, string][]): void {
  if (issues.length)
    throw new RuleViolation(
      detail,
      issues.map(([field, d]) => ({ pointer: `/${field}`, detail: d })),
    );
}
