import { expect } from "vitest";
import { checkCharacter } from "../../src/domain/national-id.ts";
import type { Client } from "./http.ts";

let n = 0;
/** A code unique across test files and runs (the PostgreSQL test database is shared). */
export function uniqueCode(prefix: string): string {
  n += 1;
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${n}`;
}

export async function makeJurisdiction(api: Client, overrides: Record<string, unknown> = {}) {
  const res = await api.post("/v1/jurisdictions", { code: uniqueCode("J"), name: "测试市", level: "city", ...overrides });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; code: string; level: string; parentId: string | null; version: number };
}

export async function makeSchool(api: Client, jurisdictionId: string, overrides: Record<string, unknown> = {}) {
  const res = await api.post("/v1/schools", {
    code: uniqueCode("S"),
    name: "测试小学",
    jurisdictionId,
    stages: ["primary"],
    ownership: "public",
    locationClass: "urban",
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; code: string; jurisdictionId: string; version: number };
}

let serial = 0;
/** A valid 18-digit national ID for a birth date and gender, unique within the run. */
export function nationalIdFor(birthDate: string, gender: "male" | "female"): string {
  serial += 1;
  const region = String(100000 + Math.floor(Math.random() * 899999));
  const seqBase = (serial * 37 + Math.floor(Math.random() * 500)) % 500;
  const seq = seqBase * 2 + (gender === "male" ? 1 : 0);
  const first17 = `${region}${birthDate.replace(/-/g, "")}${String(seq).padStart(3, "0")}`;
  return first17 + checkCharacter(first17);
}

export async function makeTeacher(api: Client, overrides: Record<string, unknown> = {}) {
  const res = await api.post("/v1/teachers", {
    name: "张老师",
    gender: "female",
    birthDate: "1985-06-15",
    employmentCategory: "on_establishment",
    hireDate: "2008-09-01",
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; currentSchoolId: string | null; nationalIdMasked: string | null };
}
