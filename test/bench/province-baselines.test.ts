import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { averageNumbers, dualQualifiedRatioSql, ratioNumbers, ruralAverageAgeSql } from "../../bench/province/baselines.ts";
import { provinceStatements } from "../../bench/province/generate.ts";
import { MIGRATIONS_FOLDER } from "../../src/db/client.ts";
import { currentSchoolIdOn, dualQualifiedOn } from "../../src/db/teachers/attributes.ts";

/**
 * The issue-7 bench's hand-written baselines (bench/province/baselines.ts): exact numbers on a
 * hand-made dataset with the edge cases, then agreement with a per-teacher evaluation through the app's
 * own as-of attribute SQL (src/db/teacher-attributes.ts) on a small generated province. Own PGlite
 * (never the shared PostgreSQL test database: the generator writes fixed codes and ids).
 */
const D = "2025-08-31";
let pg: PGlite;

beforeAll(async () => {
  const dump = inject("pgliteDump");
  if (dump) pg = await PGlite.create({ loadDataDir: new Blob([await readFile(dump)]) });
  else {
    pg = await PGlite.create();
    await migrate(drizzle(pg), { migrationsFolder: MIGRATIONS_FOLDER });
  }
});
afterAll(async () => pg?.close());

const id = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, "0")}`;
const run = async <T>(text: string) => (await pg.query<T>(text, [D])).rows;

describe("hand-made dataset", () => {
  const R = id(1);
  const K = id(2);
  const X = id(3);
  const school = { V1: id(11), V2: id(12), P1: id(13), P2: id(14), OUT: id(15) };
  const rootPath = `/${R}/`;

  beforeAll(async () => {
    const q = (text: string) => pg.exec(text);
    await q(`insert into jurisdictions (id, code, name, level, parent_id, path) values
      ('${R}', 'HM-P', 'root', 'province', null, '/${R}/'),
      ('${K}', 'HM-K', 'county', 'county', '${R}', '/${R}/${K}/'),
      ('${X}', 'HM-X', 'elsewhere', 'province', null, '/${X}/')`);
    const s = (key: keyof typeof school, parent: string, path: string) =>
      `('${school[key]}', 'HM-${key}', '${key}', '${parent}', '${path}${school[key]}/')`;
    await q(`insert into schools (id, code, name, jurisdiction_id, path) values
      ${s("V1", K, `/${R}/${K}/`)}, ${s("V2", K, `/${R}/${K}/`)}, ${s("P1", R, `/${R}/`)}, ${s("P2", K, `/${R}/${K}/`)}, ${s("OUT", X, `/${X}/`)}`);
    // Classification periods [school, stages, location class, from, to]: V1 became a rural vocational school in
    // 2020, V2 becomes rural the day after d, so on d only the periods valid then count.
    let k = 0;
    const c = (key: keyof typeof school, stages: string, loc: string, from: string | null, to: string | null) =>
      `('${id(900 + k++)}', '${school[key]}', '${stages}', 'public', '${loc}', ${from ? `'${from}'` : "null"}, ${to ? `'${to}'` : "null"})`;
    await q(`insert into school_classifications (id, school_id, stages, ownership, location_class, valid_from, valid_to) values
      ${c("V1", "{primary}", "urban", null, "2019-12-31")}, ${c("V1", "{vocational}", "rural", "2020-01-01", null)},
      ${c("V2", "{senior_secondary,vocational}", "urban", null, D)}, ${c("V2", "{senior_secondary}", "rural", "2025-09-01", null)},
      ${c("P1", "{primary}", "rural", null, null)}, ${c("P2", "{primary}", "rural", null, null)}, ${c("OUT", "{vocational}", "rural", null, null)}`);
    // teacher n: birth date, then assignments [school, post, from, to, kind], credentials [kind, from, to, events [status, on, id]]
    type Cred = [string, string, string | null, [string, string, number][]?];
    const teachers: [number, string, [keyof typeof school, string, string, string | null, string?][], Cred[]][] = [];
    const cert: Cred = ["teacher_certificate", "2010-01-01", null];
    const occ: Cred = ["occupational_qualification", "2015-01-01", null];
    teachers.push([1, "1985-08-31", [["V1", "teaching", "2010-09-01", null]], [cert, occ]]); // dual
    teachers.push([
      2,
      "1985-09-01",
      [["V1", "teaching", "2010-09-01", null]],
      [cert, ["occupational_qualification", "2015-01-01", "2025-08-30"]],
    ]); // occ expired the day before
    teachers.push([
      3,
      "1990-01-01",
      [["V1", "teaching", "2012-09-01", null]],
      [cert, ["occupational_qualification", "2015-01-01", "2025-08-31"]],
    ]); // expires on d: still active
    teachers.push([4, "2000-02-29", [["V1", "management", "2022-09-01", null]], [cert, occ]]); // not a teaching post
    teachers.push([
      5,
      "1980-01-01",
      [["V2", "teaching", "2010-09-01", null]],
      [
        cert,
        [
          "occupational_qualification",
          "2015-01-01",
          null,
          [
            ["suspended", "2025-01-01", 501],
            ["active", "2025-06-01", 502],
          ],
        ],
      ],
    ]); // reinstated
    teachers.push([
      6,
      "1980-01-01",
      [["V2", "teaching", "2010-09-01", null]],
      [["teacher_certificate", "2010-01-01", null, [["revoked", D, 601]]], occ],
    ]); // revoked on d
    teachers.push([
      7,
      "1980-01-01",
      [["V2", "teaching", "2010-09-01", null]],
      [["teacher_certificate", "2010-01-01", null, [["revoked", "2025-09-01", 701]]], occ],
    ]); // revoked after d
    teachers.push([
      8,
      "1970-08-31",
      [
        ["P1", "teaching", "2000-09-01", "2025-08-31"],
        ["V2", "teaching", "2025-09-01", null],
      ],
      [cert, occ],
    ]); // moves after d
    teachers.push([9, "1980-01-01", [["V2", "teaching", "2010-09-01", null]], [cert, ["occupational_qualification", "2025-09-01", null]]]); // issued after d
    teachers.push([
      10,
      "1980-01-01",
      [["V2", "teaching", "2010-09-01", null]],
      [
        cert,
        [
          "occupational_qualification",
          "2015-01-01",
          null,
          [
            ["suspended", "2025-03-01", 1001],
            ["active", "2025-03-01", 1002],
          ],
        ],
      ],
    ]); // same-day tie: larger id wins
    teachers.push([11, "1980-01-01", [["OUT", "teaching", "2010-09-01", null]], [cert, occ]]); // outside the root
    teachers.push([12, "1980-01-01", [["V1", "teaching", "2010-09-01", "2025-08-30"]], [cert, occ]]); // left the day before
    teachers.push([
      13,
      "1980-12-31",
      [
        ["P1", "teaching", "2010-09-01", null],
        ["V1", "teaching", "2024-09-01", null, "secondary"],
      ],
      [cert, occ],
    ]); // secondary post at V1
    let next = 100_000;
    for (const [n, birth, assignments, credentials] of teachers) {
      await q(
        `insert into teachers (id, name, gender, birth_date, employment_category) values ('${id(1000 + n)}', 't${n}', 'female', '${birth}', 'on_establishment')`,
      );
      for (const [key, post, from, to, kind = "primary"] of assignments) {
        await q(`insert into teacher_assignments (id, teacher_id, school_id, kind, post_type, valid_from, valid_to)
          values ('${id(next++)}', '${id(1000 + n)}', '${school[key]}', '${kind}', '${post}', '${from}', ${to ? `'${to}'` : "null"})`);
      }
      for (const [kind, from, to, events = []] of credentials) {
        const c = id(next++);
        await q(
          `insert into teacher_credentials (id, teacher_id, kind, valid_from, valid_to) values ('${c}', '${id(1000 + n)}', '${kind}', '${from}', ${to ? `'${to}'` : "null"})`,
        );
        for (const [status, on, eid] of events) {
          await q(
            `insert into teacher_credential_events (id, credential_id, status, effective_on) values ('${id(eid)}', '${c}', '${status}', '${on}')`,
          );
        }
      }
    }
  });

  it("dual-qualified ratio per school and overall", async () => {
    const got = ratioNumbers(await run(dualQualifiedRatioSql(rootPath)));
    expect([...got.schools.keys()].sort()).toEqual([school.V1, school.V2, school.P1, school.P2].sort());
    expect(got.schools.get(school.V1)).toMatchObject({ numerator: 2, denominator: 3, value: 66.6667 });
    expect(got.schools.get(school.V2)).toMatchObject({ numerator: 3, denominator: 5, value: 60 });
    expect(got.schools.get(school.P1)).toMatchObject({ numerator: 0, denominator: 0, value: null });
    expect(got.schools.get(school.P2)).toMatchObject({ numerator: 0, denominator: 0, value: null });
    expect(got.total).toMatchObject({ numerator: 5, denominator: 8, value: 62.5 });
  });

  it("rural average age per school and overall", async () => {
    const got = averageNumbers(await run(ruralAverageAgeSql(rootPath)));
    expect(got.schools.size).toBe(4);
    // V1: t1 40 (birthday on d), t2 39 (the day after), t3 35, t4 25 (29 February) — any post type
    expect(got.schools.get(school.V1)).toMatchObject({ numerator: null, denominator: 4, value: 34.75 });
    // P1: t8 (still there on d) 55, t13 44 (home P1; the secondary post does not count)
    expect(got.schools.get(school.P1)).toMatchObject({ denominator: 2, value: 49.5 });
    expect(got.schools.get(school.P2)).toMatchObject({ denominator: 0, value: null });
    expect(got.schools.get(school.V2)).toMatchObject({ denominator: 0, value: null }); // urban
    expect(got.total).toMatchObject({ denominator: 6, value: 39.6667 });
  });
});

describe("generated province, against the app's per-teacher attributes", () => {
  let rootPath = "";
  beforeAll(async () => {
    await pg.transaction(async (tx) => {
      for (const s of provinceStatements({ teachers: 3000, cities: 2, countiesPerCity: 2, schoolsPerCounty: 8, prefix: "BPT", seed: 3 }))
        await tx.exec(s);
    });
    rootPath = (await pg.query<{ path: string }>(`select path from jurisdictions where code = 'BPT-P'`)).rows[0]!.path;
  });

  it("has history on both sides of the date", async () => {
    const [row] = (
      await pg.query<Record<string, number>>(
        `select
        (select count(*) from teacher_assignments where valid_to < $1::date)::int as ended_before,
        (select count(*) from teacher_assignments where valid_from > $1::date)::int as started_after,
        (select count(*) from teacher_credential_events where effective_on > $1::date)::int as events_after,
        (select count(*) from teacher_credential_events where effective_on <= $1::date)::int as events_before,
        (select count(*) from school_classifications where 'vocational' = any(stages))::int as vocational,
        (select count(*) from school_classifications where location_class = 'rural')::int as rural,
        (select count(*) from school_classifications where valid_from < $1::date)::int as reclassified_before,
        (select count(distinct location_class) from school_classifications c where valid_from is not null
          and location_class <> (select p.location_class from school_classifications p where p.school_id = c.school_id and p.valid_to = c.valid_from - 1))::int as class_changed`,
        [D],
      )
    ).rows;
    for (const v of Object.values(row!)) expect(v).toBeGreaterThan(0);
  });

  it("both baselines equal a per-teacher evaluation with src/db/teacher-attributes.ts", async () => {
    const db = drizzle(pg);
    const d = sql`${D}`;
    const people = (
      await db.execute<{ id: string; birth: string; school: string | null; dual: boolean }>(
        sql`select "teachers"."id", "teachers"."birth_date"::text as birth, ${currentSchoolIdOn(d)} as school, ${dualQualifiedOn(d)} as dual from "teachers"`,
      )
    ).rows;
    const posts = new Map(
      (
        await pg.query<{ teacher_id: string; post_type: string }>(
          `select teacher_id, post_type from teacher_assignments a where ${"a.kind = 'primary' and a.valid_from <= $1::date and (a.valid_to is null or a.valid_to >= $1::date)"}`,
          [D],
        )
      ).rows.map((r) => [r.teacher_id, r.post_type]),
    );
    const schools = new Map(
      (
        await pg.query<{ id: string; stages: string[]; location_class: string }>(
          `select s.id, c.stages, c.location_class from schools s join school_classifications c on c.school_id = s.id
            and (c.valid_from is null or c.valid_from <= $1::date) and (c.valid_to is null or c.valid_to >= $1::date)
           where s.path like '${rootPath}%'`,
          [D],
        )
      ).rows.map((s) => [s.id, s]),
    );
    const ratio = new Map([...schools.keys()].map((k) => [k, { n: 0, d: 0 }]));
    const age = new Map([...schools.keys()].map((k) => [k, { sum: 0, n: 0 }]));
    const yearsOn = (birth: string) => {
      const [y, m, dd] = birth.split("-").map(Number) as [number, number, number];
      return 2025 - y - (m > 8 || (m === 8 && dd > 31) ? 1 : 0);
    };
    for (const p of people) {
      const s = p.school ? schools.get(p.school) : undefined;
      if (!s) continue;
      if (s.stages.includes("vocational") && posts.get(p.id) === "teaching") {
        ratio.get(s.id)!.d++;
        if (p.dual) ratio.get(s.id)!.n++;
      }
      if (s.location_class === "rural") {
        age.get(s.id)!.n++;
        age.get(s.id)!.sum += yearsOn(p.birth);
      }
    }
    const gotRatio = ratioNumbers(await run(dualQualifiedRatioSql(rootPath)));
    const gotAge = averageNumbers(await run(ruralAverageAgeSql(rootPath)));
    expect(gotRatio.schools.size).toBe(schools.size);
    expect(gotAge.schools.size).toBe(schools.size);
    for (const [k, want] of ratio)
      expect([k, gotRatio.schools.get(k)!.numerator, gotRatio.schools.get(k)!.denominator]).toEqual([k, want.n, want.d]);
    for (const [k, want] of age) {
      const got = gotAge.schools.get(k)!;
      expect([k, got.denominator, got.exact === null ? null : Math.round(got.exact * got.denominator)]).toEqual([
        k,
        want.n,
        want.n ? want.sum : null,
      ]);
    }
    const dualTotal = [...ratio.values()].reduce((a, b) => ({ n: a.n + b.n, d: a.d + b.d }), { n: 0, d: 0 });
    expect(gotRatio.total).toMatchObject({ numerator: dualTotal.n, denominator: dualTotal.d });
    expect(dualTotal.d).toBeGreaterThan(50);
    expect(dualTotal.n).toBeGreaterThan(0);
    expect(dualTotal.n).toBeLessThan(dualTotal.d);
  });
});
