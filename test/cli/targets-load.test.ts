import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { DEMO_ACTOR, describeCounts, loadDemo } from "../../src/cli/demo/index.ts";
import { loadPolicyTargets, UnknownJurisdictionError } from "../../src/cli/targets/load.ts";
import { policyTargets } from "../../src/cli/targets/policy-targets.ts";
import { auditEvents, targets } from "../../src/db/schema/index.ts";
import { auditEventPageSchema } from "../../src/contract/audit.ts";
import { evaluationSchema } from "../../src/contract/metrics.ts";
import { targetPageSchema, targetSchema } from "../../src/contract/targets.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction, uniqueCode } from "../support/factories.ts";
import { client, type Client } from "../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);
const ACTOR = "cli:targets:load";
const CODES = policyTargets().map((t) => t.code!);

async function targetsOf(a: Client, jurisdictionId: string) {
  const res = await a.get(`/v1/targets?jurisdictionId=${jurisdictionId}&limit=200`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return targetPageSchema.parse(res.body).items;
}

async function evaluation(a: Client, targetId: string, query = "") {
  const res = await a.get(`/v1/targets/${targetId}/evaluation${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return evaluationSchema.parse(res.body);
}

describe("loadPolicyTargets", () => {
  it("creates every entry of policy-targets.json for a fresh jurisdiction, and a second run skips them all", async () => {
    const j = await makeJurisdiction(api());
    const first = await loadPolicyTargets(ctx.db, j.id, { actor: ACTOR });
    expect(first.created).toEqual(CODES);
    expect(first.created).toHaveLength(policyTargets().length);
    expect(first.skipped).toEqual([]);

    const stored = await targetsOf(api(), j.id);
    expect(stored.map((t) => t.code).sort()).toEqual([...CODES].sort());
    // Each target is the file's entry for this jurisdiction, as POST /v1/targets would have stored it.
    const byCode = new Map(stored.map((t) => [t.code, t]));
    for (const entry of policyTargets()) {
      const t = byCode.get(entry.code)!;
      expect({ ...t, id: undefined, version: undefined, createdAt: undefined, updatedAt: undefined }, entry.code!).toEqual({
        ...entry,
        jurisdictionId: j.id,
        status: "active",
        id: undefined,
        version: undefined,
        createdAt: undefined,
        updatedAt: undefined,
      });
      expect(t.version).toBe(1);
    }

    const again = await loadPolicyTargets(ctx.db, j.id, { actor: ACTOR });
    expect(again).toEqual({ created: [], skipped: CODES });
    expect(await targetsOf(api(), j.id)).toHaveLength(CODES.length);
  });

  it("records one create event per target with the CLI actor, scoped to the jurisdiction", async () => {
    const j = await makeJurisdiction(api());
    await loadPolicyTargets(ctx.db, j.id, { actor: ACTOR });
    const ids = (await targetsOf(api(), j.id)).map((t) => t.id);
    const rows = await ctx.db.select().from(auditEvents).where(inArray(auditEvents.entityId, ids));
    expect(rows).toHaveLength(CODES.length);
    expect(new Set(rows.map((r) => r.entityId))).toEqual(new Set(ids));
    for (const r of rows)
      expect([r.actorId, r.actorRole, r.action, r.entity, r.requestId]).toEqual([ACTOR, "cli", "create", "Target", null]);

    // Through the API: the event reads like a POST /v1/targets one, with the stored row as "after".
    const t12 = (await targetsOf(api(), j.id)).find((t) => t.code === "T12")!;
    const res = await api().get(`/v1/audit-events?entityId=${t12.id}`);
    expect(res.status).toBe(200);
    const [event, ...rest] = auditEventPageSchema.parse(res.body).items;
    expect(rest).toEqual([]);
    expect(event).toMatchObject({ actorId: ACTOR, actorRole: "cli", action: "create", entity: "Target", entityId: t12.id });
    expect(event!.after).toMatchObject({ code: "T12", jurisdictionId: j.id, comparator: "gte", unit: "percent", metric: t12.metric });
    // A second run writes nothing, so it records nothing.
    await loadPolicyTargets(ctx.db, j.id, { actor: ACTOR });
    expect(await ctx.db.select().from(auditEvents).where(inArray(auditEvents.entityId, ids))).toHaveLength(CODES.length);
  });

  it("leaves a code the jurisdiction already has as it is and reports it as skipped", async () => {
    const j = await makeJurisdiction(api());
    const own = policyTargets().find((t) => t.code === "T12")!;
    const created = await api().post("/v1/targets", { ...own, jurisdictionId: j.id, value: 75, notes: "本市提高到75%" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const result = await loadPolicyTargets(ctx.db, j.id, { actor: ACTOR });
    expect(result.skipped).toEqual(["T12"]);
    expect(result.created).toEqual(CODES.filter((c) => c !== "T12"));
    const t12 = targetSchema.parse((await api().get(`/v1/targets/${created.body.id}`)).body);
    expect([t12.value, t12.notes, t12.version]).toEqual([75, "本市提高到75%", 1]);
  });

  it("is safe to run twice at the same time: one run creates, the other skips", async () => {
    const j = await makeJurisdiction(api());
    const [a, b] = await Promise.all([
      loadPolicyTargets(ctx.db, j.id, { actor: ACTOR }),
      loadPolicyTargets(ctx.db, j.id, { actor: ACTOR }),
    ]);
    expect([...a.created, ...b.created].sort()).toEqual([...CODES].sort());
    expect([...a.skipped, ...b.skipped].sort()).toEqual([...CODES].sort());
    expect(await targetsOf(api(), j.id)).toHaveLength(CODES.length);
  });

  it("refuses an unknown jurisdiction with a clear error and writes nothing", async () => {
    const missing = "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d";
    await expect(loadPolicyTargets(ctx.db, missing, { actor: ACTOR })).rejects.toThrow(UnknownJurisdictionError);
    await expect(loadPolicyTargets(ctx.db, missing, { actor: ACTOR })).rejects.toThrow(`No jurisdiction with id ${missing}`);
    await expect(loadPolicyTargets(ctx.db, "not-a-uuid", { actor: ACTOR })).rejects.toThrow("No jurisdiction with id not-a-uuid");
    expect(await ctx.db.select().from(targets).where(eq(targets.jurisdictionId, missing))).toEqual([]);
  });

  it("loads targets that evaluate through the API", async () => {
    const city = await makeJurisdiction(api());
    const county = await makeJurisdiction(api(), { level: "county", parentId: city.id, name: "测试县" });
    const school = await api().post("/v1/schools", {
      code: uniqueCode("S"),
      name: "测试职业教育中心",
      jurisdictionId: county.id,
      stages: ["vocational"],
      ownership: "public",
      locationClass: "urban",
    });
    expect(school.status, JSON.stringify(school.body)).toBe(201);
    await loadPolicyTargets(ctx.db, city.id, { actor: ACTOR });
    const byCode = new Map((await targetsOf(api(), city.id)).map((t) => [t.code, t]));
    for (const [code, query] of [
      ["T12", "?asOf=2025-09-01&groupBy=school"],
      ["T2", ""],
      ["T8", "?asOf=2023-12-31"],
      ["T25a", ""],
      ["T32", ""],
      ["T44", "?groupBy=jurisdiction"],
    ] as const) {
      const t = byCode.get(code)!;
      const e = await evaluation(api(), t.id, query);
      expect([e.targetId, e.jurisdictionId, e.metricKind, e.unit], code).toEqual([t.id, city.id, t.metric.kind, t.unit]);
      expect(e.target, code).toMatchObject({ comparator: t.comparator, value: t.value, deadline: t.deadline });
    }
    // An empty register: no vocational teachers yet, so T12 has nothing to divide and is not met.
    const t12 = await evaluation(api(), byCode.get("T12")!.id, "?asOf=2025-09-01&groupBy=school");
    expect([t12.numerator, t12.denominator, t12.value]).toEqual([0, 0, null]);
    expect(t12.breakdown.map((c) => c.unitId)).toEqual([school.body.id]);
  });
});

describe("the demo register", () => {
  it("loads the policy targets for the demo city, and the main ones evaluate on its data", async () => {
    // Own codes, ids and region code (the PostgreSQL test database is shared and kept between runs);
    // the content is the demo's (seed 2025), so the figures are the ones npm start shows.
    const { counts, cityId } = await loadDemo(ctx.db, {
      codePrefix: uniqueCode("DT"),
      idSeed: Math.floor(Math.random() * 2 ** 31),
      regionCode: String(1100 + Math.floor(Math.random() * 8900)),
    });
    expect(counts.targets).toBe(CODES.length);
    expect(describeCounts(counts)).toMatch(
      new RegExp(`^1 city, 3 counties/districts, 12 schools, 300 teachers, ${CODES.length} targets \\([\\d,]+ rows\\)$`),
    );
    const byCode = new Map((await targetsOf(api(), cityId)).map((t) => [t.code, t]));
    expect([...byCode.keys()].sort()).toEqual([...CODES].sort());
    const ids = [...byCode.values()].map((t) => t.id);
    const events = await ctx.db.select({ actorId: auditEvents.actorId }).from(auditEvents).where(inArray(auditEvents.entityId, ids));
    expect(events.map((e) => e.actorId)).toEqual(ids.map(() => DEMO_ACTOR));

    // 双师型 in the vocational school: 18 of its 31 full-time teachers, just short of 60% (one person).
    const t12 = await evaluation(api(), byCode.get("T12")!.id, "?asOf=2025-09-01&groupBy=school");
    expect([t12.numerator, t12.denominator, t12.value, t12.target?.met, t12.target?.gapMembers]).toEqual([18, 31, 58.0645, false, 1]);
    expect(t12.breakdown.filter((c) => (c.denominator ?? 0) > 0)).toHaveLength(1);

    // The other main targets have a population to speak of, on the date their plan is judged.
    const main: [string, string][] = [
      ["T2", "2025-09-01"],
      ["T16a", "2008-12-31"],
      ["T16b", "2008-12-31"],
      ["T21a", "2025-09-01"],
      ["T21b", "2025-09-01"],
      ["T21c", "2025-09-01"],
      ["T8", "2023-12-31"],
      ["T25a", "2025-09-01"],
      ["T25b", "2025-09-01"],
      ["T32", "2025-09-01"],
      ["T44", "2012-12-31"],
    ];
    for (const [code, asOf] of main) {
      const e = await evaluation(api(), byCode.get(code)!.id, `?asOf=${asOf}`);
      expect(e.population, code).toBeGreaterThan(0);
      expect(e.value, code).not.toBeNull();
      expect(typeof e.target?.met, code).toBe("boolean");
    }
    for (const code of ["T7b", "T7c"])
      expect((await evaluation(api(), byCode.get(code)!.id, "?asOf=2025-09-01")).value, code).toBeGreaterThan(0);
  });
});

describe("npm run targets:load", () => {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  function run(args: string[], extra: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...extra };
    if (process.env.NODE_OPTIONS) env.NODE_OPTIONS = process.env.NODE_OPTIONS;
    return new Promise((resolve) => {
      execFile(process.execPath, ["--import", "tsx", "src/cli/targets/cli.ts", ...args], { cwd: root, env }, (err, stdout, stderr) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });
  }

  it("answers bad or missing arguments with the usage and exit code 2", async () => {
    for (const args of [[], ["--jurisdiction", "T12"], ["--bogus", "x"]]) {
      const res = await run(args, { PGLITE_DIR: "/nonexistent/never-opened" });
      expect(res.code, args.join(" ")).toBe(2);
      expect(res.stderr, args.join(" ")).toContain("Usage: npm run targets:load -- --jurisdiction <jurisdiction id>");
    }
    // Without DATABASE_URL or PGLITE_DIR there is nothing durable to load into.
    const none = await run(["--jurisdiction", "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Set DATABASE_URL (PostgreSQL) or PGLITE_DIR");
  }, 60_000);

  it("migrates, loads and reports what it created, then what it skipped", async () => {
    const missing = "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d";
    let env: Record<string, string>;
    let jurisdictionId: string;
    let dir: string | undefined;
    if (ctx.kind === "postgres") {
      env = { DATABASE_URL: process.env.DATABASE_URL! };
      jurisdictionId = (await makeJurisdiction(api())).id;
    } else {
      // A fresh on-disk database: the first run migrates it (and finds no such jurisdiction).
      dir = await mkdtemp(join(tmpdir(), "shizi-targets-load-"));
      env = { PGLITE_DIR: dir };
      const first = await run(["--jurisdiction", missing], env);
      expect([first.code, first.stderr.trim()]).toEqual([1, `No jurisdiction with id ${missing} (list them with GET /v1/jurisdictions)`]);
      const { PGlite } = await import("@electric-sql/pglite");
      const db = await PGlite.create(dir);
      jurisdictionId = "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0e";
      await db.query(
        `insert into jurisdictions (id, code, name, level, parent_id, path) values ($1, 'CLI-C', '命令行市', 'city', null, $2)`,
        [jurisdictionId, `/${jurisdictionId}/`],
      );
      await db.close();
    }
    try {
      const created = await run(["--jurisdiction", jurisdictionId], env);
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toContain(`Policy targets for jurisdiction ${jurisdictionId}`);
      expect(created.stdout).toContain(`${CODES.length} created, 0 skipped`);
      expect(created.stdout).toContain(`  created: ${CODES.join(" ")}`);
      const skipped = await run(["--jurisdiction", jurisdictionId], env);
      expect(skipped.code, skipped.stderr).toBe(0);
      expect(skipped.stdout).toContain(`0 created, ${CODES.length} skipped`);
      expect(skipped.stdout).toContain(`  skipped: ${CODES.join(" ")}`);
      if (ctx.kind === "postgres") {
        const ids = (await targetsOf(api(), jurisdictionId)).map((t) => t.id);
        const rows = await ctx.db.select({ actorId: auditEvents.actorId }).from(auditEvents).where(inArray(auditEvents.entityId, ids));
        expect(rows.map((r) => r.actorId)).toEqual(CODES.map(() => ACTOR));
      }
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
