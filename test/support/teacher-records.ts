import { expect } from "vitest";
import type { TestContext } from "./app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "./factories.ts";
import { client } from "./http.ts";

/** An id no record has. */
export const UNKNOWN_ID = "01930000-0000-7000-8000-000000000000";

/** The JSON pointers of a 422's errors, sorted. */
export const pointersOf = (res: { body: { errors?: { pointer?: string }[] } }) => (res.body.errors ?? []).map((e) => e.pointer).sort();

/**
 * What every test of one effective-dated sub-record needs: a teacher of their own at a fresh school
 * (the database is shared, so each test makes its own), and the collection read through its schema.
 */
export function recordHelpers<T extends { id: string }>(
  ctx: TestContext,
  segment: string,
  schema: { parse(x: unknown): T },
  options: { hireDate?: string; school?: Record<string, unknown> } = {},
) {
  const api = () => client(ctx);
  async function setup() {
    const city = await makeJurisdiction(api());
    const school = await makeSchool(api(), city.id, options.school ?? {});
    const t = await makeTeacher(api(), { schoolId: school.id, hireDate: options.hireDate ?? "2010-09-01" });
    return { city, school, t, base: `/v1/teachers/${t.id}/${segment}` };
  }
  async function listed(base: string, asOf?: string) {
    const res = await api().get(asOf ? `${base}?asOf=${asOf}` : base);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body.items as unknown[]).map((x) => schema.parse(x));
  }
  const idsOn = async (base: string, asOf: string) => (await listed(base, asOf)).map((x) => x.id);
  return { api, setup, listed, idsOn };
}
