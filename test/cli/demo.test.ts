import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateDataset, loadDataset, type Dataset } from "../../src/cli/demo/index.ts";
import { policyTargets } from "../../src/cli/targets/policy-targets.ts";
import { credentialStatusOn } from "../../src/domain/credentials.ts";
import { wholeYearsBetween } from "../../src/domain/dates.ts";
import { checkDesignation } from "../../src/domain/designations.ts";
import { checkVeto } from "../../src/domain/ethics.ts";
import { parseNationalId } from "../../src/domain/national-id.ts";
import { overlaps } from "../../src/domain/periods.ts";
import { checkTeacherCore } from "../../src/domain/teacher.ts";
import { EDUCATION_LEVELS, type SCHOOL_STAGES, TITLE_LEVELS } from "../../src/domain/vocab.ts";
import { useTestApp } from "../support/app.ts";
import { uniqueCode } from "../support/factories.ts";
import { client, type Client } from "../support/http.ts";

const ctx = useTestApp();
const REF = "2025-09-01";
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type Dated = { teacherId: string; validFrom: string; validTo?: string | null };
const validOn = (row: { validFrom: string; validTo?: string | null }, d: string) =>
  row.validFrom <= d && (row.validTo == null || row.validTo >= d);

function byTeacher<T extends Dated>(rows: T[]) {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.teacherId, [...(map.get(r.teacherId) ?? []), r]);
  return map;
}

/** The domain's reading of a credential's status on a date (what the API's SQL mirrors). */
function credentialStatus(ds: Dataset, c: Dataset["credentials"][number], d: string) {
  const events = ds.credentialEvents
    .filter((e) => e.credentialId === c.id)
    .map((e) => ({ status: e.status, effectiveOn: e.effectiveOn, id: e.id }));
  return credentialStatusOn({ issuedOn: c.validFrom, expiresOn: c.validTo ?? null }, events, d);
}

/** Each school with its classification (the demo's schools keep one period, since their creation). */
function classified(ds: Dataset) {
  const facts = new Map(ds.schoolClassifications.map((c) => [c.schoolId, c]));
  return ds.schools.map((s) => ({ ...s, ...facts.get(s.id!)!, id: s.id! }));
}

/** The derived attributes the list filters compute in SQL, recomputed over the generated rows. */
function attributesOn(ds: Dataset, d: string) {
  const schools = new Map(classified(ds).map((s) => [s.id, s]));
  const home = new Map(
    ds.assignments.filter((a) => a.kind === "primary" && validOn(a, d)).map((a) => [a.teacherId, schools.get(a.schoolId)!]),
  );
  const title = new Map(ds.titles.filter((t) => validOn(t, d)).map((t) => [t.teacherId, t.level]));
  const education = new Map<string, number>();
  for (const e of ds.education.filter((x) => validOn(x, d)))
    education.set(e.teacherId, Math.max(education.get(e.teacherId) ?? -1, EDUCATION_LEVELS.indexOf(e.level)));
  const active = (kind: string) =>
    new Set(ds.credentials.filter((c) => c.kind === kind && credentialStatus(ds, c, d) === "active").map((c) => c.teacherId));
  const certified = active("teacher_certificate");
  const occupational = active("occupational_qualification");
  return {
    home,
    title,
    education,
    dual: new Set([...certified].filter((t) => occupational.has(t))),
  };
}

