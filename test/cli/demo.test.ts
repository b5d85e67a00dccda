import { describe, expect, it } from "vitest";
import { generateDataset, loadDataset } from "../../src/cli/demo/index.ts";
import { parseNationalId } from "../../src/domain/national-id.ts";
import { overlaps } from "../../src/domain/periods.ts";
import { useTestApp } from "../support/app.ts";
import { uniqueCode } from "../support/factories.ts";
import { client } from "../support/http.ts";

const ctx = useTestApp();

function byTeacher<T extends { teacherId: string; validFrom: string; validTo?: string | null }>(rows: T[]) {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.teacherId, [...(map.get(r.teacherId) ?? []), r]);
  return map;
}

describe("demo dataset", () => {
  const ds = generateDataset();

  it("is deterministic for a seed and differs between seeds", () => {
    expect(JSON.stringify(generateDataset())).toBe(JSON.stringify(ds));
    expect(JSON.stringify(generateDataset({ seed: 7 }))).not.toBe(JSON.stringify(ds));
  });

  it("has the promised shape", () => {
    expect(ds.jurisdictions.filter((j) => j.level === "city")).toHaveLength(1);
    expect(ds.jurisdictions.length - 1).toBe(3);
    expect(ds.schools).toHaveLength(12);
    expect(ds.schools.filter((s) => s.stages.includes("vocational"))).toHaveLength(1);
    expect(new Set(ds.schools.map((s) => s.locationClass))).toEqual(new Set(["urban", "town", "rural"]));
    expect(ds.teachers).toHaveLength(300);
    for (const [name, rows] of Object.entries(ds)) expect(rows.length, name).toBeGreaterThan(0);
  });

  it("keeps every invariant the API enforces", () => {
    const ids = new Set<string>();
    for (const t of ds.teachers) {
      const parsed = parseNationalId(t.nationalId!);
      expect(typeof parsed, t.nationalId!).toBe("object");
      expect(parsed).toMatchObject({ birthDate: t.birthDate, gender: t.gender });
      expect(ids.has(t.nationalId!)).toBe(false);
      ids.add(t.nationalId!);
    }
    const exclusive = (rows: { id?: string; teacherId: string; validFrom: string; validTo?: string | null }[]) => {
      for (const list of byTeacher(rows).values()) {
        for (const a of list) {
          expect(a.validTo == null || a.validTo >= a.validFrom).toBe(true);
          for (const b of list) if (a !== b) expect(overlaps({ validFrom: a.validFrom, validTo: a.validTo ?? null }, { validFrom: b.validFrom, validTo: b.validTo ?? null })).toBe(false);
        }
      }
    };
    exclusive(ds.assignments.filter((a) => a.kind === "primary"));
    exclusive(ds.titles);
    exclusive(ds.postAppointments);
    const vocational = ds.schools.find((s) => s.stages.includes("vocational"))!.id!;
    const vocTeachers = new Set(ds.assignments.filter((a) => a.schoolId === vocational && a.validTo == null).map((a) => a.teacherId));
    const dual = ds.teachers.filter(
      (t) =>
        vocTeachers.has(t.id!) &&
        ds.credentials.some((c) => c.teacherId === t.id && c.kind === "teacher_certificate") &&
        ds.credentials.some((c) => c.teacherId === t.id && c.kind === "occupational_qualification" && c.status === "active"),
    );
    expect(dual.length).toBeGreaterThan(3);
  });

  it("loads set-based and the API answers on it", async () => {
    const prefix = uniqueCode("D");
    const counts = await loadDataset(ctx.db, generateDataset({ codePrefix: prefix, seed: 11, teachers: 120 }));
    expect(counts.teachers).toBe(120);
    const api = client(ctx);
    const city = (await api.get(`/v1/jurisdictions?level=city&limit=200`)).body.items.find((j: { code: string }) => j.code === `${prefix}-C`);
    expect(city).toBeDefined();
    const voc = await api.get(`/v1/schools?jurisdictionId=${city.id}&stage=vocational`);
    expect(voc.body.items).toHaveLength(1);
    const dual = await api.get(`/v1/teachers?jurisdictionId=${city.id}&asOf=2025-09-01&dualQualified=true&limit=5`);
    expect(dual.status).toBe(200);
    expect(dual.body.items.length).toBeGreaterThan(0);
    expect(dual.body.items.every((t: { dualQualified: boolean }) => t.dualQualified)).toBe(true);
  });
});
