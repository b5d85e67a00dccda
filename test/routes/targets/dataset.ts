import { expect } from "vitest";
import * as s from "../../../src/db/schema/index.ts";
import type { Database } from "../../../src/db/types.ts";
import { uuidv7 } from "../../../src/lib/ids.ts";
import type { Client } from "../../support/http.ts";
import { makeJurisdiction, makeSchool, uniqueCode } from "../../support/factories.ts";

/**
 * A hand-built register whose figures the metric tests compute by hand. Two dates: BEFORE
 * (2024-06-30) and AFTER (2025-08-31); records change between them.
 *
 * City ─┬─ County A ─┬─ S1 vocational, urban:  v1 v2 v3 v4 (teaching), v5 (management), v6 (from 2025-02-01)
 *       │            └─ S2 primary, rural:     r1 r2
 *       └─ County B ─┬─ S3 primary, rural:     r3, r4 (hired 2025-03-01)
 *                    ├─ S4 junior, town:       v6 until 2025-01-31
 *                    └─ S5 kindergarten, urban: k1 (on establishment), k2 (contract), both hired 2025
 */
export const BEFORE = "2024-06-30";
export const AFTER = "2025-08-31";

type TeacherSpec = { birth: string; hire: string; gender?: "male" | "female"; category?: "on_establishment" | "contract" };

export async function buildDataset(api: Client, db: Database) {
  const city = await makeJurisdiction(api, { name: "指标市" });
  const a = await makeJurisdiction(api, { name: "甲县", level: "county", parentId: city.id });
  const b = await makeJurisdiction(api, { name: "乙县", level: "county", parentId: city.id });
  const school = (j: string, name: string, stages: string[], locationClass: string) =>
    makeSchool(api, j, { name, stages, locationClass, code: uniqueCode("MS") });
  const S1 = await school(a.id, "职业学校", ["vocational"], "urban");
  const S2 = await school(a.id, "甲村小学", ["primary"], "rural");
  const S3 = await school(b.id, "乙村小学", ["primary"], "rural");
  const S4 = await school(b.id, "乙镇中学", ["junior_secondary"], "town");
  const S5 = await school(b.id, "乙县幼儿园", ["kindergarten"], "urban");

  const teachers: (typeof s.teachers.$inferInsert)[] = [];
  const assignments: (typeof s.teacherAssignments.$inferInsert)[] = [];
  const teacher = (
    name: string,
    spec: TeacherSpec,
    schoolId: string,
    postType: "teaching" | "management" = "teaching",
    from = spec.hire,
    to: string | null = null,
  ) => {
    const id = uuidv7();
    teachers.push({
      id,
      name,
      gender: spec.gender ?? "female",
      birthDate: spec.birth,
      employmentCategory: spec.category ?? "on_establishment",
      hireDate: spec.hire,
    });
    assignments.push({ teacherId: id, schoolId, kind: "primary", postType, validFrom: from, validTo: to });
    return id;
  };
  const v1 = teacher("职一", { birth: "1980-01-01", hire: "2005-09-01" }, S1.id);
  const v2 = teacher("职二", { birth: "1981-01-01", hire: "2005-09-01" }, S1.id);
  const v3 = teacher("职三", { birth: "1982-01-01", hire: "2005-09-01" }, S1.id);
  const v4 = teacher("职四", { birth: "1983-01-01", hire: "2005-09-01" }, S1.id);
  const v5 = teacher("职五", { birth: "1984-01-01", hire: "2005-09-01" }, S1.id, "management");
  const v6 = teacher("职六", { birth: "1985-01-01", hire: "2015-09-01" }, S4.id, "teaching", "2015-09-01", "2025-01-31");
  assignments.push({ teacherId: v6, schoolId: S1.id, kind: "primary", postType: "teaching", validFrom: "2025-02-01" });
  const r1 = teacher("乡一", { birth: "1980-07-01", hire: "2003-09-01" }, S2.id);
  const r2 = teacher("乡二", { birth: "1990-06-30", hire: "2012-09-01", gender: "male" }, S2.id);
  const r3 = teacher("乡三", { birth: "1970-01-15", hire: "1990-09-01" }, S3.id);
  const r4 = teacher("乡四", { birth: "1995-12-31", hire: "2025-03-01" }, S3.id);
  const k1 = teacher("幼一", { birth: "1998-03-01", hire: "2025-04-01" }, S5.id);
  const k2 = teacher("幼二", { birth: "1999-03-01", hire: "2025-05-01", category: "contract" }, S5.id);
  await db.insert(s.teachers).values(teachers);
  // Each teacher's first employment period, as POST /v1/teachers writes it.
  await db.insert(s.teacherEmployment).values(teachers.map((t) => ({ teacherId: t.id!, employmentCategory: t.employmentCategory })));
  await db.insert(s.teacherAssignments).values(assignments);

  // 双师型: a teacher certificate for every vocational teacher; occupational qualifications vary.
  const cert = (teacherId: string, kind: "teacher_certificate" | "occupational_qualification", from: string, to: string | null = null) => ({
    id: uuidv7(),
    teacherId,
    kind,
    validFrom: from,
    validTo: to,
  });
  const creds = [
    ...[v1, v2, v3, v4, v5, v6].map((t) => cert(t, "teacher_certificate", "2004-07-01")),
    cert(v1, "occupational_qualification", "2020-01-01"),
    cert(v2, "occupational_qualification", "2025-01-01"), // qualified only AFTER
    cert(v3, "occupational_qualification", "2019-01-01"), // revoked 2025-03-01: qualified only BEFORE
    cert(v5, "occupational_qualification", "2019-01-01"),
    cert(v6, "occupational_qualification", "2018-01-01"),
  ];
  await db.insert(s.teacherCredentials).values(creds);
  await db.insert(s.teacherCredentialEvents).values({ credentialId: creds[8]!.id, status: "revoked", effectiveOn: "2025-03-01" });

  // Education: r2 reaches 专科 (associate) in 2025.
  await db.insert(s.teacherEducation).values([
    { teacherId: r1, level: "bachelor", institution: "师范大学", validFrom: "2002-07-01" },
    { teacherId: r2, level: "secondary_vocational", institution: "师范学校", validFrom: "2010-07-01" },
    { teacherId: r2, level: "associate", institution: "教育学院", mode: "in_service", validFrom: "2025-01-10" },
    { teacherId: r3, level: "associate", institution: "师专", validFrom: "1990-07-01" },
    { teacherId: r4, level: "bachelor", institution: "师范大学", validFrom: "2018-07-01" },
  ]);

  // Designations: r1 city backbone until 2025-09-09; r3 county backbone; v1 provincial 名师 (music) from 2023;
  // v4 county 名师 (PE) from 2025-01-01.
  await db.insert(s.teacherDesignations).values([
    { teacherId: r1, type: "backbone", level: "city", validFrom: "2022-09-10", validTo: "2025-09-09" },
    { teacherId: r3, type: "backbone", level: "county", validFrom: "2020-09-10" },
    { teacherId: v1, type: "famous_teacher", level: "provincial", subject: "music", validFrom: "2023-09-10" },
    { teacherId: v4, type: "famous_teacher", level: "county", subject: "physical_education", validFrom: "2025-01-01" },
  ]);
  await db.insert(s.teacherSubjects).values([
    { teacherId: v1, subject: "music", validFrom: "2005-09-01" },
    { teacherId: v4, subject: "physical_education", validFrom: "2005-09-01" },
  ]);

  return { city, a, b, S1, S2, S3, S4, S5, ids: { v1, v2, v3, v4, v5, v6, r1, r2, r3, r4, k1, k2 } };
}