async function allPages(api: Client, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await api.get(
      `/v1/teachers?${query}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    ids.push(...res.body.items.map((t) => t.id));
    cursor = res.body.nextCursor;
  } while (cursor);
  return ids;
}

describe("demo dataset generator", () => {
  const ds = generateDataset();

  it("is deterministic for a seed and differs between seeds", () => {
    const again = generateDataset();
    expect(again).toEqual(ds);
    expect(JSON.stringify(again)).toBe(JSON.stringify(ds));
    const other = generateDataset({ seed: 7 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(ds));
    expect(other.teachers[0]!.id).not.toBe(ds.teachers[0]!.id);
    // Options other than the seed change only what they name.
    const renamed = generateDataset({ codePrefix: "X", idSeed: 1 });
    expect(renamed.teachers.map((t) => [t.nationalId, t.birthDate, t.name])).toEqual(
      ds.teachers.map((t) => [t.nationalId, t.birthDate, t.name]),
    );
    expect(renamed.teachers[0]!.id).not.toBe(ds.teachers[0]!.id);
  });

  it("has the promised shape: one city, three counties, twelve schools of mixed stages, 300 teachers", () => {
    expect(ds.jurisdictions.filter((j) => j.level === "city")).toHaveLength(1);
    expect(ds.jurisdictions.filter((j) => j.level === "county" || j.level === "district")).toHaveLength(3);
    expect(ds.schools).toHaveLength(12);
    expect(ds.schoolClassifications.map((c) => [c.schoolId, c.validFrom])).toEqual(ds.schools.map((s) => [s.id, null]));
    const schools = classified(ds);
    const stages = new Set(schools.flatMap((s) => s.stages!));
    for (const stage of ["kindergarten", "primary", "junior_secondary", "nine_year", "senior_secondary", "vocational"] as const)
      expect(stages.has(stage), stage).toBe(true);
    expect(schools.filter((s) => s.stages!.includes("vocational"))).toHaveLength(1);
    expect(new Set(schools.map((s) => s.locationClass))).toEqual(new Set(["urban", "town", "rural"]));
    expect(schools.some((s) => s.remote)).toBe(true);
    expect(schools.some((s) => s.weak)).toBe(true);
    expect(ds.teachers).toHaveLength(300);
    for (const [name, rows] of Object.entries(ds)) expect(rows.length, name).toBeGreaterThan(0);
    // Paths are materialised: a school extends its jurisdiction's path with its own id.
    const jur = new Map(ds.jurisdictions.map((j) => [j.id!, j]));
    for (const s of ds.schools) expect(s.path).toBe(`${jur.get(s.jurisdictionId)!.path}${s.id}/`);
    // A scaled-up dataset keeps exactly one vocational school.
    const big = generateDataset({ counties: 5, schoolsPerCounty: 9, teachers: 900, seed: 3 });
    expect(big.schoolClassifications.filter((s) => s.stages!.includes("vocational"))).toHaveLength(1);
    expect(big.teachers).toHaveLength(900);
  });

  it("keeps the invariants the API enforces", () => {
    const ids = new Set<string>();
    for (const rows of Object.values(ds) as { id?: string }[][]) {
      for (const row of rows) {
        expect(row.id).toMatch(UUID_V7);
        expect(ids.has(row.id!)).toBe(false);
        ids.add(row.id!);
      }
    }
    const nationalIds = new Set<string>();
    for (const t of ds.teachers) {
      const parsed = parseNationalId(t.nationalId!);
      expect(typeof parsed, t.nationalId!).toBe("object");
      expect(parsed).toMatchObject({ birthDate: t.birthDate, gender: t.gender });
      expect(nationalIds.has(t.nationalId!)).toBe(false);
      nationalIds.add(t.nationalId!);
      // Certificate numbers never carry the national ID.
      for (const c of ds.credentials.filter((x) => x.teacherId === t.id)) expect(c.number).not.toContain(t.nationalId!.slice(6, 14));
    }
    expect(new Set(ds.teachers.map((t) => t.staffNumber)).size).toBe(ds.teachers.length);
    const teacherIds = new Set(ds.teachers.map((t) => t.id));
    const schoolIds = new Set(ds.schools.map((s) => s.id));
    for (const a of ds.assignments) expect(schoolIds.has(a.schoolId) && teacherIds.has(a.teacherId)).toBe(true);

    const exclusive = (name: string, rows: Dated[]) => {
      for (const list of byTeacher(rows).values()) {
        for (const a of list) {
          expect(a.validTo == null || a.validTo >= a.validFrom, name).toBe(true);
          for (const b of list)
            if (a !== b)
              expect(
                overlaps({ validFrom: a.validFrom, validTo: a.validTo ?? null }, { validFrom: b.validFrom, validTo: b.validTo ?? null }),
                name,
              ).toBe(false);
        }
      }
    };
    exclusive(
      "primary assignments",
      ds.assignments.filter((a) => a.kind === "primary"),
    );
    exclusive("titles", ds.titles);
    exclusive("post appointments", ds.postAppointments);
    const all = Object.values(ds).flat() as { validFrom?: string }[];
    for (const row of all) if (row.validFrom) expect(row.validFrom <= REF).toBe(true);

    for (const t of ds.teachers) {
      const open = ds.assignments.filter((a) => a.teacherId === t.id && a.kind === "primary" && a.validTo == null);
      expect(open).toHaveLength(t.status === "active" ? 1 : 0);
      if (t.status === "active") {
        const age = wholeYearsBetween(t.birthDate, REF);
        expect(age).toBeGreaterThanOrEqual(22);
        expect(age).toBeLessThanOrEqual(60);
        expect(t.hireDate! <= REF).toBe(true);
      } else expect(t.endedOn).toBeTruthy();
    }
    for (const a of ds.appraisals) expect(a.validFrom).toBe(`${a.year}-01-01`);
    // The rules the API applies on writes hold for rows loaded directly.
    for (const t of ds.teachers) expect(checkTeacherCore({ ...t, gender: t.gender })).toEqual([]);
    for (const d of ds.designations) {
      expect(
        checkDesignation({
          type: d.type,
          typeName: d.typeName ?? null,
          status: d.status ?? "active",
          awardedOn: d.validFrom,
          validUntil: d.validTo ?? null,
        }),
      ).toEqual([]);
    }
    for (const e of ds.ethics)
      expect(checkVeto({ veto: e.veto ?? false, vetoFrom: e.vetoFrom ?? null, vetoTo: e.vetoTo ?? null })).toEqual([]);
    // A credential's stored status is its status on the reference date.
    for (const c of ds.credentials) expect(credentialStatus(ds, c, REF), c.id).toBe(c.status);
  });

  it("tells histories: transfers, promotions, expiries, revocations, designations, a veto", () => {
    // Transfers: an earlier primary assignment ends the day before the current one starts.
    const moves = [...byTeacher(ds.assignments.filter((a) => a.kind === "primary")).values()].filter((l) => l.length > 1);
    expect(moves.length).toBeGreaterThan(10);
    // Promotions: an earlier title ends the day before the next, and titles only go up.
    const promoted = [...byTeacher(ds.titles).values()].filter((l) => l.length > 1);
    expect(promoted.length).toBeGreaterThan(50);
    for (const list of promoted) {
      const sorted = [...list].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        expect(TITLE_LEVELS.indexOf(sorted[i]!.level)).toBeGreaterThan(TITLE_LEVELS.indexOf(sorted[i - 1]!.level));
        const dayBefore = new Date(Date.parse(`${sorted[i]!.validFrom}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        expect(sorted[i - 1]!.validTo).toBe(dayBefore);
      }
    }
    expect(ds.teachers.some((t) => t.status === "retired")).toBe(true);
    expect(ds.teachers.some((t) => t.status === "left")).toBe(true);
    expect(ds.credentialEvents.some((e) => e.status === "revoked")).toBe(true);
    expect(ds.credentialEvents.some((e) => e.status === "expired")).toBe(true);
    expect(ds.designations.filter((d) => d.type === "special_grade")).toHaveLength(1);
    expect(ds.designations.some((d) => d.type === "backbone" && d.level === "city")).toBe(true);
    expect(ds.designations.some((d) => d.type === "backbone" && d.level === "county")).toBe(true);
    expect(ds.designations.some((d) => d.type === "subject_leader" || d.type === "famous_teacher")).toBe(true);
    expect(ds.ethics.filter((e) => e.veto)).toHaveLength(1);
    expect(ds.ethics.filter((e) => e.result === "qualified" || e.result === "excellent").length).toBeGreaterThan(ds.ethics.length / 2);
    const subjects = new Set(ds.subjects.map((s) => s.subject));
    for (const flag of ["physical_education", "music", "art", "labour", "ideological_political", "health_care"] as const)
      expect(subjects.has(flag), flag).toBe(true);
  });

  it("has realistic distributions", () => {
    const a = attributesOn(ds, REF);
    const active = ds.teachers.filter((t) => t.status === "active");
    const avgAge = (cls: string) => {
      const xs = active.filter((t) => a.home.get(t.id!)?.locationClass === cls).map((t) => wholeYearsBetween(t.birthDate, REF));
      return xs.reduce((x, y) => x + y, 0) / xs.length;
    };
    // Rural teachers are older (the plans' target of ≤ 40 is not yet met).
    expect(avgAge("rural")).toBeGreaterThan(40);
    expect(avgAge("rural")).toBeGreaterThan(avgAge("urban"));
    // Education by stage: senior secondary nearly all bachelor or above; kindergartens mostly below.
    const share = (stage: (typeof SCHOOL_STAGES)[number], atLeast: (typeof EDUCATION_LEVELS)[number]) => {
      const xs = active.filter((t) => a.home.get(t.id!)?.stages.includes(stage));
      return xs.filter((t) => (a.education.get(t.id!) ?? -1) >= EDUCATION_LEVELS.indexOf(atLeast)).length / xs.length;
    };
    expect(share("senior_secondary", "bachelor")).toBeGreaterThan(0.9);
    expect(share("kindergarten", "bachelor")).toBeLessThan(0.6);
    // Titles: senior titles are a minority and none among the under-30s.
    const senior = active.filter((t) => a.title.get(t.id!) === "senior" || a.title.get(t.id!) === "senior_professional");
    expect(senior.length / active.length).toBeGreaterThan(0.08);
    expect(senior.length / active.length).toBeLessThan(0.35);
    expect(senior.every((t) => wholeYearsBetween(t.birthDate, REF) >= 30)).toBe(true);
    // 双师型: a good share of the vocational school's teachers, not all.
    const vocational = active.filter((t) => a.home.get(t.id!)?.stages.includes("vocational"));
    const dual = vocational.filter((t) => a.dual.has(t.id!)).length / vocational.length;
    expect(dual).toBeGreaterThan(0.35);
    expect(dual).toBeLessThan(0.8);
    expect(
      [...a.dual].every((id) => vocational.some((t) => t.id === id) || ds.teachers.find((t) => t.id === id)?.status !== "active"),
    ).toBe(true);
  });
});

