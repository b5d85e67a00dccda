import { checkDesignation } from "../../domain/designations.ts";
import { Conflict, RuleViolation } from "../../domain/errors.ts";
import { appraisalOfYear } from "../../db/teacher-records/appraisals.ts";
import { postLevelOn } from "../../db/teacher-records/ethics.ts";
import { dayBefore } from "../../domain/dates.ts";
import { checkVeto, vetoedKindOf } from "../../domain/ethics.ts";
import { requireAssignableSchool, requireNoTransfer, requireOwnAssignment } from "./assignable-school.ts";
import type { RecordRules } from "./definition.ts";
import { enforceVeto } from "./ethics-veto.ts";
import { enforceExclusive } from "./exclusive.ts";

/**
 * Each teacher sub-record as the generic writes (write.ts) know it: its table, its names, the API
 * names of its dates, and its rule. The route modules under src/routes/teachers/ mount these; the CLI
 * and tests pass them to createRecord / correctRecord / endRecord directly.
 */

const DATES = { from: "validFrom", to: "validTo" };

/**
 * At most one primary (home) assignment holds at a time. The school it names, the one it is at (to
 * change or end it) and the school of a predecessor it would end must all lie in the actor's scope.
 */
export const assignmentRecord: RecordRules<"assignments"> = {
  kind: "assignments",
  noun: "Assignment",
  singular: "TeacherAssignment",
  fields: DATES,
  async beforeWrite(ctx) {
    const { current, next, tx, actor } = ctx;
    if (current) await requireOwnAssignment(tx, actor, current.id);
    if (!current || next.schoolId !== current.schoolId) await requireAssignableSchool(tx, actor, next.schoolId);
    if (next.kind === "primary")
      await enforceExclusive(ctx, "assignments", "Primary assignment", {
        entity: "TeacherAssignment",
        sameKind: { kind: "primary" },
        mayClose: (id) => requireNoTransfer(tx, actor, id),
      });
  },
};

/** One title at a time; a title by appraisal (职称评聘) is what an ethics veto blocks. */
export const titleRecord: RecordRules<"titles"> = {
  kind: "titles",
  noun: "Title",
  singular: "TeacherTitle",
  fields: { from: "obtainedOn", to: "validTo" },
  async beforeWrite(ctx) {
    await enforceVeto(ctx, "TeacherTitle", {
      kindOf: (_, r) => vetoedKindOf.titles(r),
      decidedBy: ["validFrom", "obtainedBy"],
      pointer: "/obtainedOn",
    });
    await enforceExclusive(ctx, "titles", "Title", { entity: "TeacherTitle", pointer: "/obtainedOn" });
  },
};

/** One post at a time; an appointment above the post held the day before (职务晋升) is what a veto blocks. */
export const postAppointmentRecord: RecordRules<"postAppointments"> = {
  kind: "postAppointments",
  noun: "Post appointment",
  singular: "TeacherPostAppointment",
  fields: { from: "appointedOn", to: "validTo" },
  async beforeWrite(ctx) {
    await enforceVeto(ctx, "TeacherPostAppointment", {
      kindOf: async ({ tx, teacherId }, r) =>
        vetoedKindOf.postAppointments(r, await postLevelOn(tx, teacherId, dayBefore(r.validFrom), r.id)),
      decidedBy: ["validFrom", "postLevel"],
      pointer: "/postLevel",
    });
    await enforceExclusive(ctx, "postAppointments", "Post appointment", { entity: "TeacherPostAppointment", pointer: "/appointedOn" });
  },
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
    enforceExclusive(ctx, "subjects", "Subject", {
      entity: "TeacherSubject",
      sameKind: { subject: ctx.next.subject, stage: ctx.next.stage ?? null },
    }),
};

/** A teacher certificate issued under an ethics veto (教师资格认定) is blocked. */
export const credentialRecord: RecordRules<"credentials"> = {
  kind: "credentials",
  noun: "Credential",
  singular: "TeacherCredential",
  fields: { from: "issuedOn", to: "expiresOn" },
  beforeWrite: (ctx) =>
    enforceVeto(ctx, "TeacherCredential", {
      kindOf: (_, r) => vetoedKindOf.credentials(r),
      decidedBy: ["validFrom", "kind"],
      pointer: "/issuedOn",
    }),
};

export const designationRecord: RecordRules<"designations"> = {
  kind: "designations",
  noun: "Designation",
  singular: "TeacherDesignation",
  fields: { from: "awardedOn", to: "validUntil" },
  async beforeWrite(ctx) {
    const { next } = ctx;
    const issues = checkDesignation({
      type: next.type,
      typeName: next.typeName ?? null,
      status: next.status ?? "active",
      awardedOn: next.validFrom,
      validUntil: next.validTo ?? null,
    });
    refuse("The designation is incomplete", issues);
    // 评优树模: honours are recorded as designations, so this covers both.
    await enforceVeto(ctx, "TeacherDesignation", {
      kindOf: (_, r) => vetoedKindOf.designations(r),
      decidedBy: ["validFrom", "status", "type", "level"],
      pointer: "/awardedOn",
    });
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

/** One appraisal per teacher and year; in a year an ethics veto meets, no grade above 不合格. */
export const annualAppraisalRecord: RecordRules<"annualAppraisals"> = {
  kind: "annualAppraisals",
  noun: "Annual appraisal",
  singular: "TeacherAnnualAppraisal",
  fields: DATES,
  async beforeWrite(ctx) {
    const { tx, teacherId, current, next } = ctx;
    await enforceVeto(ctx, "TeacherAnnualAppraisal", {
      kindOf: (_, r) => vetoedKindOf.annualAppraisals(r),
      decidedBy: ["year", "grade"],
      pointer: "/grade",
    });
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
