import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv.ts";
import { loadSheetJs, XLSX_MEDIA_TYPE } from "../../../src/lib/tabular/index.ts";
import { WORKFORCE_ROWS } from "../../../src/domain/reports/workforce.ts";
import { WORKFORCE_DIMENSIONS } from "../../../src/domain/vocab.ts";
import { workforceReportSchema } from "../../../src/contract/reports.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../../support/factories.ts";
import { client, type Client } from "../../support/http.ts";
import { UNKNOWN_ID } from "../../support/teacher-records.ts";

const ctx = useTestApp();
const root = () => client(ctx);

const D1 = "2023-06-30";
const D2 = "2024-09-30";

type Spec = {
  school: "S1" | "S2" | "S3" | "S4";
  gender: "female" | "male";
  birthDate: string;
  employmentCategory: string;
  hireDate: string;
  endedOn?: string;
  education?: [level: string, completedOn: string][];
  titles?: [level: string, obtainedOn: string][];
  designations?: [type: string, level: string, awardedOn: string, validUntil?: string][];
  credentials?: { kind: string; issuedOn: string; suspendedOn?: string }[];
};

/**
 * The dataset. City C holds county K (schools S1: primary, urban; S2: primary + junior secondary, rural)
 * and S3 (vocational, town) directly; S4 is in another city. Dates straddle D1 and D2; the expected
 * counts below were worked out by hand from this table (see the comment on each teacher).
 */
const TEACHERS: Spec[] = [
  // T1 27 / 29; bachelor; second_grade
  {
    school: "S1",
    gender: "female",
    birthDate: "1995-07-01",
    employmentCategory: "on_establishment",
    hireDate: "2017-09-01",
    education: [["bachelor", "2017-07-01"]],
    titles: [["second_grade", "2020-12-01"]],
  },
  // T2 28 / 30 (birthday on D2); associate → bachelor 2024-01-15; no title
  {
    school: "S1",
    gender: "male",
    birthDate: "1994-09-30",
    employmentCategory: "contract",
    hireDate: "2014-09-01",
    education: [
      ["associate", "2014-07-01"],
      ["bachelor", "2024-01-15"],
    ],
  },
  // T3 35 / 36; master; first_grade → senior 2024-06-01; county backbone until 2023-09-09
  {
    school: "S1",
    gender: "female",
    birthDate: "1988-03-10",
    employmentCategory: "on_establishment",
    hireDate: "2013-09-01",
    education: [["master", "2013-07-01"]],
    titles: [
      ["first_grade", "2018-12-01"],
      ["senior", "2024-06-01"],
    ],
    designations: [["backbone", "county", "2020-09-10", "2023-09-09"]],
  },
  // T4 43 / 44; bachelor; senior; city subject leader and county backbone (highest: city)
  {
    school: "S2",
    gender: "male",
    birthDate: "1980-01-01",
    employmentCategory: "on_establishment",
    hireDate: "2002-09-01",
    education: [["bachelor", "2002-07-01"]],
    titles: [["senior", "2015-12-01"]],
    designations: [
      ["subject_leader", "city", "2019-09-10"],
      ["backbone", "county", "2018-09-10"],
    ],
  },
  // T5 53 / 54; no education on record; no title
  { school: "S2", gender: "female", birthDate: "1970-05-05", employmentCategory: "substitute", hireDate: "1995-09-01" },
  // T6 54 / 55; associate; first_grade
  {
    school: "S2",
    gender: "female",
    birthDate: "1968-12-31",
    employmentCategory: "on_establishment",
    hireDate: "1990-09-01",
    education: [["associate", "1990-07-01"]],
    titles: [["first_grade", "2000-12-01"]],
  },
  // T7 38 / 39; bachelor; first_grade; dual-qualified on both dates
  {
    school: "S3",
    gender: "male",
    birthDate: "1985-06-15",
    employmentCategory: "on_establishment",
    hireDate: "2007-09-01",
    education: [["bachelor", "2007-07-01"]],
    titles: [["first_grade", "2015-12-01"]],
    credentials: [
      { kind: "teacher_certificate", issuedOn: "2008-07-01" },
      { kind: "occupational_qualification", issuedOn: "2022-05-01" },
    ],
  },
  // T8 33 / 34; bachelor; no title; dual-qualified from 2023-09-01 (D2 only)
  {
    school: "S3",
    gender: "female",
    birthDate: "1990-02-20",
    employmentCategory: "contract",
    hireDate: "2012-09-01",
    education: [["bachelor", "2012-07-01"]],
    credentials: [
      { kind: "teacher_certificate", issuedOn: "2013-07-01" },
      { kind: "occupational_qualification", issuedOn: "2023-09-01" },
    ],
  },
  // T9 47 / 49; bachelor; senior; provincial famous teacher; dual until the qualification is suspended 2024-03-01
  {
    school: "S3",
    gender: "male",
    birthDate: "1975-08-08",
    employmentCategory: "on_establishment",
    hireDate: "1997-09-01",
    education: [["bachelor", "1997-07-01"]],
    titles: [["senior", "2010-12-01"]],
    designations: [["famous_teacher", "provincial", "2021-01-01"]],
    credentials: [
      { kind: "teacher_certificate", issuedOn: "1998-07-01" },
      { kind: "occupational_qualification", issuedOn: "2015-05-01", suspendedOn: "2024-03-01" },
    ],
  },
  // T10 joins S1 on 2024-09-01 (D2 only): 25; bachelor; special_post
  {
    school: "S1",
    gender: "female",
    birthDate: "1999-01-01",
    employmentCategory: "special_post",
    hireDate: "2024-09-01",
    education: [["bachelor", "2021-07-01"]],
  },
  // T11 leaves S2 on 2024-07-31 (D1 only): 41; bachelor; second_grade
  {
    school: "S2",
    gender: "male",
    birthDate: "1982-04-04",
    employmentCategory: "on_establishment",
    hireDate: "2004-09-01",
    endedOn: "2024-07-31",
    education: [["bachelor", "2004-07-01"]],
    titles: [["second_grade", "2008-12-01"]],
  },
  // T12 and T13: home post in the other city (T12 also has a concurrent post at S1, which does not count)
  { school: "S4", gender: "female", birthDate: "1992-11-11", employmentCategory: "on_establishment", hireDate: "2015-09-01" },
  { school: "S4", gender: "male", birthDate: "1960-01-01", employmentCategory: "on_establishment", hireDate: "1985-09-01" },
];

