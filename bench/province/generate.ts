/**
 * The issue-7 data: a province-like tree (province → cities → counties → schools) and N teachers with
 * history, generated inside PostgreSQL (generate_series, set-based INSERT … SELECT; nothing crosses the
 * wire but the statements). Deterministic: every "random" choice is hashint8extended(row number, salt),
 * so the same options give the same rows on every run and under any plan (parallel or not), and ids
 * are UUIDv7-shaped constants (table tag in the timestamp field, the row number in the tail), so they
 * sort in insertion order like the app's own v7 ids and the indexes grow at the right edge.
 *
 * History around the evaluation date (2025-08-31), so "as of" matters: ~18 % of teachers moved school
 * (an ended primary assignment and a current one; ~1 in 10 moves is after the date, so on the date they
 * still count at the old school), ~2 % left before the date and ~1 % after it, ~1.5 % are hired after
 * it; titles promoted, education upgraded, subjects changed, credentials that expire, are revoked,
 * suspended (some reinstated, a few on the same day) on either side of the date, designations that end.
 *
 * The statements are plain SQL so they run on PostgreSQL (postgres.js) and on PGlite (the unit test).
 * They run with session_replication_role = replica, which skips the foreign-key triggers and the
 * change-feed triggers (the generated rows are consistent by construction; the bench reads no changes).
 */
export interface ProvinceOptions {
  teachers: number;
  cities: number;
  countiesPerCity: number;
  schoolsPerCounty: number;
  /** Jurisdiction, school and staff-number codes start with it (the reuse marker). */
  prefix: string;
  seed: number;
}

export const PROVINCE_DEFAULTS: ProvinceOptions = {
  teachers: 1_000_000,
  cities: 12,
  countiesPerCity: 10,
  schoolsPerCounty: 30,
  prefix: "BPROV",
  seed: 7,
};

/** The tables the generator fills, in load order. */
export const PROVINCE_TABLES = [
  "jurisdictions",
  "schools",
  "school_classifications",
  "teachers",
  "teacher_employment",
  "teacher_assignments",
  "teacher_titles",
  "teacher_education",
  "teacher_credentials",
  "teacher_credential_events",
  "teacher_designations",
  "teacher_subjects",
] as const;

/** Table tags in the ids (so ids never collide across tables and read as "generated"). */
const TAG = {
  jurisdiction: 1,
  school: 2,
  teacher: 3,
  assignment: 4,
  title: 5,
  education: 6,
  credential: 7,
  event: 8,
  designation: 9,
  subject: 10,
  classification: 11,
  employment: 12,
};