export type Dataset = Awaited<ReturnType<typeof buildDataset>>;

/** Training: the city's 360-hour rule for cycle 4 (2021–2025) and verified hours for r1 (360), r2 (350), r3 (100). */
export async function addTraining(api: Client, db: Database, d: Dataset) {
  const rule = await api.post("/v1/training-rules", {
    jurisdictionId: d.city.id,
    name: "每五年360学时",
    effectiveFrom: "2021-01-01",
    cycleYears: 5,
    anchorYear: 2006,
    hoursPerCycle: 360,
  });
  expect(rule.status, JSON.stringify(rule.body)).toBe(201);
  const record = (teacherId: string, hours: number) => ({
    teacherId,
    source: "external_course" as const,
    title: "培训",
    category: "subject" as const,
    schoolBased: false,
    hours: String(hours),
    completedOn: "2023-06-01",
    status: "verified" as const,
    submittedBy: "test",
    submittedAt: new Date("2023-06-02T00:00:00Z"),
    verifiedAt: new Date("2023-06-03T00:00:00Z"),
    verifiedOn: "2023-06-03",
    evidenceRef: uuidv7(),
  });
  await db.insert(s.trainingRecords).values([record(d.ids.r1, 360), record(d.ids.r2, 350), record(d.ids.r3, 100)]);

  // A programme with two modules: r1 started and completed (both modules passed), r2 started and
  // failed (one module passed), r3 enrolled and never started.
  const programId = uuidv7();
  await db.insert(s.trainingPrograms).values({
    id: programId,
    code: uniqueCode("P"),
    title: "市级骨干培训",
    level: "city",
    mode: "in_person",
    category: "subject",
    ownerJurisdictionId: d.city.id,
    creditedHours: "24",
    startDate: "2025-03-01",
    endDate: "2025-06-30",
  });
  const modules = [uuidv7(), uuidv7()];
  await db
    .insert(s.trainingProgramModules)
    .values(modules.map((id, i) => ({ id, programId, code: `M${i + 1}`, title: `模块${i + 1}`, position: i + 1 })));
  const e = [uuidv7(), uuidv7(), uuidv7()];
  await db.insert(s.trainingEnrollments).values([
    {
      id: e[0]!,
      programId,
      teacherId: d.ids.r1,
      status: "completed",
      enrolledOn: "2025-02-20",
      startedOn: "2025-03-01",
      completedOn: "2025-06-30",
    },
    {
      id: e[1]!,
      programId,
      teacherId: d.ids.r2,
      status: "failed",
      enrolledOn: "2025-02-20",
      startedOn: "2025-03-02",
      completedOn: "2025-06-30",
    },
    { id: e[2]!, programId, teacherId: d.ids.r3, status: "enrolled", enrolledOn: "2025-02-20" },
  ]);
  await db.insert(s.trainingModuleResults).values([
    { enrollmentId: e[0]!, moduleId: modules[0]!, result: "passed", recordedOn: "2025-04-01" },
    { enrollmentId: e[0]!, moduleId: modules[1]!, result: "passed", recordedOn: "2025-06-30" },
    { enrollmentId: e[1]!, moduleId: modules[0]!, result: "passed", recordedOn: "2025-04-01" },
    { enrollmentId: e[1]!, moduleId: modules[1]!, result: "failed", recordedOn: "2025-06-30" },
  ]);
  return { programId };
}