/** Hand-computed non-zero cells for city C; every other row must be 0. */
const EXPECTED: Record<string, { total: number; cells: Record<string, Record<string, number>> }> = {
  [D1]: {
    total: 10,
    cells: {
      education_level: { bachelor: 6, associate: 2, master: 1, not_recorded: 1 },
      title_level: { none: 3, second_grade: 2, first_grade: 3, senior: 2 },
      age_band: { age_29_under: 2, age_30_34: 1, age_35_39: 2, age_40_44: 2, age_45_49: 1, age_50_54: 2 },
      employment_category: { on_establishment: 7, contract: 2, substitute: 1 },
      school_stage: { primary: 7, junior_secondary: 4, vocational: 3 },
      location_class: { urban: 3, rural: 4, town: 3 },
      gender: { female: 5, male: 5 },
      dual_qualification: { dual_qualified: 2, not_dual_qualified: 8 },
      designation_level: { none: 7, county: 1, city: 1, provincial: 1 },
    },
  },
  [D2]: {
    total: 10,
    cells: {
      education_level: { bachelor: 7, associate: 1, master: 1, not_recorded: 1 },
      title_level: { none: 4, second_grade: 1, first_grade: 2, senior: 3 },
      age_band: { age_29_under: 2, age_30_34: 2, age_35_39: 2, age_40_44: 1, age_45_49: 1, age_50_54: 1, age_55_over: 1 },
      employment_category: { on_establishment: 6, contract: 2, substitute: 1, special_post: 1 },
      school_stage: { primary: 7, junior_secondary: 3, vocational: 3 },
      location_class: { urban: 4, rural: 3, town: 3 },
      gender: { female: 6, male: 4 },
      dual_qualification: { dual_qualified: 2, not_dual_qualified: 8 },
      designation_level: { none: 8, city: 1, provincial: 1 },
    },
  },
};

let C: string;
let K: string;
let X: string;

async function ok(res: Promise<{ status: number; body: any }>) {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
  return r.body;
}