describe("loading the demo dataset", () => {
  it("loads set-based and the API answers on it, agreeing with the generated histories", async () => {
    // The PostgreSQL test database is shared by every file and kept between runs: codes, ids and
    // national IDs must not collide with anyone's, so this load of the demo register takes its own
    // code prefix, id stream and region code. The content is the demo's (seed 2025).
    const idSeed = Math.floor(Math.random() * 2 ** 31);
    const ds = generateDataset({ codePrefix: uniqueCode("D"), idSeed, regionCode: String(1100 + Math.floor(Math.random() * 8900)) });
    const seed = `idSeed ${idSeed}`;
    const counts = await loadDataset(ctx.db, ds);
    expect(counts.teachers, seed).toBe(300);
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBe(Object.values(ds).reduce((x, y) => x + y.length, 0));

    const api = client(ctx);
    const city = ds.jurisdictions[0]!;
    expect((await api.get(`/v1/jurisdictions/${city.id}`)).body.name).toBe("示范市");
    const voc = await api.get(`/v1/schools?jurisdictionId=${city.id}&stage=vocational`);
    expect(voc.body.items.map((s: { id: string }) => s.id)).toEqual(
      ds.schoolClassifications.filter((s) => s.stages!.includes("vocational")).map((s) => s.schoolId),
    );

    const anyDual = await api.get(`/v1/teachers?dualQualified=true&limit=5`);
    expect(anyDual.status).toBe(200);
    expect(anyDual.body.items.length).toBeGreaterThan(0);

    const asOf = "2025-08-31";
    const expected = attributesOn(ds, asOf);
    const dual = await allPages(api, `jurisdictionId=${city.id}&asOf=${asOf}&dualQualified=true`);
    expect(dual.length, seed).toBeGreaterThan(0);
    expect(new Set(dual), seed).toEqual(
      new Set([...expected.dual].filter((id) => ds.assignments.some((x) => x.teacherId === id && validOn(x, asOf)))),
    );

    const query = `jurisdictionId=${city.id}&asOf=${asOf}&titleAtLeast=first_grade&educationAtLeast=bachelor&locationClass=rural`;
    const rural = await allPages(api, query);
    const want = ds.teachers
      .map((t) => t.id!)
      .filter(
        (id) =>
          expected.home.get(id)?.locationClass === "rural" &&
          TITLE_LEVELS.indexOf(expected.title.get(id) ?? "none") >= TITLE_LEVELS.indexOf("first_grade") &&
          (expected.education.get(id) ?? -1) >= EDUCATION_LEVELS.indexOf("bachelor"),
      );
    expect(rural.length, seed).toBeGreaterThan(0);
    expect(new Set(rural), seed).toEqual(new Set(want));

    // Training: every teacher evaluated in cycle 4 (2021–2025); the SQL status filter picks exactly
    // the teachers the per-teacher evaluation gives that status, on a realistic register.
    type Summary = Record<string, unknown> & { teacherId: string; status: string };
    const compliance = async (extra: string) => {
      const out = new Map<string, Summary>();
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const res: { status: number; body: { items: Summary[]; nextCursor: string | null } } = await api.get(
          `/v1/training-compliance?jurisdictionId=${city.id}&asOf=${asOf}&limit=100${extra}${cursor ? `&cursor=${cursor}` : ""}`,
        );
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        for (const x of res.body.items) out.set(x.teacherId, x);
        cursor = res.body.nextCursor;
      }
      return out;
    };
    const all = await compliance("");
    expect(all.size, seed).toBe(expected.home.size); // staff on that date (a jurisdiction filter means where they work then)
    const byStatus = new Map<string, string[]>();
    for (const [id, { status: st }] of all) byStatus.set(st, [...(byStatus.get(st) ?? []), id]);
    // The list's SQL and the per-teacher evaluation (the domain function) agree on every teacher.
    const fields = ["status", "notEligibleReason", "required", "expectedToDate", "verified", "counted", "pending", "shortfall"];
    const pick = (x: Record<string, unknown>) => fields.map((f) => x[f]);
    for (const [id, item] of all) {
      const one = await api.get(`/v1/teachers/${id}/training-compliance?asOf=${asOf}`);
      expect(pick(one.body), `${id} ${seed}`).toEqual(pick(item));
    }
    for (const st of ["complete", "on_track", "behind", "not_eligible"]) {
      expect(byStatus.get(st)?.length ?? 0, `${st} in ${JSON.stringify([...byStatus].map(([k, v]) => [k, v.length]))}`).toBeGreaterThan(0);
      expect(new Set((await compliance(`&status=${st}`)).keys()), st).toEqual(new Set(byStatus.get(st)));
    }
  });

  it("loads in one transaction: a bad row leaves nothing behind", async () => {
    const prefix = uniqueCode("R");
    const ds = generateDataset({
      codePrefix: prefix,
      idSeed: Math.floor(Math.random() * 2 ** 31),
      teachers: 20,
      regionCode: String(1100 + Math.floor(Math.random() * 8900)),
    });
    ds.appraisals.at(-1)!.validFrom = "1999-01-01"; // breaks teacher_annual_appraisals_period, the last table loaded
    await expect(loadDataset(ctx.db, ds)).rejects.toThrow();
    const res = await client(ctx).get(`/v1/jurisdictions/${ds.jurisdictions[0]!.id}`);
    expect(res.status).toBe(404);
  });
});

describe("npm start on an empty embedded database", () => {
  it("loads the demo register and says so in one line with counts and time", async () => {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = createServer().once("error", reject);
      srv.listen(0, "127.0.0.1", () => {
        const { port: p } = srv.address() as { port: number };
        srv.close(() => resolve(p));
      });
    });
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
    };
    if (process.env.NODE_OPTIONS) env.NODE_OPTIONS = process.env.NODE_OPTIONS;
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (err += d));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no demo line in 90 s; stdout: ${out}; stderr: ${err}`)), 90_000);
        child.stdout!.setEncoding("utf8").on("data", (d: string) => {
          out += d;
          const found = out.split("\n").find((l) => l.includes("demo data loaded"));
          if (found && out.includes("/docs")) {
            clearTimeout(timer);
            resolve(found);
          }
        });
        child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${err}`)));
      });
      expect(line).toMatch(
        new RegExp(
          `demo data loaded: 1 city, 3 counties/districts, 12 schools, 300 teachers, ${policyTargets().length} targets \\([\\d,]+ rows\\) in \\d+ ms`,
        ),
      );
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      expect(res.status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  }, 120_000);
});
