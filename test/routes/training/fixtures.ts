import { expect } from "vitest";
import { makeJurisdiction, makeSchool, makeTeacher, uniqueCode } from "../../support/factories.ts";
import type { Client } from "../../support/http.ts";

/** A city with two counties (A, B), a township under A, a school in each county, and teachers. */
export async function makeTree(api: Client) {
  const city = await makeJurisdiction(api, { level: "city" });
  const countyA = await makeJurisdiction(api, { level: "county", parentId: city.id });
  const countyB = await makeJurisdiction(api, { level: "county", parentId: city.id });
  const township = await makeJurisdiction(api, { level: "township", parentId: countyA.id });
  const schoolA = await makeSchool(api, countyA.id);
  const schoolB = await makeSchool(api, countyB.id);
  return { city, countyA, countyB, township, schoolA, schoolB };
}

export async function makeProgram(
  api: Client,
  owner: { ownerJurisdictionId?: string; ownerSchoolId?: string },
  overrides: Record<string, unknown> = {},
) {
  const res = await api.post("/v1/training-programs", {
    code: uniqueCode("P"),
    title: "乡村教师信息技术应用能力提升培训",
    level: "county",
    mode: "blended",
    category: "ict",
    creditedHours: 50,
    startDate: "2025-03-01",
    endDate: "2025-06-30",
    ...owner,
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; code: string; modules: { id: string; code: string }[]; version: number };
}

export async function makeRule(api: Client, jurisdictionId: string, overrides: Record<string, unknown> = {}) {
  const res = await api.post("/v1/training-rules", {
    jurisdictionId,
    name: "每五年不少于360学时",
    effectiveFrom: "2000-01-01",
    cycleYears: 5,
    anchorYear: 2006,
    hoursPerCycle: 360,
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; effectiveFrom: string };
}

export { makeTeacher, uniqueCode };

/** Submit and verify a claim as the root admin. */
export async function verifiedHours(
  api: Client,
  teacherId: string,
  completedOn: string,
  hours: number,
  overrides: Record<string, unknown> = {},
) {
  const claim = await api.post(`/v1/teachers/${teacherId}/training-records`, {
    source: "external_course",
    title: "网络研修",
    category: "subject",
    hours,
    completedOn,
    evidenceRef: uniqueCode("E"),
    ...overrides,
  });
  expect(claim.status, JSON.stringify(claim.body)).toBe(201);
  const verified = await api.post(`/v1/training-records/${claim.body.id}/verify`, {});
  expect(verified.status, JSON.stringify(verified.body)).toBe(200);
  return verified.body as { id: string };
}