async function build(api: Client) {
  C = (await makeJurisdiction(api, { name: "测试市" })).id;
  K = (await makeJurisdiction(api, { name: "测试县", level: "county", parentId: C })).id;
  X = (await makeJurisdiction(api, { name: "另一市" })).id;
  const schools = {
    S1: (await makeSchool(api, K, { stages: ["primary"], locationClass: "urban" })).id,
    S2: (await makeSchool(api, K, { stages: ["primary", "junior_secondary"], locationClass: "rural" })).id,
    S3: (await makeSchool(api, C, { name: "测试职校", stages: ["vocational"], locationClass: "town" })).id,
    S4: (await makeSchool(api, X, { stages: ["primary"], locationClass: "urban" })).id,
  };
  const ids: string[] = [];
  for (const s of TEACHERS) {
    const t = await makeTeacher(api, {
      schoolId: schools[s.school],
      gender: s.gender,
      birthDate: s.birthDate,
      employmentCategory: s.employmentCategory,
      hireDate: s.hireDate,
    });
    const base = `/v1/teachers/${t.id}`;
    ids.push(t.id);
    for (const [level, completedOn] of s.education ?? [])
      await ok(api.post(`${base}/education`, { level, institution: "师范大学", completedOn }));
    for (const [level, obtainedOn] of s.titles ?? []) await ok(api.post(`${base}/titles`, { level, obtainedOn }));
    for (const [type, level, awardedOn, validUntil] of s.designations ?? [])
      await ok(api.post(`${base}/designations`, { type, level, awardedOn, ...(validUntil ? { validUntil } : {}) }));
    for (const cr of s.credentials ?? []) {
      const body =
        cr.kind === "teacher_certificate"
          ? { kind: cr.kind, stage: "vocational", issuedOn: cr.issuedOn }
          : { kind: cr.kind, occupation: "电工 高级工", issuedOn: cr.issuedOn };
      const made = await ok(api.post(`${base}/credentials`, body));
      if (cr.suspendedOn) await ok(api.post(`${base}/credentials/${made.id}/events`, { status: "suspended", effectiveOn: cr.suspendedOn }));
    }
    if (s.endedOn) {
      const [a] = (await ok(api.get(`${base}/assignments`))).items;
      await ok(api.post(`${base}/assignments/${a.id}/end`, { endedOn: s.endedOn, reason: "调出" }));
    }
  }
  await ok(api.post(`/v1/teachers/${ids[11]}/assignments`, { schoolId: schools.S1, kind: "secondary", validFrom: "2016-09-01" }));
}

beforeAll(async () => {
  await build(root());
}, 120_000);

