import { describe, expect, it } from "vitest";
import { can, type Permission } from "../../src/auth/policy.ts";
import { ROLES, type Role } from "../../src/domain/vocab.ts";
import { buildOpenApiDocument } from "../../src/lib/openapi.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher, uniqueCode } from "../support/factories.ts";
import { client, type Client } from "../support/http.ts";

/**
 * The access matrix, generated from the OpenAPI document: every operation × every role × the
 * principal bound at the record's own org, an ancestor, a descendant and a sibling. Expected
 * outcomes come from the policy table (403 when the role lacks the permission) and the org relation
 * (404 for a record outside the subtree, absent from lists, 422 for a write that references it).
 * An operation without a declared permission, or without a sample request below, fails the suite.
 */
const ctx = useTestApp();
const root = () => client(ctx);

/** inherited: attached at county A and seen at, above and below it (training rules, programmes offered down the tree). */
type Target = "none" | "jurisdiction" | "school" | "teacher" | "client" | "inherited";
type Mode = "one" | "list" | "create";
interface Sample {
  path: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  target: Target;
  mode: Mode;
  /** For lists: the id that must appear exactly when the target is visible. */
  expectId?: string;
}

interface World {
  C: string;
  A: string;
  B: string;
  T: string;
  SA: string;
  SB: string;
  tA: string;
  tB: string;
  clientA: string;
  /** One record of each sub-record kind for tA, by segment. */
  records: Record<string, string>;
}

/** Principal positions relative to the target org (county A, school SA in A, teacher tA at SA). */
type Position = {
  name: string;
  binding: { jurisdictionId?: string; schoolId?: string; teacherId?: string } | undefined;
  sees: Record<Exclude<Target, "none">, boolean>;
};

