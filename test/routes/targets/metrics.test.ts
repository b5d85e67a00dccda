import { beforeAll, describe, expect, it } from "vitest";
import { evaluationSchema, type Evaluation } from "../../../src/contract/metrics.ts";
import { useTestApp } from "../../support/app.ts";
import { client } from "../../support/http.ts";
import { addTraining, AFTER, BEFORE, buildDataset, type Dataset } from "./dataset.ts";

const ctx = useTestApp();
const api = () => client(ctx);
let d: Dataset;

beforeAll(async () => {
  d = await buildDataset(api(), ctx.db);
  await addTraining(api(), ctx.db, d);
});

async function evaluate(metric: unknown, asOf: string, groupBy = "none", jurisdictionId = d.city.id, token = ctx.token) {
  const res = await client(ctx, token).post("/v1/metrics/evaluate", { metric, asOf, groupBy, jurisdictionId });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return evaluationSchema.parse(res.body);
}
const cell = (e: Evaluation, id: string) => e.breakdown.find((c) => c.unitId === id)!;

const DUAL = { kind: "ratio", population: { schoolStage: ["vocational"], postType: ["teaching"] }, numerator: { dualQualified: true } };
const RURAL_AGE = { kind: "average", attribute: "age", population: { locationClass: ["rural"] } };