async function report(api: Client, query: string) {
  const res = await api.get(`/v1/reports/workforce?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return workforceReportSchema.parse(res.body);
}

/** The counts of a report as { dimension: { code: count } }, zero rows left out. */
function nonZero(r: Awaited<ReturnType<typeof report>>) {
  return Object.fromEntries(
    r.dimensions.map((d) => [d.dimension, Object.fromEntries(d.rows.filter((x) => x.count !== 0).map((x) => [x.code, x.count]))]),
  );
}

describe("GET /v1/reports/workforce", () => {
  for (const asOf of [D1, D2]) {
    it(`counts every dimension by hand on ${asOf}`, async () => {
      const r = await report(root(), `jurisdictionId=${C}&asOf=${asOf}`);
      expect(r).toMatchObject({ jurisdictionId: C, asOf, total: { count: EXPECTED[asOf]!.total, share: 1, suppressed: false } });
      expect(nonZero(r)).toEqual(EXPECTED[asOf]!.cells);
      // Every code of every dimension, in vocabulary order, with labels; shares of the total.
      expect(r.dimensions.map((d) => d.dimension)).toEqual([...WORKFORCE_DIMENSIONS]);
      for (const d of r.dimensions) {
        expect(d.rows.map((x) => x.code)).toEqual(WORKFORCE_ROWS[d.dimension].map((e) => e.code));
        for (const row of d.rows) {
          expect(row.suppressed).toBe(false);
          expect(row.share).toBe(Math.round((row.count! / r.total.count!) * 10_000) / 10_000);
        }
        if (d.dimension !== "school_stage") expect(d.rows.reduce((s, x) => s + x.count!, 0)).toBe(r.total.count);
      }
    });
  }

  it("labels rows from the vocabularies, zero rows included", async () => {
    const r = await report(root(), `jurisdictionId=${C}&asOf=${D2}`);
    const edu = r.dimensions.find((d) => d.dimension === "education_level")!;
    expect(edu.labels).toEqual({ "zh-CN": "学历", en: "Education level" });
    expect(edu.rows[0]).toEqual({
      code: "below_secondary",
      labels: { "zh-CN": "高中以下", en: "Below secondary" },
      count: 0,
      share: 0,
      suppressed: false,
    });
    expect(edu.rows.find((x) => x.code === "bachelor")).toMatchObject({ labels: { "zh-CN": "本科" }, count: 7, share: 0.7 });
    expect(edu.rows.at(-1)).toMatchObject({ code: "not_recorded", labels: { "zh-CN": "未登记" }, count: 1 });
    const des = r.dimensions.find((d) => d.dimension === "designation_level")!;
    expect(des.rows[0]).toMatchObject({ code: "none", labels: { "zh-CN": "无", en: "None" }, count: 8 });
  });

  it("covers a county, and defaults to the caller's own jurisdiction", async () => {
    const r = await report(root(), `jurisdictionId=${K}&asOf=${D2}`);
    expect(r.total.count).toBe(7);
    expect(nonZero(r).location_class).toEqual({ urban: 4, rural: 3 });
    expect(nonZero(r).school_stage).toEqual({ primary: 7, junior_secondary: 3 });
    const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: K }));
    const own = await report(clerk, `asOf=${D1}`);
    expect(own).toMatchObject({ jurisdictionId: K, total: { count: 7 } }); // T1–T6 and T11
    expect(nonZero(own).gender).toEqual({ female: 4, male: 3 });
    expect(nonZero(own).title_level).toEqual({ none: 2, second_grade: 2, first_grade: 2, senior: 1 }); // hr_clerk sees small cells
    const other = await report(root(), `jurisdictionId=${X}&asOf=${D2}`);
    expect(other.total.count).toBe(2);
  });

  it("suppresses cells under 5 for a reporter", async () => {
    const reporter = client(ctx, await ctx.tokenFor("reporter", { jurisdictionId: C }));
    const r = await report(reporter, `asOf=${D2}`);
    expect(r.total).toEqual({ count: 10, share: 1, suppressed: false });
    const edu = Object.fromEntries(r.dimensions.find((d) => d.dimension === "education_level")!.rows.map((x) => [x.code, x]));
    expect(edu.bachelor).toMatchObject({ count: 7, share: 0.7, suppressed: false });
    expect(edu.associate).toMatchObject({ count: null, share: null, suppressed: true });
    expect(edu.doctorate).toMatchObject({ count: 0, share: 0, suppressed: false });
    const gender = Object.fromEntries(r.dimensions.find((d) => d.dimension === "gender")!.rows.map((x) => [x.code, x.count]));
    expect(gender).toEqual({ female: 6, male: null });
    for (const d of r.dimensions) for (const x of d.rows) expect(x.suppressed).toBe(x.count === null);
    const small = await report(client(ctx, await ctx.tokenFor("reporter", { jurisdictionId: X })), `asOf=${D2}`);
    expect(small.total).toEqual({ count: null, share: null, suppressed: true }); // 2 teachers: the total is small too
  });

  it("answers 404 outside the caller's scope or for an unknown jurisdiction, 422 for a bad date", async () => {
    const county = client(ctx, await ctx.tokenFor("reporter", { jurisdictionId: K }));
    for (const id of [C, X, UNKNOWN_ID]) {
      const res = await county.get(`/v1/reports/workforce?jurisdictionId=${id}`);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    for (const bad of ["2024-13-01", "2024-02-30", "yesterday"]) {
      const res = await root().get(`/v1/reports/workforce?jurisdictionId=${C}&asOf=${bad}`);
      expect(res.status, bad).toBe(422);
      expect(res.body.errors.map((e: { parameter: string }) => e.parameter)).toEqual(["asOf"]);
    }
    expect((await root().get(`/v1/reports/workforce?jurisdictionId=nope`)).status).toBe(422);
  });

  it("answers CSV: UTF-8 with BOM, one table with a leading 表 column, zh-CN headers", async () => {
    const res = await ctx.app.request(`/v1/reports/workforce?jurisdictionId=${C}&asOf=${D2}`, {
      headers: { authorization: `Bearer ${ctx.token}`, accept: "text/csv" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="workforce-${D2}.csv"`);
    expect(res.headers.get("vary")).toBe("Accept");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("表,")).toBe(true); // TextDecoder drops the BOM
    const { columns, rows } = parseCsv(text);
    expect(columns).toEqual(["表", "代码", "项目", "项目（英文）", "人数", "占比", "已抑制（少于5人）"]);
    const line = (table: string, code: string) => rows.find((r) => r.values.表 === table && r.values.代码 === code)?.values;
    expect(line("学历", "bachelor")).toEqual({
      表: "学历",
      代码: "bachelor",
      项目: "本科",
      "项目（英文）": "Bachelor",
      人数: "7",
      占比: "0.7",
      "已抑制（少于5人）": "false",
    });
    expect(line("年龄段", "age_55_over")).toMatchObject({ 项目: "55岁及以上", 人数: "1", 占比: "0.1" });
    expect(line("学段", "total")).toMatchObject({ 项目: "合计", 人数: "10", 占比: "1" });
    const perTable = WORKFORCE_DIMENSIONS.map((d) => WORKFORCE_ROWS[d].length + 1);
    expect(rows.length).toBe(perTable.reduce((a, b) => a + b, 0));
  });

  it("answers XLSX: one sheet per dimension, zh-CN header row, numbers as numbers", async () => {
    const reporter = await ctx.tokenFor("reporter", { jurisdictionId: C });
    const res = await ctx.app.request(`/v1/reports/workforce?asOf=${D1}`, {
      headers: { authorization: `Bearer ${reporter}`, accept: XLSX_MEDIA_TYPE },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX_MEDIA_TYPE);
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="workforce-${D1}.xlsx"`);
    const X = await loadSheetJs();
    const wb = X.read(new Uint8Array(await res.arrayBuffer()), { type: "array" });
    expect(wb.SheetNames).toEqual(["学历", "职称", "年龄段", "用人类别", "学段", "城乡分类", "性别", "双师型", "骨干_名师称号级别"]);
    const sheet = wb.Sheets.学历!;
    const aoa = X.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: null });
    expect(aoa[0]).toEqual(["代码", "项目", "项目（英文）", "人数", "占比", "已抑制（少于5人）"]);
    const byCode = Object.fromEntries(aoa.slice(1).map((r) => [r[0], r]));
    expect(byCode.bachelor).toEqual(["bachelor", "本科", "Bachelor", 6, 0.6, false]);
    expect(byCode.associate).toEqual(["associate", "专科", "Associate", null, null, true]); // 2: suppressed for a reporter
    expect(byCode.doctorate).toEqual(["doctorate", "博士研究生", "Doctorate", 0, 0, false]);
    expect(byCode.total).toEqual(["total", "合计", "Total", 10, 1, false]);
    expect(sheet.A5?.v).toBe("bachelor");
    expect(sheet.D5).toMatchObject({ t: "n", v: 6 });
    expect(sheet.E5).toMatchObject({ t: "n", v: 0.6 });
    expect(aoa.length).toBe(1 + WORKFORCE_ROWS.education_level.length + 1);
  });

  it("negotiates: JSON by default and for */*, CSV over JSON by q", async () => {
    const get = (accept?: string) =>
      ctx.app.request(`/v1/reports/workforce?jurisdictionId=${C}&asOf=${D2}`, {
        headers: { authorization: `Bearer ${ctx.token}`, ...(accept ? { accept } : {}) },
      });
    expect((await get()).headers.get("content-type")).toMatch(/^application\/json/);
    expect((await get("*/*")).headers.get("content-type")).toMatch(/^application\/json/);
    expect((await get("application/json, text/csv;q=0.5")).headers.get("content-type")).toMatch(/^application\/json/);
    expect((await get("application/json;q=0.5, text/csv")).headers.get("content-type")).toMatch(/^text\/csv/);
    expect((await get(`${XLSX_MEDIA_TYPE}, */*;q=0.1`)).headers.get("content-type")).toBe(XLSX_MEDIA_TYPE);
  });
});