export function provinceStatements(options: Partial<ProvinceOptions> = {}): string[] {
  const o = { ...PROVINCE_DEFAULTS, ...options };
  for (const k of ["teachers", "cities", "countiesPerCity", "schoolsPerCounty", "seed"] as const) {
    if (!Number.isSafeInteger(o[k]) || o[k] < 1) throw new Error(`${k} must be a positive integer`);
  }
  if (!/^[A-Z0-9]+$/.test(o.prefix)) throw new Error("prefix: capitals and digits only");
  const P = o.prefix;
  const N = o.teachers;
  const S = o.cities * o.countiesPerCity * o.schoolsPerCounty;
  const D = `'2025-08-31'::date`;
  // u(i, salt): a deterministic uniform number in [0, 1) for row i; id(tag, i): a UUIDv7-shaped constant.
  const u = (i: string, salt: number) => `pg_temp.bp_u(${i}, ${o.seed * 1000 + salt})`;
  const id = (tag: number, i: string) => `pg_temp.bp_id(${o.seed * 100 + tag}, ${i})`;
  const pick = (arr: string[], i: string, salt: number) =>
    `(array[${arr.map((x) => `'${x}'`).join(",")}])[1 + floor(${u(i, salt)} * ${arr.length})::int]`;
  return [
    `set local session_replication_role = replica`,
    `set local jit = off`, // the cost estimates of generate_series joins trigger seconds of JIT compilation for nothing
    `create or replace function pg_temp.bp_u(i bigint, salt bigint) returns float8 language sql immutable parallel safe as
      $$ select (hashint8extended(i, salt) & 281474976710655)::float8 / 281474976710656 $$`,
    `create or replace function pg_temp.bp_id(tag int, i bigint) returns uuid language sql immutable parallel safe as
      $$ select (lpad(to_hex(1700000000000 + tag), 12, '0') || '7000' || '8' || lpad(to_hex(i), 15, '0'))::uuid $$`,

    // Jurisdictions: province = 0, city c = c, county (c, k) = 1000 + (c-1)*K + k.
    `insert into jurisdictions (id, code, name, level, parent_id, path)
      select ${id(TAG.jurisdiction, "0")}, '${P}-P', '${P} 省', 'province', null, '/' || ${id(TAG.jurisdiction, "0")} || '/'`,
    `insert into jurisdictions (id, code, name, level, parent_id, path)
      select ${id(TAG.jurisdiction, "c")}, '${P}-C' || lpad(c::text, 2, '0'), '${P} 市 ' || c, 'city', ${id(TAG.jurisdiction, "0")},
        '/' || ${id(TAG.jurisdiction, "0")} || '/' || ${id(TAG.jurisdiction, "c")} || '/'
      from generate_series(1, ${o.cities}) c`,
    `insert into jurisdictions (id, code, name, level, parent_id, path)
      select ${id(TAG.jurisdiction, `1000 + (c - 1) * ${o.countiesPerCity} + k`)},
        '${P}-C' || lpad(c::text, 2, '0') || '-K' || lpad(k::text, 2, '0'), '${P} 县 ' || c || '-' || k, 'county', ${id(TAG.jurisdiction, "c")},
        '/' || ${id(TAG.jurisdiction, "0")} || '/' || ${id(TAG.jurisdiction, "c")} || '/' || ${id(TAG.jurisdiction, `1000 + (c - 1) * ${o.countiesPerCity} + k`)} || '/'
      from generate_series(1, ${o.cities}) c, generate_series(1, ${o.countiesPerCity}) k`,

    // Schools j = 0 … S-1 (county = 1001 + j / schoolsPerCounty): ~5 % vocational, ~40 % rural, mixed stages.
    `create temp table bp_school on commit drop as
      select j, ${id(TAG.school, "j")} as id, stages, loc,
        -- relative size: vocational and urban schools are bigger, teaching points tiny
        (case when 'vocational' = any(stages) then 2.5 when 'teaching_point' = any(stages) then 0.15 when stages = '{kindergarten}' then 0.4 else 1 end)
          * (case loc when 'urban' then 1.5 when 'town' then 1.0 else 0.7 end) * (0.4 + ${u("j", 3)}) as w
      from (select j, stages,
          case when 'vocational' = any(stages) then (case when r < 0.6 then 'urban' when r < 0.95 then 'town' else 'rural' end)
               else (case when r < 0.43 then 'rural' when r < 0.71 then 'town' else 'urban' end) end as loc
        from (select j, ${u("j", 2)} as r,
            case when s < 0.025 then '{vocational}'::text[] when s < 0.05 then '{senior_secondary,vocational}'
                 when s < 0.13 then '{kindergarten}' when s < 0.53 then '{primary}' when s < 0.70 then '{junior_secondary}'
                 when s < 0.78 then '{nine_year}' when s < 0.86 then '{senior_secondary}' when s < 0.91 then '{junior_secondary,senior_secondary}'
                 when s < 0.95 then '{primary,teaching_point}' when s < 0.97 then '{special_education}' else '{kindergarten,primary}' end as stages
          from (select j, ${u("j", 1)} as s from generate_series(0, ${S - 1}) j) x) y) z`,
    `insert into schools (id, code, name, jurisdiction_id, path)
      select s.id, '${P}-S' || lpad(s.j::text, 5, '0'), '${P} 学校 ' || s.j, j.id, j.path || s.id || '/'
      from bp_school s join jurisdictions j on j.id = ${id(TAG.jurisdiction, `1001 + s.j / ${o.schoolsPerCounty}`)}`,
    // Classification: the facts on D are bp_school's. ~12 % of schools were reclassified once between
    // 2019 and 2025 (before: one class more rural, never weak), so as-of answers depend on the date.
    `create temp table bp_class on commit drop as
      select s.j, s.id, s.stages, s.loc, case when ${u("s.j", 4)} < 0.08 then 'private' else 'public' end as ownership,
        s.loc = 'rural' and ${u("s.j", 5)} < 0.15 as remote, ${u("s.j", 6)} < 0.1 as weak,
        case when ${u("s.j", 7)} < 0.7 then 20 + floor(${u("s.j", 8)} * 400)::int end as quota,
        case when ${u("s.j", 9)} < 0.12 then ${D} - 30 - floor(${u("s.j", 10)} * 2200)::int end as reclassified
      from bp_school s`,
    `insert into school_classifications (id, school_id, stages, ownership, location_class, remote, weak, staffing_quota, valid_from, valid_to)
      select ${id(TAG.classification, "c.j")}, c.id, c.stages, c.ownership,
          case when c.reclassified is null then c.loc when c.loc = 'urban' then 'town' else 'rural' end,
          c.remote and c.reclassified is null, c.weak and c.reclassified is null, c.quota, null, c.reclassified - 1
        from bp_class c
      union all
      select ${id(TAG.classification, `${S} + c.j`)}, c.id, c.stages, c.ownership, c.loc, c.remote, c.weak, c.quota, c.reclassified, null
        from bp_class c where c.reclassified is not null`,
    // Teachers per school in proportion to the weights, exactly N in all: school j holds lo+1 … hi.
    `create temp table bp_range on commit drop as
      select j, id, stages, loc, coalesce(lag(hi) over (order by j), 0) as lo, hi
      from (select j, id, stages, loc, case when j = ${S - 1} then ${N}
          else least(${N}, floor(${N} * sum(w) over (order by j) / sum(w) over ())::bigint) end as hi from bp_school) x`,

    // One row per teacher with every choice the record tables need.
    `create temp table bp_t on commit drop as
      select i, home_j, home, voc, kg, birth, hire, ended_on,
        case when ended_on is not null and ended_on <= move then null else move end as move,
        (home_j + 1 + floor(${u("i", 22)} * ${S - 1})::int) % ${S} as prev_j
      from (select i, home_j, home, voc, kg, birth, hire,
          case when fate < 0.02 then greatest(hire, ${D} - 1 - floor(${u("i", 24)} * 2000)::int)
               when fate < 0.03 then greatest(hire, ${D} + 1 + floor(${u("i", 24)} * 200)::int) end as ended_on,
          case when ${u("i", 21)} < 0.18 and mv > hire + 30 then mv end as move
        from (select i, r.j as home_j, r.id as home, 'vocational' = any(r.stages) as voc, r.stages = '{kindergarten}' as kg, birth,
            case when ${u("i", 11)} < 0.015 then ${D} + 1 + floor(${u("i", 12)} * 60)::int
                 else least(birth + 8036 + floor(${u("i", 12)} * 1460)::int, ${D} - 1 - floor(${u("i", 13)} * 60)::int) end as hire,
            ${u("i", 20)} as fate,
            '2016-01-01'::date + floor(${u("i", 23)} * 3834)::int as mv
          from bp_range r, generate_series(r.lo + 1, r.hi) i,
            lateral (select '1965-03-01'::date + floor(${u("i", 10)} * 13870)::int as birth) b) x) y`,
    `insert into teachers (id, name, gender, birth_date, national_id, staff_number, employment_category, hire_date, teaching_start_date, status, ended_on, end_reason)
      select ${id(TAG.teacher, "i")},
        ${pick(["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"], "i", 30)} ||
          ${pick(["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平"], "i", 31)},
        case when ${u("i", 32)} < 0.7 then 'female' else 'male' end, birth,
        case when ${u("i", 33)} >= 0.15 then '99' || lpad(i::text, 16, '0') end,
        '${P}-T' || lpad(i::text, 7, '0'),
        case when e < 0.8 then 'on_establishment' when e < 0.92 then 'contract' when e < 0.97 then 'substitute' else 'special_post' end,
        hire, hire,
        case when ended_on is null then 'active' when ended_on > birth + 20000 then 'retired' else 'left' end,
        ended_on, case when ended_on is not null then case when ended_on > birth + 20000 then 'retirement' else 'resignation' end end
      from (select *, ${u("i", 34)} as e from bp_t) t`,

    // Employment periods, as the migration makes them: one since the start, ended teachers a second from the day after.
    `insert into teacher_employment (id, teacher_id, employment_category, status, reason, valid_from, valid_to)
      select ${id(TAG.employment, "2 * x.i")}, t.id, t.employment_category, 'active', null, null, t.ended_on
        from bp_t x join teachers t on t.id = ${id(TAG.teacher, "x.i")}
      union all
      select ${id(TAG.employment, "2 * x.i + 1")}, t.id, t.employment_category, t.status, t.end_reason, t.ended_on + 1, null
        from bp_t x join teachers t on t.id = ${id(TAG.teacher, "x.i")} where x.ended_on is not null`,

    // Primary assignments: 2i = the first post, 2i+1 = the post after a move; 2N+2+i = a secondary post (2 %).
    `insert into teacher_assignments (id, teacher_id, school_id, kind, post_type, valid_from, valid_to, end_reason)
      select ${id(TAG.assignment, "2 * i")}, ${id(TAG.teacher, "i")}, case when move is null then home else ${id(TAG.school, "prev_j")} end,
        'primary', ${pick(["teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "management", "management", "support"], "i", 40)},
        hire, case when move is null then ended_on else move - 1 end,
        case when move is not null then 'transfer' when ended_on is not null then 'left' end
      from bp_t
      union all
      select ${id(TAG.assignment, "2 * i + 1")}, ${id(TAG.teacher, "i")}, home, 'primary',
        ${pick(["teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "teaching", "management", "support"], "i", 41)},
        move, ended_on, case when ended_on is not null then 'left' end
      from bp_t where move is not null
      union all
      select ${id(TAG.assignment, `${2 * N + 2} + i`)}, ${id(TAG.teacher, "i")}, ${id(TAG.school, "prev_j")}, 'secondary', 'teaching',
        greatest(hire, '2024-09-01'::date), ended_on, null
      from bp_t where ${u("i", 42)} < 0.02 and (ended_on is null or ended_on >= greatest(hire, '2024-09-01'::date))`,

    // Titles: the first (二级/三级) a year after hire; 45 % promoted (一级, some 高级) 3–15 years later.
    `insert into teacher_titles (id, teacher_id, level, valid_from, valid_to)
      select ${id(TAG.title, "2 * i")}, ${id(TAG.teacher, "i")}, case when ${u("i", 50)} < 0.3 then 'third_grade' else 'second_grade' end,
        hire + 365, case when promo is not null then promo - 1 end
      from (select i, hire, case when ${u("i", 51)} < 0.45 then hire + 365 + 1095 + floor(${u("i", 52)} * 4380)::int end as promo from bp_t) t
      union all
      select ${id(TAG.title, "2 * i + 1")}, ${id(TAG.teacher, "i")}, case when ${u("i", 53)} < 0.2 then 'senior' else 'first_grade' end, promo, null
      from (select i, case when ${u("i", 51)} < 0.45 then hire + 365 + 1095 + floor(${u("i", 52)} * 4380)::int end as promo from bp_t) t
      where promo is not null`,
    // Education: the qualification at hire; 12 % upgrade in service 2–12 years later.
    `insert into teacher_education (id, teacher_id, level, institution, mode, valid_from)
      select ${id(TAG.education, "2 * i")}, ${id(TAG.teacher, "i")},
        case when r < 0.02 then 'secondary_vocational' when r < 0.27 then 'associate' when r < 0.92 then 'bachelor' else 'master' end,
        '师范大学', 'full_time', hire - 60
      from (select i, hire, ${u("i", 60)} as r from bp_t) t
      union all
      select ${id(TAG.education, "2 * i + 1")}, ${id(TAG.teacher, "i")},
        case when r < 0.27 then 'bachelor' when r < 0.92 then 'master' else 'doctorate' end, '教育学院', 'in_service',
        hire + 730 + floor(${u("i", 62)} * 3650)::int
      from (select i, hire, ${u("i", 60)} as r from bp_t) t where ${u("i", 61)} < 0.12 and r >= 0.02`,

    // Credentials: 2i = teacher certificate (92 %; 15 % with a 5-year registration period that ends),
    // 2i+1 = occupational qualification (60 % of vocational teachers, 3 % of others; 60 % expire).
    `create temp table bp_c on commit drop as
      select 2 * i as c, i, 'teacher_certificate' as kind, hire - 30 - floor(${u("i", 71)} * 300)::int as vf,
        case when ${u("i", 72)} < 0.15 then 1 end as expires
      from bp_t where ${u("i", 70)} < 0.92
      union all
      select 2 * i + 1, i, 'occupational_qualification', hire + floor(${u("i", 74)} * 2920)::int, case when ${u("i", 75)} < 0.6 then 2 end
      from bp_t where ${u("i", 73)} < case when voc then 0.6 else 0.03 end`,
    `alter table bp_c add column vt date`,
    `update bp_c set vt = case expires when 1 then vf + 1825 - 1 when 2 then vf + 1095 + floor(${u("c", 76)} * 1095)::int end where expires is not null`,
    // Events on 6 % of credentials: revoked / suspended / expired between issue and a year after the
    // date; 40 % of suspensions are reinstated ('active') later, one in ten on the same day (id order decides).
    `create temp table bp_e on commit drop as
      select c, 2 * c as n, status, on1 as effective_on from (
        select c, vf, ${pick(["revoked", "suspended", "suspended", "expired"], "c", 81)} as status,
          vf + floor(${u("c", 82)} * greatest(0, ${D} + 365 - vf))::int as on1 from bp_c where ${u("c", 80)} < 0.06) x
      union all
      select c, 2 * c + 1, 'active', case when ${u("c", 84)} < 0.1 then on1 else on1 + 30 + floor(${u("c", 85)} * 370)::int end from (
        select c, ${pick(["revoked", "suspended", "suspended", "expired"], "c", 81)} as status,
          vf + floor(${u("c", 82)} * greatest(0, ${D} + 365 - vf))::int as on1 from bp_c where ${u("c", 80)} < 0.06) x
      where status = 'suspended' and ${u("c", 83)} < 0.4`,
    `insert into teacher_credentials (id, teacher_id, kind, number, status, valid_from, valid_to)
      select ${id(TAG.credential, "c.c")}, ${id(TAG.teacher, "c.i")}, c.kind, '${P}-' || c.c,
        coalesce(e.status, 'active'), c.vf, c.vt
      from bp_c c left join (select distinct on (c) c, status from bp_e order by c, n desc) e on e.c = c.c`,
    `insert into teacher_credential_events (id, credential_id, status, effective_on, reason)
      select ${id(TAG.event, "n")}, ${id(TAG.credential, "c")}, status, effective_on, 'generated' from bp_e`,

    // Designations (10 %): three-year terms from 2019 on, ending on either side of the date.
    `insert into teacher_designations (id, teacher_id, type, level, valid_from, valid_to)
      select ${id(TAG.designation, "i")}, ${id(TAG.teacher, "i")}, ${pick(["backbone", "backbone", "backbone", "subject_leader", "famous_teacher", "teaching_expert"], "i", 90)},
        ${pick(["school", "county", "county", "city", "provincial"], "i", 91)}, vf, vf + 1094
      from (select i, '2019-09-01'::date + floor(${u("i", 92)} * 2190)::int as vf from bp_t where ${u("i", 93)} < 0.1) t`,
    // Subjects: one from hire; 12 % change subject 1–10 years later.
    `insert into teacher_subjects (id, teacher_id, subject, stage, valid_from, valid_to)
      select ${id(TAG.subject, "2 * i")}, ${id(TAG.teacher, "i")}, s1, st, hire, case when ch is not null then ch - 1 end
      from (select i, hire, case when kg then 'preschool' when voc and ${u("i", 100)} < 0.5 then 'vocational_specialty'
            else ${pick(["chinese", "mathematics", "english", "physics", "chemistry", "biology", "history", "geography", "physical_education", "music", "art", "ict"], "i", 101)} end as s1,
          case when kg then 'kindergarten' when voc then 'vocational' end as st,
          case when ${u("i", 102)} < 0.12 then hire + 365 + floor(${u("i", 103)} * 3285)::int end as ch from bp_t) t
      union all
      select ${id(TAG.subject, "2 * i + 1")}, ${id(TAG.teacher, "i")}, ${pick(["ideological_political", "psychology", "labour", "science", "ict"], "i", 104)}, null, ch, null
      from (select i, case when ${u("i", 102)} < 0.12 then hire + 365 + floor(${u("i", 103)} * 3285)::int end as ch from bp_t) t where ch is not null`,
  ];
}

/** Statements to run after the load transaction (outside it): fresh statistics and visibility maps. */
export const provinceAfterLoad = PROVINCE_TABLES.map((t) => `vacuum (analyze) ${t}`);
