import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditEvents } from "../../../src/db/schema/index.ts";
import { parseCsv } from "../../../src/lib/csv.ts";
import { loadSheetJs, XLSX_MEDIA_TYPE } from "../../../src/lib/tabular/index.ts";
import { evaluationSchema } from "../../../src/contract/metrics.ts";
import { targetSchema } from "../../../src/contract/targets.ts";
import { teacherPageSchema } from "../../../src/contract/teachers.ts";
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

const DUAL = { kind: "ratio", population: { schoolStage: ["vocational"], postType: ["teaching"] }, numerator: { dualQualified: true } };
const T12 = (overrides: Record<string, unknown> = {}) => ({
  jurisdictionId: d.city.id,
  code: "T12",
  title: "职业院校“双师型”教师占专任教师比例",
  plan: { title: "“十四五”教育发展规划", from: "2021-01-01", to: "2025-12-31" },
  source: { document: "004_35fdff4f42dcbf70.txt (第七篇 四.)", quote: "全市职业院校“双师型”教师占专任教师比例达六零%以上" },
  metric: DUAL,
  comparator: "gte",
  value: 60,
  unit: "percent",
  deadline: "2025-12-31",
  ...overrides,
});

async function create(body: Record<string, unknown>) {
  const res = await api().post("/v1/targets", body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return targetSchema.parse(res.body);
}
const pointers = (res: { body: { errors?: { pointer?: string }[] } }) => (res.body.errors ?? []).map((e) => e.pointer);

describe("targets", () => {
  let t12: ReturnType<typeof targetSchema.parse>;
  beforeAll(async () => {
    t12 = await create(T12());
  });

  it("creates a target as data, with an ETag, Location and an audit event", async () => {
    expect(t12).toMatchObject({ code: "T12", value: 60, unit: "percent", status: "active", version: 1, tolerance: null, notes: null });
    expect(t12.metric).toEqual(DUAL);
    const got = await api().get(`/v1/targets/${t12.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get("etag")).toBe('"1"');
    expect(targetSchema.parse(got.body)).toEqual(t12);
    const events = await ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "Target"), eq(auditEvents.entityId, t12.id)));
    expect(events.map((e) => e.action)).toEqual(["create"]);
  });

  it("refuses a unit that does not fit the metric, approx without tolerance, and a duplicate code", async () => {
    const unit = await api().post("/v1/targets", T12({ code: "X1", unit: "people" }));
    expect([unit.status, pointers(unit)]).toEqual([422, ["/unit"]]);
    const approx = await api().post("/v1/targets", T12({ code: "X2", comparator: "approx" }));
    expect([approx.status, pointers(approx)]).toEqual([422, ["/tolerance"]]);
    const dup = await api().post("/v1/targets", T12());
    expect(dup.status).toBe(409);
    const badMetric = await api().post(
      "/v1/targets",
      T12({ code: "X3", metric: { kind: "ratio", numerator: { titleAtLeast: "professor" } } }),
    );
    expect([badMetric.status, pointers(badMetric)]).toEqual([422, ["/metric/numerator/titleAtLeast"]]);
    const county = await ctx.tokenFor("bureau_admin", { jurisdictionId: d.a.id });
    const above = await client(ctx, county).post("/v1/targets", T12({ code: "X4" }));
    expect([above.status, pointers(above)]).toEqual([422, ["/jurisdictionId"]]);
  });

  it("changes with If-Match, archives, and lists by jurisdiction and status", async () => {
    const t = await create(T12({ code: "T22", value: 70, title: "职业学校教师双师型比例" }));
    const stale = await api().patch(`/v1/targets/${t.id}`, { value: 75 }, { "if-match": '"9"' });
    expect(stale.status).toBe(412);
    const changed = await api().patch(`/v1/targets/${t.id}`, { value: 75, notes: "修订" }, { "if-match": '"1"' });
    expect(changed.status).toBe(200);
    expect(targetSchema.parse(changed.body)).toMatchObject({ value: 75, notes: "修订", version: 2 });
    const wrongUnit = await api().patch(`/v1/targets/${t.id}`, { metric: { kind: "average", attribute: "age" } });
    expect([wrongUnit.status, pointers(wrongUnit)]).toEqual([422, ["/unit"]]);
    const archived = await api().patch(`/v1/targets/${t.id}`, { status: "archived" });
    expect(archived.body.status).toBe("archived");
    const active = await api().get(`/v1/targets?jurisdictionId=${d.city.id}&status=active`);
    expect(active.body.items.map((x: { code: string }) => x.code)).toEqual(["T12"]);
    const countyView = await client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: d.a.id })).get(`/v1/targets/${t12.id}`);
    expect(countyView.status).toBe(404);
  });

  it("evaluates: met, gap, the people short, days to the deadline, as of any date", async () => {
    const before = evaluationSchema.parse((await api().get(`/v1/targets/${t12.id}/evaluation?asOf=${BEFORE}`)).body);
    // BEFORE: 2 of 4 = 50% < 60%: 0.4 × 4 = 1.6 → 1 more 双师型 teacher would meet it.
    expect(before).toMatchObject({ targetId: t12.id, value: 50, numerator: 2, denominator: 4 });
    expect(before.target).toEqual({
      comparator: "gte",
      value: 60,
      tolerance: null,
      deadline: "2025-12-31",
      met: false,
      gap: 10,
      gapMembers: 1,
      daysToDeadline: 549,
    });
    const after = evaluationSchema.parse((await api().get(`/v1/targets/${t12.id}/evaluation?asOf=${AFTER}&groupBy=school`)).body);
    expect(after.target).toMatchObject({ met: true, gap: 0, gapMembers: 0, daysToDeadline: 122 });
    expect(after.breakdown.find((c) => c.unitId === d.S1.id)).toMatchObject({ value: 60, met: true });
    const lte = await create({
      ...T12(),
      code: "T2",
      title: "农村教师平均年龄",
      metric: { kind: "average", attribute: "age", population: { locationClass: ["rural"] } },
      comparator: "lte",
      value: 40,
      unit: "years",
    });
    const age = evaluationSchema.parse((await api().get(`/v1/targets/${lte.id}/evaluation?asOf=${AFTER}`)).body);
    expect(age).toMatchObject({ value: 41, unit: "years" });
    expect(age.target).toMatchObject({ met: false, gap: 1, gapMembers: null });
  });

  it("drills down to the teachers of the numerator, the population and the gap", async () => {
    const ids = async (set: string, asOf = AFTER) => {
      const res = await api().get(`/v1/targets/${t12.id}/members?set=${set}&asOf=${asOf}&limit=2`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const first = teacherPageSchema.parse(res.body);
      const rest = first.nextCursor
        ? teacherPageSchema.parse(
            (await api().get(`/v1/targets/${t12.id}/members?set=${set}&asOf=${asOf}&limit=200&cursor=${first.nextCursor}`)).body,
          ).items
        : [];
      return [...first.items, ...rest].map((t) => t.id).sort();
    };
    const { v1, v2, v3, v4, v6 } = d.ids;
    expect(await ids("numerator")).toEqual([v1, v2, v6].sort());
    expect(await ids("population")).toEqual([v1, v2, v3, v4, v6].sort());
    expect(await ids("gap")).toEqual([v3, v4].sort());
    expect(await ids("gap", BEFORE)).toEqual([v2, v4].sort());
    const reporter = await ctx.tokenFor("reporter", { jurisdictionId: d.city.id });
    expect((await client(ctx, reporter).get(`/v1/targets/${t12.id}/members`)).status).toBe(403);
    const rate = await create({
      ...T12(),
      code: "T25a",
      title: "上站率",
      metric: { kind: "training_rate", rate: "attendance" },
      value: 95,
    });
    const none = await api().get(`/v1/targets/${rate.id}/members`);
    expect(none.status).toBe(422);
  });

  it("keeps snapshots as the trend, in date order", async () => {
    const t = await create(T12({ code: "T12s" }));
    for (const asOf of [AFTER, BEFORE]) {
      const res = await api().post(`/v1/targets/${t.id}/snapshots`, { asOf });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    // A later correction of the records does not rewrite what was reported.
    const trend = await api().get(`/v1/targets/${t.id}/snapshots`);
    expect(trend.status).toBe(200);
    expect(trend.body.items.map((s: { asOf: string; evaluation: { value: number } }) => [s.asOf, s.evaluation.value])).toEqual([
      [BEFORE, 50],
      [AFTER, 60],
    ]);
    const reporter = await ctx.tokenFor("reporter", { jurisdictionId: d.city.id });
    expect((await client(ctx, reporter).post(`/v1/targets/${t.id}/snapshots`, {})).status).toBe(403);
    // A snapshot is stored with every cell (for its creator); a reader without small-cell access still gets
    // them withheld: BEFORE, S1 has 4 teachers in the population.
    const byAdmin = await api().post(`/v1/targets/${t.id}/snapshots`, { asOf: BEFORE, groupBy: "school" });
    const s1 = (e: { breakdown: { unitId: string }[] }) => e.breakdown.find((c) => c.unitId === d.S1.id);
    expect(s1(byAdmin.body.evaluation)).toMatchObject({ numerator: 2, denominator: 4, suppressed: false });
    const seen = await client(ctx, reporter).get(`/v1/targets/${t.id}/snapshots`);
    const stored = seen.body.items.find((x: { id: string }) => x.id === byAdmin.body.id);
    expect(s1(stored.evaluation)).toMatchObject({ numerator: null, denominator: null, value: null, population: null, suppressed: true });
    // ... and so is the headline: 4 people.
    expect(stored.evaluation).toMatchObject({ value: null, suppressed: true });
    expect(byAdmin.body.evaluation).toMatchObject({ value: 50, suppressed: false });
  });

  it("reports every active target of the jurisdiction with its progress, as JSON, CSV and XLSX", async () => {
    const res = await api().get(`/v1/reports/targets?jurisdictionId=${d.city.id}&asOf=${BEFORE}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const codes = res.body.items.map((i: { target: { code: string } }) => i.target.code);
    expect(codes).toEqual(["T2", "T12", "T12s", "T25a"]);
    const byCode = Object.fromEntries(
      res.body.items.map((i: { target: { code: string }; evaluation: unknown }) => [i.target.code, evaluationSchema.parse(i.evaluation)]),
    );
    expect(byCode.T12).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
    expect(byCode.T12.target).toMatchObject({ met: false, gapMembers: 1 });
    expect(byCode.T2.value).toBeCloseTo((43 + 34 + 54) / 3, 4);
    // Nothing had started by BEFORE: enrolments come in 2025.
    expect(byCode.T25a).toMatchObject({ numerator: 0, denominator: 0, value: null });

    const csv = await ctx.app.request(`/v1/reports/targets?jurisdictionId=${d.city.id}&asOf=${BEFORE}`, {
      headers: { authorization: `Bearer ${ctx.token}`, accept: "text/csv" },
    });
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="targets-${BEFORE}.csv"`);
    const { columns, rows } = parseCsv((await csv.text()).replace(/^\uFEFF/, ""));
    expect(columns.slice(0, 8)).toEqual(["编号", "目标", "规划", "指标类型", "要求", "目标值", "单位", "现值"]);
    const t12row = rows.find((r) => r.values.编号 === "T12")!.values;
    expect([t12row.指标类型, t12row.要求, t12row.目标值, t12row.现值, t12row.是否达成]).toEqual(["比例", "不低于", "60", "50", "false"]);

    const xlsx = await ctx.app.request(`/v1/reports/targets?jurisdictionId=${d.city.id}&asOf=${AFTER}`, {
      headers: { authorization: `Bearer ${ctx.token}`, accept: XLSX_MEDIA_TYPE },
    });
    const X = await loadSheetJs();
    const wb = X.read(new Uint8Array(await xlsx.arrayBuffer()), { type: "array" });
    expect(wb.SheetNames).toEqual(["目标进展"]);
    const aoa = X.utils.sheet_to_json<unknown[]>(wb.Sheets.目标进展!, { header: 1, defval: null });
    const row = aoa.find((r) => r[0] === "T12")!;
    expect([row[5], row[7], row[10]]).toEqual([60, 60, true]);

    const outside = await client(ctx, await ctx.tokenFor("reporter", { jurisdictionId: d.a.id })).get(
      `/v1/reports/targets?jurisdictionId=${d.city.id}`,
    );
    expect(outside.status).toBe(404);
  });
});