let syncBatchId: string | undefined;
async function syncBatchAtSA(w: World): Promise<string> {
  if (!syncBatchId) {
    const res = await client(ctx).post(
      "/v1/sync/batches",
      { schoolId: w.SA, mode: "dry_run", scope: "delta", records: {} },
      { "idempotency-key": uniqueCode("K") },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    syncBatchId = res.body.id as string;
  }
  return syncBatchId;
}

function positionsFor(role: Role, w: World): Position[] {
  const all = { jurisdiction: true, school: true, teacher: true, client: true, inherited: true };
  if (role === "teacher") {
    return [
      {
        name: "own teacher",
        binding: { teacherId: w.tA },
        sees: { jurisdiction: false, school: false, teacher: true, client: false, inherited: false },
      },
      {
        name: "other teacher",
        binding: { teacherId: w.tB },
        sees: { jurisdiction: false, school: false, teacher: false, client: false, inherited: false },
      },
    ];
  }
  if (role === "school_sync") {
    return [
      {
        name: "own school (descendant of A)",
        binding: { schoolId: w.SA },
        sees: { jurisdiction: false, school: true, teacher: true, client: false, inherited: true },
      },
      {
        name: "sibling school",
        binding: { schoolId: w.SB },
        sees: { jurisdiction: false, school: false, teacher: false, client: false, inherited: false },
      },
    ];
  }
  const none = { jurisdiction: false, school: false, teacher: false, client: false, inherited: false };
  return [
    { name: "ancestor (city)", binding: { jurisdictionId: w.C }, sees: all },
    { name: "own (county A)", binding: { jurisdictionId: w.A }, sees: all },
    { name: "descendant (township under A)", binding: { jurisdictionId: w.T }, sees: { ...none, inherited: true } },
    { name: "sibling (county B)", binding: { jurisdictionId: w.B }, sees: none },
  ];
}

async function freshTeacherAtSA(w: World) {
  return makeTeacher(root(), { schoolId: w.SA, hireDate: "2015-09-01" });
}

let reclassifications = 0;
const SAMPLES: Record<string, (w: World) => Promise<Sample>> = {
  getMe: async () => ({ path: "/v1/me", target: "none", mode: "one" }),
  listVocabularies: async () => ({ path: "/v1/vocabularies", target: "none", mode: "one" }),
  getVocabulary: async () => ({ path: "/v1/vocabularies/gender", target: "none", mode: "one" }),
  listJurisdictions: async (w) => ({
    path: `/v1/jurisdictions?subtreeOf=${w.C}&limit=200`,
    target: "jurisdiction",
    mode: "list",
    expectId: w.A,
  }),
  getJurisdiction: async (w) => ({ path: `/v1/jurisdictions/${w.A}`, target: "jurisdiction", mode: "one" }),
  createJurisdiction: async (w) => ({
    path: "/v1/jurisdictions",
    method: "POST",
    body: { code: uniqueCode("J"), name: "镇", level: "township", parentId: w.A },
    target: "jurisdiction",
    mode: "create",
  }),
  updateJurisdiction: async (w) => ({
    path: `/v1/jurisdictions/${w.A}`,
    method: "PATCH",
    body: { name: "A县" },
    target: "jurisdiction",
    mode: "one",
  }),
  listSchools: async (w) => ({ path: `/v1/schools?jurisdictionId=${w.C}&limit=200`, target: "school", mode: "list", expectId: w.SA }),
  getSchool: async (w) => ({ path: `/v1/schools/${w.SA}`, target: "school", mode: "one" }),
  createSchool: async (w) => ({
    path: "/v1/schools",
    method: "POST",
    body: { code: uniqueCode("S"), name: "新校", jurisdictionId: w.A, stages: ["primary"], ownership: "public", locationClass: "rural" },
    target: "jurisdiction",
    mode: "create",
  }),
  updateSchool: async (w) => ({ path: `/v1/schools/${w.SA}`, method: "PATCH", body: { name: "A县学校" }, target: "school", mode: "one" }),
  listSchoolClassifications: async (w) => ({ path: `/v1/schools/${w.SA}/classifications`, target: "school", mode: "one" }),
  createSchoolClassification: async (w) => ({
    path: `/v1/schools/${w.SA}/classifications`,
    method: "POST",
    // Each accepted one starts a day after the last, so every call is a valid reclassification.
    body: { validFrom: new Date(Date.UTC(2030, 0, 1 + reclassifications++)).toISOString().slice(0, 10), weak: reclassifications % 2 === 0 },
    target: "school",
    mode: "one", // the school is in the path: outside the scope it is 404, not a 422 reference
  }),
  updateSchoolClassification: async (w) => {
    const history = (await root().get(`/v1/schools/${w.SA}/classifications`)).body.items as { id: string }[];
    return {
      path: `/v1/schools/${w.SA}/classifications/${history[history.length - 1]!.id}`,
      method: "PATCH",
      body: { staffingQuota: 40 },
      target: "school",
      mode: "one",
    };
  },
  listTeachers: async (w) => ({ path: `/v1/teachers?jurisdictionId=${w.C}&limit=200`, target: "teacher", mode: "list", expectId: w.tA }),
  getTeacher: async (w) => ({ path: `/v1/teachers/${w.tA}`, target: "teacher", mode: "one" }),
  createTeacher: async (w) => ({
    path: "/v1/teachers",
    method: "POST",
    body: { name: "新", gender: "male", birthDate: "1990-01-01", employmentCategory: "contract", schoolId: w.SA },
    target: "school",
    mode: "create",
  }),
  updateTeacher: async (w) => ({
    path: `/v1/teachers/${w.tA}`,
    method: "PATCH",
    body: { staffNumber: "M-1" },
    target: "teacher",
    mode: "one",
  }),
  endTeacher: async (w) => ({
    path: `/v1/teachers/${(await freshTeacherAtSA(w)).id}/end`,
    method: "POST",
    body: { status: "left", endedOn: "2025-01-31" },
    target: "teacher",
    mode: "one",
  }),
  listTeacherEmployment: async (w) => ({ path: `/v1/teachers/${w.tA}/employment`, target: "teacher", mode: "one" }),
  changeTeacherEmployment: async (w) => ({
    path: `/v1/teachers/${(await freshTeacherAtSA(w)).id}/employment`,
    method: "POST",
    body: { validFrom: "2024-09-01", employmentCategory: "contract", reason: "改聘" },
    target: "teacher",
    mode: "one",
  }),
  correctTeacherEmploymentPeriod: async (w) => {
    const t = await freshTeacherAtSA(w);
    const periods = await root().get(`/v1/teachers/${t.id}/employment`);
    return {
      path: `/v1/teachers/${t.id}/employment/${periods.body.items[0].id}`,
      method: "PATCH",
      body: { reason: "更正" },
      target: "teacher",
      mode: "one",
    };
  },
  reinstateTeacher: async (w) => {
    const t = await freshTeacherAtSA(w);
    const ended = await root().post(`/v1/teachers/${t.id}/end`, { status: "left", endedOn: "2025-01-31" });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    return { path: `/v1/teachers/${t.id}/reinstate`, method: "POST", body: { on: "2025-09-01" }, target: "teacher", mode: "one" };
  },
  getTeacherNationalId: async (w) => ({ path: `/v1/teachers/${w.tA}/national-id`, target: "teacher", mode: "one" }),
  listTeacherHistory: async (w) => ({ path: `/v1/teachers/${w.tA}/history`, target: "teacher", mode: "one" }),
  getTeacherEligibility: async (w) => ({ path: `/v1/teachers/${w.tA}/eligibility?asOf=2025-06-01`, target: "teacher", mode: "one" }),
  listClients: async (w) => ({ path: `/v1/clients?role=reporter&limit=200`, target: "client", mode: "list", expectId: w.clientA }),
  getClient: async (w) => ({ path: `/v1/clients/${w.clientA}`, target: "client", mode: "one" }),
  createClient: async (w) => ({
    path: "/v1/clients",
    method: "POST",
    body: { name: "x", role: "reporter", jurisdictionId: w.A },
    target: "jurisdiction",
    mode: "create",
  }),
  updateClient: async (w) => ({
    path: `/v1/clients/${w.clientA}`,
    method: "PATCH",
    body: { name: "A 报表" },
    target: "client",
    mode: "one",
  }),
  rotateClientSecret: async (w) => ({ path: `/v1/clients/${w.clientA}/secret`, method: "POST", target: "client", mode: "one" }),
  listAuditEvents: async (w) => ({ path: `/v1/audit-events?entityId=${w.tA}&entity=Teacher`, target: "teacher", mode: "list" }),
};

/**
 * Teacher sub-records: every module gets the same five operations from defineTeacherRecord, so one
 * create and one update body per module generate their samples. Writes that could collide with the
 * one-at-a-time rules run on a fresh teacher.
 */
const RECORDS: Record<
  string,
  { singular: string; plural: string; create: (w: World) => Record<string, unknown>; update: Record<string, unknown> }
> = {
  assignments: {
    singular: "TeacherAssignment",
    plural: "TeacherAssignments",
    create: (w) => ({ schoolId: w.SA, kind: "secondary", validFrom: "2024-09-01" }),
    update: { postType: "teaching" },
  },
  titles: {
    singular: "TeacherTitle",
    plural: "TeacherTitles",
    create: () => ({ level: "first_grade", obtainedOn: "2018-12-01" }),
    update: { certificateNumber: "Z-1" },
  },
  "post-appointments": {
    singular: "TeacherPostAppointment",
    plural: "TeacherPostAppointments",
    create: () => ({ postLevel: "first_grade", appointedOn: "2019-01-01" }),
    update: { grade: 9 },
  },
  education: {
    singular: "TeacherEducation",
    plural: "TeacherEducationRecords",
    create: () => ({ level: "bachelor", institution: "师范大学", completedOn: "2008-07-01" }),
    update: { major: "数学" },
  },
  "graduate-coursework": {
    singular: "TeacherGraduateCoursework",
    plural: "TeacherGraduateCourseworkRecords",
    create: () => ({ institution: "师范大学", program: "课程班", completedOn: "2016-07-01" }),
    update: { credits: 20 },
  },
  subjects: {
    singular: "TeacherSubject",
    plural: "TeacherSubjects",
    create: () => ({ subject: "music", validFrom: "2020-09-01" }),
    update: { isMain: false },
  },
  credentials: {
    singular: "TeacherCredential",
    plural: "TeacherCredentials",
    create: () => ({ kind: "teacher_certificate", issuedOn: "2010-07-01" }),
    update: { issuer: "市教育局" },
  },
  designations: {
    singular: "TeacherDesignation",
    plural: "TeacherDesignations",
    create: () => ({ type: "backbone", level: "county", awardedOn: "2021-09-10" }),
    update: { batch: "第三批" },
  },
  "ethics-records": {
    singular: "TeacherEthicsRecord",
    plural: "TeacherEthicsRecords",
    create: () => ({ periodStart: "2023-01-01", periodEnd: "2023-12-31", result: "qualified" }),
    update: { result: "excellent" },
  },
  "annual-appraisals": {
    singular: "TeacherAnnualAppraisal",
    plural: "TeacherAnnualAppraisals",
    create: () => ({ year: 2023, grade: "competent" }),
    update: { grade: "excellent" },
  },
};

for (const [segment, r] of Object.entries(RECORDS)) {
  const fresh = async (w: World) => {
    const t = await freshTeacherAtSA(w);
    const rec = await root().post(`/v1/teachers/${t.id}/${segment}`, r.create(w));
    expect(rec.status, `${segment} fixture: ${JSON.stringify(rec.body)}`).toBe(201);
    return { teacherId: t.id, recordId: rec.body.id as string };
  };
  SAMPLES[`list${r.plural}`] = async (w) => ({ path: `/v1/teachers/${w.tA}/${segment}`, target: "teacher", mode: "one" });
  SAMPLES[`get${r.singular}`] = async (w) => ({
    path: `/v1/teachers/${w.tA}/${segment}/${w.records[segment]}`,
    target: "teacher",
    mode: "one",
  });
  SAMPLES[`create${r.singular}`] = async (w) => ({
    path: `/v1/teachers/${(await freshTeacherAtSA(w)).id}/${segment}`,
    method: "POST",
    body: r.create(w),
    target: "teacher",
    mode: "one",
  });
  SAMPLES[`update${r.singular}`] = async (w) => ({
    path: `/v1/teachers/${w.tA}/${segment}/${w.records[segment]}`,
    method: "PATCH",
    body: r.update,
    target: "teacher",
    mode: "one",
  });
  SAMPLES[`end${r.singular}`] = async (w) => {
    const f = await fresh(w);
    return {
      path: `/v1/teachers/${f.teacherId}/${segment}/${f.recordId}/end`,
      method: "POST",
      body: { endedOn: "2026-12-31" },
      target: "teacher",
      mode: "one",
    };
  };
}

SAMPLES.listTeacherCredentialEvents = async (w) => ({
  path: `/v1/teachers/${w.tA}/credentials/${w.records.credentials}/events`,
  target: "teacher",
  mode: "one",
});
SAMPLES.createTeacherCredentialEvent = async (w) => ({
  path: `/v1/teachers/${w.tA}/credentials/${w.records.credentials}/events`,
  method: "POST",
  body: { status: "active", effectiveOn: "2015-01-01" },
  target: "teacher",
  mode: "one",
});

/**
 * Training (issue 5). Fixtures made once per world: programme PA owned by county A (offered down its
 * subtree, no enrolments), PS owned by school SA (nobody enrolled), P2 owned by SA with tA enrolled,
 * a rule version at A, a future one at township T, and a claim of tA.
 */
const trainingFixtures = new WeakMap<
  World,
  Promise<{ PA: string; PS: string; P2: string; E: string; ruleA: string; ruleT: string; record: string }>
>();
function training(w: World) {
  let f = trainingFixtures.get(w);
  if (!f) {
    const api = root();
    const program = async (owner: Record<string, string>) =>
      (
        await api.post("/v1/training-programs", {
          code: uniqueCode("P"),
          title: "培训",
          level: "county",
          mode: "online",
          category: "ict",
          creditedHours: 10,
          startDate: "2025-01-01",
          endDate: "2099-12-31",
          ...owner,
        })
      ).body.id as string;
    f = (async () => {
      const [PA, PS, P2] = [
        await program({ ownerJurisdictionId: w.A }),
        await program({ ownerSchoolId: w.SA }),
        await program({ ownerSchoolId: w.SA }),
      ];
      const E = (await api.post(`/v1/training-programs/${P2}/enrollments`, { teacherId: w.tA, enrolledOn: "2025-02-01" })).body
        .id as string;
      const rule = async (jurisdictionId: string, effectiveFrom: string) =>
        (
          await api.post("/v1/training-rules", {
            jurisdictionId,
            name: "360",
            effectiveFrom,
            cycleYears: 5,
            anchorYear: 2006,
            hoursPerCycle: 360,
          })
        ).body.id as string;
      const record = (
        await api.post(`/v1/teachers/${w.tA}/training-records`, {
          source: "school_activity",
          title: "校本",
          category: "subject",
          hours: 2,
          completedOn: "2025-01-10",
        })
      ).body.id as string;
      return { PA, PS, P2, E, ruleA: await rule(w.A, "2000-01-01"), ruleT: await rule(w.T, "2099-01-01"), record };
    })();
    trainingFixtures.set(w, f);
  }
  return f;
}
const freshClaim = async (w: World) =>
  (
    await root().post(`/v1/teachers/${w.tA}/training-records`, {
      source: "school_activity",
      title: "校本",
      category: "subject",
      hours: 1,
      completedOn: "2025-01-11",
    })
  ).body.id as string;
const freshEnrolled = async (w: World) => {
  const t = await freshTeacherAtSA(w);
  await root().post(`/v1/training-programs/${(await training(w)).P2}/enrollments`, { teacherId: t.id, enrolledOn: "2025-02-01" });
  return t.id;
};
let ruleDay = 0;
const futureDay = () =>
  `2${String(100 + Math.floor(Math.random() * 800)).padStart(3, "0")}-01-${String(1 + (ruleDay++ % 28)).padStart(2, "0")}`;
Object.assign(SAMPLES, {
  listTrainingPrograms: async (w) => ({
    path: `/v1/training-programs?jurisdictionId=${w.C}&limit=200`,
    target: "inherited",
    mode: "list",
    expectId: (await training(w)).PA,
  }),
  getTrainingProgram: async (w) => ({ path: `/v1/training-programs/${(await training(w)).PA}`, target: "inherited", mode: "one" }),
  createTrainingProgram: async (w) => ({
    path: "/v1/training-programs",
    method: "POST",
    body: {
      code: uniqueCode("P"),
      title: "培训",
      level: "county",
      mode: "online",
      category: "ict",
      creditedHours: 10,
      startDate: "2025-01-01",
      endDate: "2025-12-31",
      ownerJurisdictionId: w.A,
    },
    target: "jurisdiction",
    mode: "create",
  }),
  updateTrainingProgram: async (w) => ({
    path: `/v1/training-programs/${(await training(w)).PS}`,
    method: "PATCH",
    body: { capacity: 100 },
    target: "school",
    mode: "one",
  }),
  getTrainingProgramStatistics: async (w) => ({
    path: `/v1/training-programs/${(await training(w)).P2}/statistics`,
    target: "school",
    mode: "one",
  }),
  listTrainingEnrollments: async (w) => ({
    path: `/v1/training-programs/${(await training(w)).P2}/enrollments`,
    target: "teacher",
    mode: "one",
  }),
  getTrainingEnrollment: async (w) => ({
    path: `/v1/training-programs/${(await training(w)).P2}/enrollments/${(await training(w)).E}`,
    target: "teacher",
    mode: "one",
  }),
  createTrainingEnrollment: async (w) => ({
    path: `/v1/training-programs/${(await training(w)).P2}/enrollments`,
    method: "POST",
    body: { teacherId: (await freshTeacherAtSA(w)).id, enrolledOn: "2025-02-01" },
    target: "school",
    mode: "one",
  }),
  updateTrainingEnrollment: async (w) => ({
    path: `/v1/training-programs/${(await training(w)).P2}/enrollments/${(await training(w)).E}`,
    method: "PATCH",
    body: { note: "备注" },
    target: "teacher",
    mode: "one",
  }),
  bulkEnrollTraining: async (w) => ({
    path: `/v1/training-programs/${(await training(w)).P2}/enrollments/bulk`,
    method: "POST",
    body: [{ teacherId: (await freshTeacherAtSA(w)).id, enrolledOn: "2025-02-01" }],
    target: "school",
    mode: "one",
  }),
  recordTrainingResults: async (w) => ({
    path: `/v1/training-programs/${(await training(w)).P2}/enrollments/results`,
    method: "POST",
    body: [{ teacherId: await freshEnrolled(w), status: "started", on: "2025-03-01" }],
    target: "school",
    mode: "one",
  }),
  listTrainingRecords: async (w) => ({
    path: `/v1/training-records?jurisdictionId=${w.C}&limit=200`,
    target: "teacher",
    mode: "list",
    expectId: (await training(w)).record,
  }),
  getTrainingRecord: async (w) => ({ path: `/v1/training-records/${(await training(w)).record}`, target: "teacher", mode: "one" }),
  verifyTrainingRecord: async (w) => ({
    path: `/v1/training-records/${await freshClaim(w)}/verify`,
    method: "POST",
    body: {},
    target: "teacher",
    mode: "one",
  }),
  rejectTrainingRecord: async (w) => ({
    path: `/v1/training-records/${await freshClaim(w)}/reject`,
    method: "POST",
    body: { reason: "无证明" },
    target: "teacher",
    mode: "one",
  }),
  listTeacherTrainingRecords: async (w) => ({ path: `/v1/teachers/${w.tA}/training-records`, target: "teacher", mode: "one" }),
  submitTrainingClaim: async (w) => ({
    path: `/v1/teachers/${w.tA}/training-records`,
    method: "POST",
    body: { source: "school_activity", title: "校本研修", category: "subject", hours: 1.5, completedOn: "2025-01-12" },
    target: "teacher",
    mode: "one",
  }),
  listTrainingRules: async (w) => ({
    path: "/v1/training-rules?limit=200",
    target: "inherited",
    mode: "list",
    expectId: (await training(w)).ruleA,
  }),
  getTrainingRule: async (w) => ({ path: `/v1/training-rules/${(await training(w)).ruleA}`, target: "inherited", mode: "one" }),
  createTrainingRule: async (w) => ({
    path: "/v1/training-rules",
    method: "POST",
    body: { jurisdictionId: w.A, name: "360", effectiveFrom: futureDay(), cycleYears: 5, anchorYear: 2006, hoursPerCycle: 360 },
    target: "jurisdiction",
    mode: "create",
  }),
  updateTrainingRule: async (w) => ({
    path: `/v1/training-rules/${(await training(w)).ruleT}`,
    method: "PATCH",
    body: { name: "360学时" },
    target: "inherited",
    mode: "one",
  }),
  getTeacherTrainingCompliance: async (w) => ({ path: `/v1/teachers/${w.tA}/training-compliance`, target: "teacher", mode: "one" }),
  // Scope of the feed is proven in test/routes/changes (it never ends, so the list mode cannot page it).
  createSyncBatch: async (w) => ({
    path: "/v1/sync/batches",
    method: "POST",
    headers: { "idempotency-key": uniqueCode("K") },
    body: {
      schoolId: w.SA,
      mode: "dry_run",
      scope: "delta",
      records: { teachers: [{ sourceKey: "M-1", name: "新", gender: "male", birthDate: "1990-01-01", employmentCategory: "contract" }] },
    },
    target: "school",
    mode: "create",
  }),
  listSyncBatches: async (w) => ({ path: `/v1/sync/batches?schoolId=${w.SA}`, target: "school", mode: "one" }),
  getSyncBatch: async (w) => ({ path: `/v1/sync/batches/${await syncBatchAtSA(w)}`, target: "school", mode: "one" }),
  listChanges: async () => ({ path: "/v1/changes?limit=5", target: "none", mode: "one" }),
  listTrainingCompliance: async (w) => ({ path: `/v1/training-compliance?schoolId=${w.SA}`, target: "teacher", mode: "list" }),
  getTeacherTrainingTranscript: async (w) => ({ path: `/v1/teachers/${w.tA}/training-transcript`, target: "teacher", mode: "one" }),
  getTrainingRollup: async (w) => ({ path: `/v1/training-statistics?jurisdictionId=${w.A}`, target: "jurisdiction", mode: "one" }),
  getWorkforceReport: async (w) => ({ path: `/v1/reports/workforce?jurisdictionId=${w.A}`, target: "jurisdiction", mode: "one" }),
  getTargetsReport: async (w) => ({
    path: `/v1/reports/targets?jurisdictionId=${w.A}&asOf=2025-08-31`,
    target: "jurisdiction",
    mode: "one",
  }),
} satisfies Record<string, (w: World) => Promise<Sample>>);

const DUAL = { kind: "ratio", population: { schoolStage: ["vocational"] }, numerator: { dualQualified: true } };
let targetAtA: string | undefined;
async function targetAt(w: World): Promise<string> {
  if (!targetAtA) {
    const res = await root().post("/v1/targets", {
      jurisdictionId: w.A,
      title: "双师型比例",
      plan: { title: "规划" },
      metric: DUAL,
      comparator: "gte",
      value: 60,
      unit: "percent",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    targetAtA = res.body.id as string;
  }
  return targetAtA;
}
Object.assign(SAMPLES, {
  listTargets: async (w) => ({ path: "/v1/targets?limit=200", target: "jurisdiction", mode: "list", expectId: await targetAt(w) }),
  createTarget: async (w) => ({
    path: "/v1/targets",
    method: "POST",
    body: {
      jurisdictionId: w.A,
      title: "农村教师平均年龄",
      plan: { title: "规划" },
      metric: { kind: "average", attribute: "age" },
      comparator: "lte",
      value: 40,
      unit: "years",
    },
    target: "jurisdiction",
    mode: "create",
  }),
  getTarget: async (w) => ({ path: `/v1/targets/${await targetAt(w)}`, target: "jurisdiction", mode: "one" }),
  updateTarget: async (w) => ({
    path: `/v1/targets/${await targetAt(w)}`,
    method: "PATCH",
    body: { notes: "核对" },
    target: "jurisdiction",
    mode: "one",
  }),
  evaluateTarget: async (w) => ({
    path: `/v1/targets/${await targetAt(w)}/evaluation?asOf=2025-08-31`,
    target: "jurisdiction",
    mode: "one",
  }),
  listTargetMembers: async (w) => ({ path: `/v1/targets/${await targetAt(w)}/members?set=gap`, target: "jurisdiction", mode: "one" }),
  createTargetSnapshot: async (w) => ({
    path: `/v1/targets/${await targetAt(w)}/snapshots`,
    method: "POST",
    body: { asOf: "2025-08-31" },
    target: "jurisdiction",
    mode: "one",
  }),
  listTargetSnapshots: async (w) => ({ path: `/v1/targets/${await targetAt(w)}/snapshots`, target: "jurisdiction", mode: "one" }),
  evaluateMetric: async (w) => ({
    path: "/v1/metrics/evaluate",
    method: "POST",
    body: { metric: DUAL, jurisdictionId: w.A },
    target: "jurisdiction",
    mode: "one",
  }),
} satisfies Record<string, (w: World) => Promise<Sample>>);

const doc = () =>
  buildOpenApiDocument(ctx.app) as unknown as {
    paths: Record<string, Record<string, { operationId: string; "x-permission"?: Permission }>>;
  };

function operations() {
  const out: { method: string; path: string; operationId: string; permission: Permission | undefined }[] = [];
  for (const [path, item] of Object.entries(doc().paths)) {
    for (const [method, op] of Object.entries(item))
      out.push({ method, path, operationId: op.operationId, permission: op["x-permission"] });
  }
  return out;
}

async function buildWorld(): Promise<World> {
  const api = root();
  const C = (await makeJurisdiction(api, { level: "city" })).id;
  const A = (await makeJurisdiction(api, { level: "county", parentId: C })).id;
  const B = (await makeJurisdiction(api, { level: "county", parentId: C })).id;
  const T = (await makeJurisdiction(api, { level: "township", parentId: A })).id;
  const SA = (await makeSchool(api, A)).id;
  const SB = (await makeSchool(api, B)).id;
  await makeSchool(api, T);
  const tA = (await makeTeacher(api, { schoolId: SA, hireDate: "2015-09-01" })).id;
  const tB = (await makeTeacher(api, { schoolId: SB, hireDate: "2015-09-01" })).id;
  await api.patch(`/v1/teachers/${tA}`, { staffNumber: "A-0" }); // an audit event about tA
  const clientA = (await api.post("/v1/clients", { name: "A 报表", role: "reporter", jurisdictionId: A })).body.id as string;
  const w: World = { C, A, B, T, SA, SB, tA, tB, clientA, records: {} };
  for (const [segment, r] of Object.entries(RECORDS)) {
    const res = await api.post(`/v1/teachers/${tA}/${segment}`, r.create(w));
    expect(res.status, `${segment}: ${JSON.stringify(res.body)}`).toBe(201);
    w.records[segment] = res.body.id;
  }
  return w;
}

async function collectIds(api: Client, path: string): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = null;
  for (let page = 0; page < 50; page++) {
    const res: { status: number; body: any } = await api.get(next ? `${path}&cursor=${encodeURIComponent(next)}` : path);
    expect(res.status).toBe(200);
    ids.push(...res.body.items.map((x: { id: string; entityId?: string }) => x.entityId ?? x.id));
    next = res.body.nextCursor;
    if (!next) break;
  }
  return ids;
}

describe("access matrix", () => {
  it("every operation declares a permission and has a sample request", () => {
    const missing = operations()
      .filter((o) => !o.permission)
      .map((o) => o.operationId);
    expect(missing, "operations without x-permission").toEqual([]);
    const unsampled = operations()
      .filter((o) => o.permission !== "public" && !SAMPLES[o.operationId])
      .map((o) => o.operationId);
    expect(unsampled, "add a sample request for these operations to the access matrix").toEqual([]);
  });

  it("public operations answer without a token; every other one is 401 without", async () => {
    for (const op of operations()) {
      const path = op.path.replace(/\{[^}]+\}/g, "01930000-0000-7000-8000-000000000000");
      const res = await client(ctx, null).send(op.method.toUpperCase(), path, op.method === "get" ? undefined : {});
      if (op.permission === "public") expect(res.status, op.operationId).not.toBe(401);
      else expect(res.status, op.operationId).toBe(401);
    }
  });

  it("allows and denies every operation by role and org position", async () => {
    const w = await buildWorld();
    const failures: string[] = [];
    let checked = 0;
    for (const role of ROLES) {
      for (const pos of positionsFor(role, w)) {
        const api = client(ctx, await ctx.tokenFor(role, pos.binding));
        for (const op of operations()) {
          if (op.permission === "public" || !op.permission) continue;
          const sample = await SAMPLES[op.operationId]!(w);
          const res = await api.send(sample.method ?? "GET", sample.path, sample.body, sample.headers);
          const visible = sample.target === "none" || pos.sees[sample.target];
          const label = `${op.operationId} as ${role} @ ${pos.name}`;
          checked += 1;
          if (!can(role, op.permission)) {
            if (res.status !== 403) failures.push(`${label}: expected 403, got ${res.status}`);
            continue;
          }
          if (sample.mode === "list") {
            if (res.status !== 200) {
              failures.push(`${label}: expected 200, got ${res.status} ${JSON.stringify(res.body)}`);
              continue;
            }
            if (sample.expectId) {
              const ids = await collectIds(api, sample.path);
              if (ids.includes(sample.expectId) !== visible)
                failures.push(`${label}: target ${visible ? "missing from" : "leaked into"} the list`);
            } else if (res.body.items.length > 0 !== visible) {
              failures.push(`${label}: expected ${visible ? "some" : "no"} items, got ${res.body.items.length}`);
            }
            continue;
          }
          const ok = res.status >= 200 && res.status < 300;
          const denied = sample.mode === "create" ? 422 : 404;
          if (visible && !ok) failures.push(`${label}: expected 2xx, got ${res.status} ${JSON.stringify(res.body)}`);
          if (!visible && res.status !== denied) failures.push(`${label}: expected ${denied}, got ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  }, 240_000);
});
