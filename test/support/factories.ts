import { expect } from "vitest";
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