describe("metric evaluation, each kind on a hand-built register", () => {
  it("ratio: 双师型 among vocational full-time teachers, before and after the records change", async () => {
    // BEFORE: population v1 v2 v3 v4 (v5 is management, v6 still at S4); dual: v1, v3 (v3's revocation comes later) = 2/4.
    const before = await evaluate(DUAL, BEFORE);
    expect([before.numerator, before.denominator, before.value, before.unit]).toEqual([2, 4, 50, "percent"]);
    // AFTER: v6 has moved to S1; v2 qualified 2025-01-01; v3 revoked 2025-03-01: dual v1 v2 v6 = 3/5.
    const after = await evaluate(DUAL, AFTER);
    expect([after.numerator, after.denominator, after.value]).toEqual([3, 5, 60]);
  });

  it("ratio grouped by school lists every school in scope, empty ones with a null value", async () => {
    const e = await evaluate(DUAL, AFTER, "school");
    expect(e.breakdown.map((c) => c.unitId).sort()).toEqual([d.S1.id, d.S2.id, d.S3.id, d.S4.id, d.S5.id].sort());
    expect(cell(e, d.S1.id)).toMatchObject({
      unitType: "school",
      numerator: 3,
      denominator: 5,
      value: 60,
      population: 5,
      suppressed: false,
    });
    expect(cell(e, d.S4.id)).toMatchObject({ numerator: 0, denominator: 0, value: null, population: 0 });
    // BEFORE, v6 counted at S4 (junior secondary, not vocational), so S4 is still empty.
    const b = await evaluate(DUAL, BEFORE, "school");
    expect(cell(b, d.S4.id)).toMatchObject({ denominator: 0 });
  });

  it("ratio grouped by jurisdiction gives one row per child county", async () => {
    const e = await evaluate(
      { kind: "ratio", numerator: { educationAtLeast: "associate" }, population: { schoolStage: ["primary"] } },
      BEFORE,
      "jurisdiction",
    );
    // Primary teachers: r1 r2 (county A), r3 (B; r4 not yet hired). 专科+: r1 (bachelor), r3 (associate); r2 only secondary vocational.
    expect([e.numerator, e.denominator]).toEqual([2, 3]);
    expect(e.value).toBeCloseTo(66.6667, 4);
    expect(e.breakdown).toHaveLength(2);
    expect(cell(e, d.a.id)).toMatchObject({ unitType: "jurisdiction", unitName: "甲县", numerator: 1, denominator: 2 });
    expect(cell(e, d.b.id)).toMatchObject({ unitType: "jurisdiction", numerator: 1, denominator: 1, value: 100 });
    const after = await evaluate(
      { kind: "ratio", numerator: { educationAtLeast: "associate" }, population: { schoolStage: ["primary"] } },
      AFTER,
    );
    // r2 reached associate in 2025, r4 (bachelor) hired: 4/4.
    expect([after.numerator, after.denominator, after.value]).toEqual([4, 4, 100]);
  });

  it("average: rural teachers' age in 周岁, counted up on the birthday", async () => {
    // BEFORE (2024-06-30): r1 born 1980-07-01 → 43; r2 born 1990-06-30 → 34 (birthday today); r3 → 54.
    const b = await evaluate(RURAL_AGE, BEFORE);
    expect([b.numerator, b.denominator, b.unit]).toEqual([null, 3, "years"]);
    expect(b.value).toBeCloseTo((43 + 34 + 54) / 3, 4);
    // AFTER (2025-08-31): 45, 35, 55 and r4 (born 1995-12-31) → 29.
    const a = await evaluate(RURAL_AGE, AFTER, "school");
    expect([a.denominator, a.value]).toEqual([4, 41]);
    expect(cell(a, d.S2.id).value).toBe(40);
    expect(cell(a, d.S3.id).value).toBe(42);
    expect(cell(a, d.S1.id)).toMatchObject({ value: null, population: 0 });
  });

  it("average of years of teaching, with a filter on gender", async () => {
    // Rural men: r2 only, hired 2012-09-01 → 12 years on 2025-08-31 (13 on 2025-09-01).
    const e = await evaluate(
      { kind: "average", attribute: "yearsOfTeaching", population: { all: [{ locationClass: ["rural"] }, { gender: "male" }] } },
      AFTER,
    );
    expect([e.denominator, e.value]).toEqual([1, 12]);
  });

  it("count: teachers, and designations held on the date or awarded in a window", async () => {
    const backbone = { kind: "count", of: "designations", designation: { types: ["backbone"], levelAtLeast: "city" } };
    // r1's city backbone (2022-09-10 – 2025-09-09) counts; r3's is county level.
    expect((await evaluate(backbone, AFTER)).value).toBe(1);
    expect((await evaluate(backbone, "2025-09-10")).value).toBe(0);
    expect((await evaluate({ ...backbone, designation: { types: ["backbone"] } }, AFTER)).value).toBe(2);
    // 新增 (awarded 2023–2025) at city level or above: v1's provincial 名师 (2023-09-10).
    const awarded = {
      kind: "count",
      of: "designations",
      designation: { levelAtLeast: "city", awarded: { from: "2023-01-01", to: "2025-12-31" } },
    };
    const e = await evaluate(awarded, AFTER);
    expect([e.value, e.unit]).toEqual([1, "designations"]);
    expect((await evaluate(awarded, "2023-09-09")).value).toBe(0);
    const people = await evaluate({ kind: "count", filter: { hireDate: { from: "2025-01-01" } } }, AFTER);
    expect([people.value, people.unit]).toEqual([3, "people"]); // r4, k1, k2
  });

  it("coverage: schools with a 名师 in each subject flag", async () => {
    const metric = {
      kind: "coverage",
      filter: { designation: { types: ["famous_teacher"] } },
      subjectFlags: ["music", "physical_education"],
    };
    // BEFORE: v1 (music) is a 名师 at S1, v4's PE award comes in 2025: no school is covered.
    const b = await evaluate(metric, BEFORE, "school");
    expect([b.numerator, b.denominator, b.value, b.unit]).toEqual([0, 5, 0, "percent"]);
    expect(cell(b, d.S1.id).missingSubjectFlags).toEqual(["physical_education"]);
    const a = await evaluate(metric, AFTER, "school");
    expect([a.numerator, a.denominator, a.value]).toEqual([1, 5, 20]);
    expect(cell(a, d.S1.id)).toMatchObject({ value: 100, missingSubjectFlags: [] });
    expect(cell(a, d.S2.id).missingSubjectFlags).toEqual(["music", "physical_education"]);
    // Only vocational schools count: 1 of 1.
    const voc = await evaluate({ ...metric, schools: { stages: ["vocational"] } }, AFTER, "school");
    expect([voc.numerator, voc.denominator, voc.breakdown.length]).toEqual([1, 1, 1]);
  });

  it("training compliance: share whose cycle is complete (or on track)", async () => {
    // Rural teachers with ≥ 1 year of teaching on AFTER: r1 (360 h: complete), r2 (350 h: on track — the straight-line
    // share by 2025-08-31 is 360 × 1704/1826 ≈ 335.9 h), r3 (100 h: behind). r4 (hired 2025-03) is left out by the filter.
    const population = { all: [{ locationClass: ["rural"] }, { yearsOfTeaching: { min: 1 } }] };
    const complete = await evaluate({ kind: "training_compliance", population }, AFTER);
    expect([complete.numerator, complete.denominator]).toEqual([1, 3]);
    const onTrack = await evaluate({ kind: "training_compliance", population, statuses: ["complete", "on_track"] }, AFTER, "school");
    expect([onTrack.numerator, onTrack.denominator]).toEqual([2, 3]);
    expect(cell(onTrack, d.S2.id)).toMatchObject({ numerator: 2, denominator: 2, value: 100 });
    expect(cell(onTrack, d.S3.id)).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
  });

  it("training rates: 上站率, 单科结业率, completion and 人次 as of a date", async () => {
    const rate = async (r: string, asOf = AFTER) => evaluate({ kind: "training_rate", rate: r, programs: { levels: ["city"] } }, asOf);
    const attendance = await rate("attendance");
    expect([attendance.numerator, attendance.denominator]).toEqual([2, 3]);
    const modules = await rate("module_completion");
    expect([modules.numerator, modules.denominator, modules.value]).toEqual([3, 6, 50]);
    const completion = await rate("completion");
    expect([completion.numerator, completion.denominator]).toEqual([1, 3]);
    const personTimes = await rate("person_times");
    expect([personTimes.value, personTimes.unit]).toEqual([1, "person_times"]);
    // On 2025-03-01 only r1 had started; no module result yet.
    const early = await rate("attendance", "2025-03-01");
    expect([early.numerator, early.denominator]).toEqual([1, 3]);
    expect((await rate("module_completion", "2025-03-01")).numerator).toBe(0);
    expect((await evaluate({ kind: "training_rate", rate: "attendance", programs: { levels: ["national"] } }, AFTER)).denominator).toBe(0);
  });

  it("hires share: kindergarten share of the year's on-establishment hires", async () => {
    const metric = {
      kind: "hires_share",
      hired: { from: "2025-01-01", to: "2025-12-31" },
      population: { employmentCategory: ["on_establishment"] },
      numerator: { schoolStage: ["kindergarten"] },
    };
    // r4 (primary) and k1 (kindergarten) on establishment; k2 is a contract teacher.
    const e = await evaluate(metric, AFTER, "jurisdiction");
    expect([e.numerator, e.denominator, e.value]).toEqual([1, 2, 50]);
    expect(cell(e, d.b.id)).toMatchObject({ numerator: 1, denominator: 2 });
    expect(cell(e, d.a.id)).toMatchObject({ numerator: 0, denominator: 0, value: null });
    expect((await evaluate(metric, BEFORE)).denominator).toBe(0);
  });

  it("filters combine with any and not, and a missing value is false under not", async () => {
    // Vocational teachers (incl. management) who are NOT dual-qualified or are in management, BEFORE: v2, v4 (not dual), v5 (management).
    const e = await evaluate(
      {
        kind: "count",
        filter: { all: [{ schoolStage: ["vocational"] }, { any: [{ not: { dualQualified: true } }, { postType: ["management"] }] }] },
      },
      BEFORE,
    );
    expect(e.value).toBe(3);
    // Everyone in the city on AFTER: 12; a teacher matches exactly one of "hired ≥ 2025" and its negation.
    const hired = await evaluate({ kind: "count", filter: { hireDate: { from: "2025-01-01" } } }, AFTER);
    const notHired = await evaluate({ kind: "count", filter: { not: { hireDate: { from: "2025-01-01" } } } }, AFTER);
    expect(hired.value! + notHired.value!).toBe(12);
  });

  it("reporter: cells about fewer than 5 people are suppressed", async () => {
    const reporter = await ctx.tokenFor("reporter", { jurisdictionId: d.city.id });
    const e = await evaluate(RURAL_AGE, AFTER, "school", d.city.id, reporter);
    // 4 rural teachers in all: the headline is withheld as well.
    expect(e).toMatchObject({ suppressed: true, value: null });
    expect(cell(e, d.S2.id)).toMatchObject({ suppressed: true, value: null, numerator: null, denominator: null, population: null });
    // 5 people at S1: shown.
    const dual = await evaluate(DUAL, AFTER, "school", d.city.id, reporter);
    expect(cell(dual, d.S1.id)).toMatchObject({ suppressed: false, value: 60 });
    // An empty cell reveals no one and is not suppressed.
    expect(cell(dual, d.S4.id)).toMatchObject({ suppressed: false, population: 0 });
    // A headline about fewer than 5 people is withheld too: a filter could narrow it to one person.
    const one = await evaluate(
      { kind: "ratio", population: { gender: "male" }, numerator: { locationClass: ["rural"] } },
      AFTER,
      "none",
      d.city.id,
      reporter,
    );
    expect(one).toMatchObject({ suppressed: true, numerator: null, denominator: null, value: null, population: null });
    const admin = await evaluate({ kind: "ratio", population: { gender: "male" }, numerator: { locationClass: ["rural"] } }, AFTER);
    expect(admin).toMatchObject({ suppressed: false, numerator: 1, denominator: 1 });
  });

  it("reporter: when one cell is withheld, the next smallest goes too, so the total cannot give it away", async () => {
    const reporter = await ctx.tokenFor("reporter", { jurisdictionId: d.city.id });
    // AFTER, by county: A has 8 teachers (v1–v6, r1, r2), B has 4 (r3, r4, k1, k2).
    const metric = { kind: "ratio", numerator: { educationAtLeast: "associate" } };
    const seen = await evaluate(metric, AFTER, "jurisdiction", d.city.id, reporter);
    expect(seen.denominator).toBe(12);
    expect(cell(seen, d.b.id)).toMatchObject({ suppressed: true, denominator: null });
    expect(cell(seen, d.a.id)).toMatchObject({ suppressed: true, denominator: null });
    const full = await evaluate(metric, AFTER, "jurisdiction");
    expect([cell(full, d.a.id).denominator, cell(full, d.b.id).denominator]).toEqual([8, 4]);
    // Coverage cells say something about a school's staff: small schools are withheld as well.
    const coverage = await evaluate(
      { kind: "coverage", filter: { designation: { types: ["famous_teacher"] } } },
      AFTER,
      "school",
      d.city.id,
      reporter,
    );
    expect(cell(coverage, d.S1.id)).toMatchObject({ suppressed: false, value: 100 });
    expect(cell(coverage, d.S2.id)).toMatchObject({ suppressed: true, value: null });
  });

  it("refuses bodies that would be expensive or deep before they reach the database", async () => {
    // 5,000 levels of `not` (written as text: JSON.stringify itself would overflow on it)
    const deep = `{"metric":{"kind":"ratio","numerator":${'{"not":'.repeat(5000)}{"gender":"male"}${"}".repeat(5000)}},"jurisdictionId":"${d.city.id}"}`;
    const res = await api().post("/v1/metrics/evaluate", deep);
    expect([res.status, res.body.errors?.[0]?.pointer]).toEqual([422, ""]);
    const many = await api().post("/v1/metrics/evaluate", {
      metric: { kind: "ratio", numerator: { schoolStage: Array(20_000).fill("primary") } },
      jurisdictionId: d.city.id,
    });
    expect(many.status).toBe(422);
    const twice = await api().post("/v1/metrics/evaluate", {
      metric: { kind: "ratio", numerator: { gender: "male", schoolStage: ["primary", "primary"] } },
      jurisdictionId: d.city.id,
    });
    expect([twice.status, twice.body.errors[0].pointer]).toEqual([422, "/metric/numerator/schoolStage"]);
  });

  it("scope: a county sees its own subtree only; bad definitions are 422 with pointers", async () => {
    const county = await ctx.tokenFor("hr_clerk", { jurisdictionId: d.a.id });
    const own = await evaluate(DUAL, AFTER, "none", d.a.id, county);
    expect(own.denominator).toBe(5);
    const other = await client(ctx, county).post("/v1/metrics/evaluate", { metric: DUAL, asOf: AFTER, jurisdictionId: d.b.id });
    expect(other.status).toBe(404);
    const city = await client(ctx, county).post("/v1/metrics/evaluate", { metric: DUAL, asOf: AFTER, jurisdictionId: d.city.id });
    expect(city.status).toBe(404);
    const bad = await api().post("/v1/metrics/evaluate", {
      metric: { kind: "ratio", numerator: { educationAtLeast: "phd" } },
      jurisdictionId: d.city.id,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((x: { pointer: string }) => x.pointer)).toContain("/metric/numerator/educationAtLeast");
    const sql = await api().post("/v1/metrics/evaluate", {
      metric: { kind: "ratio", numerator: { raw: "1=1; drop table teachers" } },
      jurisdictionId: d.city.id,
    });
    expect(sql.status).toBe(422);
    const deep = { not: { not: { not: { not: { not: { not: { not: { gender: "male" } } } } } } } };
    const tooDeep = await api().post("/v1/metrics/evaluate", { metric: { kind: "ratio", numerator: deep }, jurisdictionId: d.city.id });
    expect(tooDeep.status).toBe(422);
    expect(tooDeep.body.errors[0].pointer).toBe("/metric/numerator");
    const teacher = await ctx.tokenFor("school_sync", { schoolId: d.S1.id });
    expect((await client(ctx, teacher).post("/v1/metrics/evaluate", { metric: DUAL, jurisdictionId: d.city.id })).status).toBe(403);
  });
});
