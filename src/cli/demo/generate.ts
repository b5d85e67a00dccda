import type * as s from "../../db/schema/index.ts";
import { checkCharacter } from "../../domain/national-id.ts";
import { EDUCATION_LEVELS, type DesignationLevel, type DESIGNATION_TYPES } from "../../domain/vocab.ts";
import { COUNTY_NAMES, GIVEN_FEMALE, GIVEN_MALE, INSTITUTIONS, MAJORS, OCCUPATIONS, SCHOOL_NAMES, SURNAMES } from "./names.ts";
import { addDays, addYears, createRandom, dateIn, yearOf, type Random } from "./random.ts";
import { employmentPeriods } from "./employment.ts";
import { generateTraining, type TrainingRows } from "./training.ts";
import type { EducationLevel, LocationClass, SchoolStage, Subject, TitleLevel } from "./types.ts";

type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"];

/** Rows per table, in an order that respects foreign keys. */
export interface Dataset extends TrainingRows {
  jurisdictions: Row<typeof s.jurisdictions>[];
  schools: Row<typeof s.schools>[];
  /** Each school's classification since its creation (one period, validFrom null). */
  schoolClassifications: Row<typeof s.schoolClassifications>[];
  teachers: Row<typeof s.teachers>[];
  employment: Row<typeof s.teacherEmployment>[];
  assignments: Row<typeof s.teacherAssignments>[];
  titles: Row<typeof s.teacherTitles>[];
  postAppointments: Row<typeof s.teacherPostAppointments>[];
  education: Row<typeof s.teacherEducation>[];
  coursework: Row<typeof s.teacherGraduateCoursework>[];
  subjects: Row<typeof s.teacherSubjects>[];
  credentials: Row<typeof s.teacherCredentials>[];
  credentialEvents: Row<typeof s.teacherCredentialEvents>[];
  designations: Row<typeof s.teacherDesignations>[];
  ethics: Row<typeof s.teacherEthicsRecords>[];
  appraisals: Row<typeof s.teacherAnnualAppraisals>[];
}

export interface DatasetOptions {
  /** PRNG seed: the same options always give byte-identical rows (ids included). */
  seed?: number;
  /** Seed of the id stream alone (default: derived from `seed`). Another value gives the same register
   * under different ids, e.g. to load it twice into one database. */
  idSeed?: number;
  /** Prefix of every jurisdiction, school and staff-number code (codes are unique columns). */
  codePrefix?: string;
  cityName?: string;
  counties?: number;
  schoolsPerCounty?: number;
  teachers?: number;
  /** The "today" the histories lead up to; nothing is dated after it except open-ended terms. */
  referenceDate?: string;
  /** First four digits (province + city) of the national IDs and certificate numbers. */
  regionCode?: string;
  /** Training records per teacher on average (programme completions plus claims). */
  trainingRecordsPerTeacher?: number;
}

export const DEMO_DEFAULTS = {
  seed: 2025,
  codePrefix: "DEMO",
  cityName: "示范市",
  counties: 3,
  schoolsPerCounty: 4,
  teachers: 300,
  referenceDate: "2025-09-01",
  regionCode: "2111",
  trainingRecordsPerTeacher: 8,
} as const satisfies Required<Omit<DatasetOptions, "idSeed">>;

interface SchoolInfo {
  id: string;
  stage: SchoolStage;
  stages: SchoolStage[];
  location: LocationClass;
  privateOwned: boolean;
  county: number;
  countyName: string;
  /** Six-digit administrative region code of the county. */
  region: string;
  weight: number;
  /** Its classification period (the demo's schools keep one). */
  row: Row<typeof s.schoolClassifications>;
}

/** Non-vocational schools take their stage from this cycle; the vocational school is placed separately. */
const STAGE_CYCLE: SchoolStage[] = [
  "primary",
  "junior_secondary",
  "kindergarten",
  "nine_year",
  "senior_secondary",
  "primary",
  "junior_secondary",
  "nine_year",
  "kindergarten",
  "senior_secondary",
  "primary",
  "teaching_point",
  "primary",
  "junior_secondary",
  "primary",
  "kindergarten",
];
const SCHOOL_KIND: Record<SchoolStage, string> = {
  kindergarten: "幼儿园",
  primary: "小学",
  junior_secondary: "初级中学",
  nine_year: "九年一贯制学校",
  senior_secondary: "高级中学",
  vocational: "职业教育中心",
  special_education: "特殊教育学校",
  teaching_point: "教学点",
};
/** Relative staff size by stage (teachers are shared out in proportion; rural schools are smaller). */
const STAFF_WEIGHT: Record<SchoolStage, number> = {
  kindergarten: 0.6,
  primary: 1,
  junior_secondary: 1.1,
  nine_year: 1.3,
  senior_secondary: 1.6,
  vocational: 1.4,
  special_education: 0.4,
  teaching_point: 0.15,
};
const FEMALE_SHARE: Record<SchoolStage, number> = {
  kindergarten: 0.97,
  primary: 0.8,
  teaching_point: 0.7,
  nine_year: 0.72,
  junior_secondary: 0.66,
  senior_secondary: 0.58,
  vocational: 0.5,
  special_education: 0.8,
};
const UPPER_SECONDARY_SUBJECTS = new Set<Subject>(["physics", "chemistry", "biology", "history", "geography"]);
const CERT_TYPE_DIGIT: Partial<Record<SchoolStage, number>> = {
  kindergarten: 1,
  primary: 2,
  junior_secondary: 3,
  senior_secondary: 4,
  vocational: 5,
};

const rank = (level: EducationLevel) => EDUCATION_LEVELS.indexOf(level);

function stagesOf(stage: SchoolStage): SchoolStage[] {
  return stage === "nine_year" ? ["nine_year", "primary", "junior_secondary"] : [stage];
}

function subjectFor(r: Random, school: SchoolInfo): Subject {
  if (school.stage === "vocational") {
    return r.weighted([
      ["vocational_specialty", 55],
      ["chinese", 8],
      ["mathematics", 8],
      ["english", 6],
      ["ideological_political", 5],
      ["physical_education", 5],
      ["ict", 8],
      ["art", 2],
      ["music", 2],
      ["psychology", 1],
    ]);
  }
  if (school.stage === "kindergarten")
    return r.weighted([
      ["preschool", 86],
      ["music", 4],
      ["art", 4],
      ["health_care", 6],
    ]);
  // Rural schools are short of music, art and PE specialists (the "weak subjects" of the plans).
  const arts = school.location === "rural" ? 0.4 : 1;
  const base: [Subject, number][] = [
    ["chinese", 22],
    ["mathematics", 20],
    ["english", 10],
    ["ideological_political", 6],
    ["physical_education", 8 * arts],
    ["music", 5 * arts],
    ["art", 5 * arts],
    ["labour", 2],
    ["health_care", 1.5],
    ["ict", 4],
    ["psychology", 2],
  ];
  if (school.stage === "primary" || school.stage === "teaching_point") base.push(["science", 5]);
  else base.push(["physics", 5], ["chemistry", 4], ["biology", 4], ["history", 4], ["geography", 4]);
  if (school.stage === "nine_year") base.push(["science", 3]);
  return r.weighted(base);
}

/** The stage a subject is taught at in this school (a nine-year school has both halves). */
function stageFor(r: Random, school: SchoolInfo, subject: Subject): SchoolStage {
  if (school.stage === "teaching_point") return "primary";
  if (school.stage !== "nine_year") return school.stage;
  if (UPPER_SECONDARY_SUBJECTS.has(subject)) return "junior_secondary";
  if (subject === "science") return "primary";
  return r.chance(0.55) ? "primary" : "junior_secondary";
}

/** Highest education on leaving full-time study, by stage taught and cohort (older teachers came from 中师/专科). */
function initialEducation(r: Random, stage: SchoolStage, age: number, rural: boolean): EducationLevel {
  const old = age >= 45;
  let level: EducationLevel;
  switch (stage) {
    case "kindergarten":
      level = old
        ? r.weighted([
            ["secondary_vocational", 40],
            ["associate", 48],
            ["bachelor", 12],
          ])
        : r.weighted([
            ["secondary_vocational", 8],
            ["associate", 52],
            ["bachelor", 38],
            ["master", 2],
          ]);
      break;
    case "primary":
    case "teaching_point":
      level = old
        ? r.weighted([
            ["secondary_vocational", 45],
            ["associate", 38],
            ["bachelor", 17],
          ])
        : r.weighted([
            ["secondary_vocational", 2],
            ["associate", 26],
            ["bachelor", 67],
            ["master", 5],
          ]);
      break;
    case "nine_year":
    case "junior_secondary":
      level = old
        ? r.weighted([
            ["secondary_vocational", 10],
            ["associate", 45],
            ["bachelor", 45],
          ])
        : r.weighted([
            ["associate", 9],
            ["bachelor", 79],
            ["master", 12],
          ]);
      break;
    case "vocational":
      level = old
        ? r.weighted([
            ["associate", 20],
            ["bachelor", 75],
            ["master", 5],
          ])
        : r.weighted([
            ["associate", 5],
            ["bachelor", 70],
            ["master", 23],
            ["doctorate", 2],
          ]);
      break;
    default:
      level = old
        ? r.weighted([
            ["associate", 12],
            ["bachelor", 83],
            ["master", 5],
          ])
        : r.weighted([
            ["bachelor", 76],
            ["master", 22],
            ["doctorate", 2],
          ]);
  }
  if (rural && level === "bachelor" && r.chance(0.15)) level = "associate";
  if (age < 26 && rank(level) > rank("bachelor")) level = "bachelor";
  return level;
}

const GRADUATION_AGE: Record<EducationLevel, [number, number]> = {
  below_secondary: [17, 18],
  secondary_vocational: [18, 19],
  associate: [20, 21],
  bachelor: [22, 23],
  master: [25, 26],
  doctorate: [28, 30],
};

/** The next step of the title ladder: years after the last step and the share that ever takes it. */
function nextTitle(level: TitleLevel, location: LocationClass): { level: TitleLevel; years: [number, number]; p: number } | undefined {
  switch (level) {
    case "third_grade":
      return { level: "second_grade", years: [4, 5], p: 0.97 };
    case "second_grade":
      return { level: "first_grade", years: [5, 7], p: location === "rural" ? 0.8 : 0.86 };
    case "first_grade":
      return { level: "senior", years: [5, 10], p: location === "urban" ? 0.5 : location === "town" ? 0.42 : 0.34 };
    case "senior":
      return { level: "senior_professional", years: [8, 12], p: 0.06 };
    default:
      return undefined;
  }
}

/** 专业技术岗位等级 for a post level: 正高 1–4, 高级 5–7, 一级 8–10, 二级 11–12, 三级 13. */
function postGrade(r: Random, level: TitleLevel): number | null {
  switch (level) {
    case "senior_professional":
      return 4;
    case "senior":
      return r.int(5, 7);
    case "first_grade":
      return r.int(8, 10);
    case "second_grade":
      return r.int(11, 12);
    case "third_grade":
      return 13;
    default:
      return null;
  }
}

/** Compatible stages for an earlier post before a transfer. */
function compatible(a: SchoolStage, b: SchoolStage): boolean {
  const group = (x: SchoolStage) =>
    x === "kindergarten"
      ? ["K"]
      : x === "primary" || x === "teaching_point"
        ? ["P"]
        : x === "nine_year"
          ? ["P", "J"]
          : x === "junior_secondary"
            ? ["J", "S"]
            : x === "senior_secondary"
              ? ["J", "S", "V"]
              : x === "vocational"
                ? ["S", "V"]
                : ["X"];
  return group(a).some((g) => group(b).includes(g));
}

/**
 * A deterministic register for a demo (or bench) city: one city, its counties/districts, schools of
 * mixed stages and location classes (exactly one vocational school), and teachers with histories.
 * Distributions follow the bureau plans in domain.md: mostly on-establishment staff; special-post and
 * substitute teachers in rural schools and teaching points; rural teachers older on average (the plan
 * wants them at or under 40 by 2025, so the demo city misses it); titles rising with service and
 * starting from education; education by stage and cohort, with in-service upgrades; roughly 55% of the
 * vocational school's teachers dual-qualified (plans target 60–70%). Dates are relative to
 * `referenceDate`, never the clock, and ids come from the PRNG, so one seed always gives the same bytes.
 */
export function generateDataset(options: DatasetOptions = {}): Dataset {
  const o = { ...DEMO_DEFAULTS, ...options };
  if (!/^\d{4}$/.test(o.regionCode)) throw new Error("regionCode must be four digits");
  if (o.counties < 1 || o.counties > 99 || o.schoolsPerCounty < 1 || o.teachers < 0)
    throw new Error("counties 1–99, schoolsPerCounty ≥ 1, teachers ≥ 0");
  const r = createRandom(o.seed);
  const ids = createRandom(options.idSeed ?? o.seed ^ 0x5bd1e995);
  const ref = o.referenceDate;
  const refYear = yearOf(ref);
  const ds: Dataset = {
    jurisdictions: [],
    schools: [],
    schoolClassifications: [],
    teachers: [],
    employment: [],
    assignments: [],
    titles: [],
    postAppointments: [],
    education: [],
    coursework: [],
    subjects: [],
    credentials: [],
    credentialEvents: [],
    designations: [],
    ethics: [],
    appraisals: [],
    trainingRules: [],
    trainingPrograms: [],
    trainingProgramModules: [],
    trainingEnrollments: [],
    trainingModuleResults: [],
    trainingRecords: [],
  };

  // ---- Organisation tree ----------------------------------------------------------------------
  const cityId = ids.id();
  ds.jurisdictions.push({ id: cityId, code: `${o.codePrefix}-C`, name: o.cityName, level: "city", parentId: null, path: `/${cityId}/` });
  const schools: SchoolInfo[] = [];
  const total = o.counties * o.schoolsPerCounty;
  const vocationalAt = Math.min(3, total - 1);
  let cycle = 0;
  for (let c = 0; c < o.counties; c++) {
    const id = ids.id();
    const path = `/${cityId}/${id}/`;
    const countyName =
      COUNTY_NAMES[c % COUNTY_NAMES.length]! + (c >= COUNTY_NAMES.length ? String(Math.floor(c / COUNTY_NAMES.length) + 1) : "");
    ds.jurisdictions.push({
      id,
      code: `${o.codePrefix}-J${c + 1}`,
      name: countyName,
      level: countyName.endsWith("区") ? "district" : "county",
      parentId: cityId,
      path,
    });
    for (let k = 0; k < o.schoolsPerCounty; k++) {
      const sid = ids.id();
      const g = c * o.schoolsPerCounty + k;
      const stage = g === vocationalAt ? "vocational" : STAGE_CYCLE[cycle++ % STAGE_CYCLE.length]!;
      const location: LocationClass =
        k === 0 || stage === "vocational"
          ? "urban"
          : stage === "teaching_point"
            ? "rural"
            : stage === "senior_secondary"
              ? r.weighted([
                  ["urban", 3],
                  ["town", 2],
                ])
              : r.weighted([
                  ["urban", 2],
                  ["town", 3],
                  ["rural", 4],
                ]);
      const privateOwned = (stage === "kindergarten" && r.chance(0.35)) || (stage === "primary" && location === "urban" && r.chance(0.06));
      const suffix = k >= SCHOOL_NAMES.length ? String(Math.floor(k / SCHOOL_NAMES.length) + 1) : "";
      ds.schools.push({
        id: sid,
        code: `${o.codePrefix}-S${c + 1}-${k + 1}`,
        name: `${countyName.slice(0, 2)}${SCHOOL_NAMES[k % SCHOOL_NAMES.length]}${SCHOOL_KIND[stage]}${suffix}`,
        jurisdictionId: id,
        path: `${path}${sid}/`,
      });
      // Its id comes last (below), so the rest of the id stream is what it was before classifications were dated.
      const row: Row<typeof s.schoolClassifications> = {
        schoolId: sid,
        validFrom: null,
        stages: stagesOf(stage),
        ownership: privateOwned ? "private" : "public",
        locationClass: location,
        remote: location === "rural" && r.chance(0.4),
        weak: location !== "urban" && r.chance(0.35),
        staffingQuota: null,
      };
      ds.schoolClassifications.push(row);
      schools.push({
        id: sid,
        stage,
        stages: row.stages!,
        location,
        privateOwned,
        county: c,
        countyName,
        region: `${o.regionCode}${String(c + 1).padStart(2, "0")}`,
        weight: STAFF_WEIGHT[stage] * (location === "rural" ? 0.75 : 1),
        row,
      });
    }
  }
  // Some remote and some weak schools whatever the seed.
  const classes = ds.schoolClassifications;
  const firstRural = classes.find((x) => x.locationClass === "rural");
  if (firstRural && !classes.some((x) => x.remote)) firstRural.remote = true;
  const firstNonUrban = classes.find((x) => x.locationClass !== "urban");
  if (firstNonUrban && !classes.some((x) => x.weak)) firstNonUrban.weak = true;

  // ---- Teachers shared out by school size (largest remainder), interleaved across schools ------
  const weightSum = schools.reduce((a, x) => a + x.weight, 0);
  const quotas = schools.map((x) => (o.teachers * x.weight) / weightSum);
  const counts = quotas.map(Math.floor);
  const byRemainder = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = o.teachers - counts.reduce((a, b) => a + b, 0);
  for (let j = 0; j < missing; j++) counts[byRemainder[j]![1]]! += 1;
  const order: SchoolInfo[] = [];
  for (let round = 0; order.length < o.teachers; round++) schools.forEach((x, i) => round < counts[i]! && order.push(x));

  const idSeq = new Map<string, number>();
  let certSerial = r.int(1, 5000);
  interface Person {
    id: string;
    index: number;
    age: number;
    status: string;
    service: number;
    title?: TitleLevel;
    school: SchoolInfo;
    category: string;
    appraisals: Row<typeof s.teacherAnnualAppraisals>[];
    designated: boolean;
    certificate?: Row<typeof s.teacherCredentials>;
  }
  const people: Person[] = [];

  order.forEach((school, i) => {
    const teacherId = ids.id();
    const rural = school.location === "rural";
    const female = r.chance(Math.max(0.3, FEMALE_SHARE[school.stage] - (rural ? 0.1 : 0)));
    const status = r.chance(0.02) ? "retired" : r.chance(0.012) ? "left" : "active";
    const category =
      status === "retired"
        ? "on_establishment"
        : school.privateOwned
          ? r.weighted([
              ["contract", 70],
              ["other", 30],
            ] as const)
          : school.stage === "teaching_point"
            ? r.weighted([
                ["on_establishment", 60],
                ["special_post", 28],
                ["substitute", 12],
              ] as const)
            : rural
              ? r.weighted([
                  ["on_establishment", 78],
                  ["special_post", 12],
                  ["contract", 4],
                  ["substitute", 6],
                ] as const)
              : school.location === "town"
                ? r.weighted([
                    ["on_establishment", 86],
                    ["special_post", 4],
                    ["contract", 6],
                    ["substitute", 4],
                  ] as const)
                : r.weighted([
                    ["on_establishment", 88],
                    ["contract", 9],
                    ["substitute", 2],
                    ["other", 1],
                  ] as const);

    // Age (周岁 on the reference date). Women retire at 55, men at 60.
    const retireAge = female ? 55 : 60;
    let age: number;
    if (status === "retired") age = retireAge + r.int(0, 2);
    else if (category === "special_post") age = r.int(22, 27);
    else if (category === "substitute") age = r.int(22, 48);
    else {
      const bands = rural ? [9, 17, 34, 40] : school.location === "town" ? [16, 27, 32, 25] : [22, 30, 30, 18];
      const band = r.weighted(bands.map((w, b) => [b, w] as const));
      age = band === 3 ? r.int(50, retireAge) : r.int([22, 30, 40][band]!, [29, 39, 49][band]!);
    }
    const birthDate = addDays(addYears(ref, -age - 1), r.int(1, 364));
    const subject = subjectFor(r, school);
    const stage = stageFor(r, school, subject);

    // Education on leaving full-time study, then hiring.
    const firstLevel = initialEducation(r, school.stage, age, rural);
    const latestHireYear = ref >= `${refYear}-08-31` ? refYear : refYear - 1;
    const [ga, gb] = GRADUATION_AGE[firstLevel];
    const gradYear = Math.min(yearOf(birthDate) + r.int(ga, gb), latestHireYear);
    let hireYear =
      category === "special_post"
        ? Math.max(gradYear, refYear - r.int(0, 2))
        : category === "substitute"
          ? Math.max(gradYear, refYear - r.int(0, 6))
          : gradYear + (r.chance(0.75) ? 0 : r.int(1, 3));
    hireYear = Math.min(hireYear, latestHireYear);
    const hireDate = dateIn(r, hireYear, "08-15", "08-31");
    let endedOn: string | null = null;
    let endReason: string | null = null;
    let finalStatus = status;
    if (status === "retired") {
      endedOn = addYears(birthDate, retireAge);
      endReason = "到龄退休";
    } else if (status === "left") {
      if (hireDate < addDays(ref, -400)) {
        endedOn = addDays(ref, -r.int(30, Math.min(700, Math.round((Date.parse(ref) - Date.parse(hireDate)) / 86_400_000) - 60)));
        endReason = r.pick(["辞职", "调出本市", "解除聘用合同"]);
      } else finalStatus = "active";
    }
    const limit = endedOn ?? ref;
    const service = yearOf(limit) - hireYear;

    // National ID: county region code, birth date, a sequence whose parity gives the gender, check digit.
    const key = `${school.region}${birthDate}`;
    const seq = idSeq.get(key) ?? r.int(5, 200);
    idSeq.set(key, seq + 1);
    if (seq > 499) throw new Error("national ID sequence exhausted for one region and birth date");
    const first17 = `${school.region}${birthDate.replace(/-/g, "")}${String(seq * 2 + (female ? 0 : 1)).padStart(3, "0")}`;
    const given = female ? GIVEN_FEMALE : GIVEN_MALE;
    ds.teachers.push({
      id: teacherId,
      name: r.pick(SURNAMES) + r.pick(given) + (r.chance(0.55) ? r.pick(given) : ""),
      gender: female ? "female" : "male",
      birthDate,
      nationalId: first17 + checkCharacter(first17),
      staffNumber: `${o.codePrefix}-T${String(i + 1).padStart(6, "0")}`,
      employmentCategory: category,
      onEstablishmentNotAtPost: category === "on_establishment" && finalStatus === "active" && r.chance(0.015),
      hireDate,
      teachingStartDate: hireDate,
      status: finalStatus as "active",
      endedOn,
      endReason,
    });
    const person: Person = {
      id: teacherId,
      index: i,
      age,
      status: finalStatus,
      service,
      school,
      category,
      appraisals: [],
      designated: false,
    };
    people.push(person);

    // ---- Assignments: a transfer for some experienced teachers (the earlier post ends the day before).
    let start = hireDate;
    if (service >= 6 && r.chance(rural ? 0.2 : 0.3)) {
      const sameCounty = r.chance(0.7);
      const candidates = schools.filter(
        (x) => x !== school && compatible(x.stage, school.stage) && (!sameCounty || x.county === school.county),
      );
      const moved = dateIn(r, hireYear + r.int(3, Math.min(service - 1, 15)), "08-20", "08-31");
      if (candidates.length > 0 && moved <= limit) {
        const previous = r.pick(candidates);
        ds.assignments.push({
          id: ids.id(),
          teacherId,
          schoolId: previous.id,
          kind: "primary",
          postType: "teaching",
          validFrom: hireDate,
          validTo: addDays(moved, -1),
          endReason: "调动",
        });
        start = moved;
      }
    }
    ds.assignments.push({
      id: ids.id(),
      teacherId,
      schoolId: school.id,
      kind: "primary",
      postType: service >= 10 && r.chance(0.06) ? "management" : "teaching",
      validFrom: start,
      validTo: endedOn,
      endReason: endReason,
    });
    // 支教: an urban teacher also serves a rural school in the same county for the last school year.
    if (school.location === "urban" && finalStatus === "active" && service >= 5 && r.chance(0.04)) {
      const rurals = schools.filter((x) => x.location === "rural" && x.county === school.county);
      if (rurals.length > 0) {
        ds.assignments.push({
          id: ids.id(),
          teacherId,
          schoolId: r.pick(rurals).id,
          kind: "secondary",
          postType: "teaching",
          validFrom: `${refYear - 1}-09-01`,
          validTo: `${refYear}-07-15`,
          endReason: "支教期满",
        });
      }
    }

    // ---- Education: the full-time qualification, then in-service upgrades, graduate coursework.
    const instFor = (level: EducationLevel) =>
      level === "secondary_vocational"
        ? r.pick(INSTITUTIONS.secondary_vocational)
        : level === "associate"
          ? r.pick(INSTITUTIONS.associate)
          : level === "bachelor"
            ? r.pick(subject === "vocational_specialty" ? INSTITUTIONS.bachelor_technical : INSTITUTIONS.bachelor)
            : r.pick(INSTITUTIONS.graduate);
    ds.education.push({
      id: ids.id(),
      teacherId,
      level: firstLevel,
      institution: instFor(firstLevel),
      major: MAJORS[subject] ?? null,
      mode: "full_time",
      degreeAwarded: rank(firstLevel) >= rank("bachelor"),
      validFrom: dateIn(r, gradYear, "06-20", "07-05"),
      validTo: null,
    });
    let level = firstLevel;
    let since = hireYear;
    const upgrade = (to: EducationLevel, afterYears: [number, number], p: number, degree: number) => {
      if (!r.chance(p)) return;
      const on = dateIn(r, since + r.int(...afterYears), "06-20", "07-10");
      if (on > limit) return;
      ds.education.push({
        id: ids.id(),
        teacherId,
        level: to,
        institution: instFor(to),
        major: MAJORS[subject] ?? null,
        mode: "in_service",
        degreeAwarded: r.chance(degree),
        validFrom: on,
        validTo: null,
      });
      level = to;
      since = yearOf(on);
    };
    const secondary = ["junior_secondary", "nine_year", "senior_secondary", "vocational"].includes(school.stage);
    const kindergarten = school.stage === "kindergarten";
    if (level === "secondary_vocational") upgrade("associate", [3, 7], kindergarten ? 0.55 : age >= 45 ? 0.85 : 0.6, 0);
    if (level === "associate") upgrade("bachelor", [2, 6], kindergarten ? 0.25 : secondary ? 0.7 : age >= 40 ? 0.55 : 0.4, 0.3);
    if (secondary && level === "bachelor" && service >= 8) upgrade("master", [4, 8], 0.04, 1);
    if (secondary && level === "bachelor" && service >= 5 && r.chance(0.12)) {
      const on = dateIn(r, hireYear + r.int(3, Math.min(service, 10)), "01-10", "07-10");
      if (on <= limit)
        ds.coursework.push({
          id: ids.id(),
          teacherId,
          institution: r.pick(INSTITUTIONS.graduate),
          program: "教育硕士研究生课程进修班",
          credits: String(r.int(24, 36)),
          validFrom: on,
          validTo: null,
        });
    }

    // ---- Titles: the ladder starts after the probation year; an earlier title ends the day before the next.
    const titles: [TitleLevel, string][] = [];
    if (category !== "substitute") {
      let t: TitleLevel = rank(firstLevel) >= rank("bachelor") ? "second_grade" : "third_grade";
      let on = dateIn(r, hireYear + 1, "09-01", "12-20");
      while (on <= limit) {
        titles.push([t, on]);
        const step = nextTitle(t, school.location);
        if (!step || !r.chance(step.p)) break;
        on = dateIn(r, yearOf(on) + r.int(...step.years), "09-01", "12-20");
        t = step.level;
      }
    }
    titles.forEach(([t, from], n) => {
      const next = titles[n + 1]?.[1];
      ds.titles.push({
        id: ids.id(),
        teacherId,
        level: t,
        obtainedBy: "appraisal",
        series: school.stage === "vocational" ? "中等职业学校教师" : "中小学教师",
        validFrom: from,
        validTo: next ? addDays(next, -1) : null,
        endReason: next ? "晋升" : null,
      });
    });
    person.title = titles.at(-1)?.[0];

    // ---- Post appointments follow each title (评聘): most get the matching post; at the top some wait
    // for a senior post (高职低聘) and a few hold a post above their title (低职高聘).
    if (!school.privateOwned && category !== "substitute") {
      const posts = titles
        .map(([t, from], n) => {
          const last = n === titles.length - 1;
          const post: TitleLevel =
            last && t === "senior" && r.chance(0.25) ? "first_grade" : last && t === "first_grade" && r.chance(0.05) ? "senior" : t;
          return [post, addDays(from, r.int(30, 200))] as const;
        })
        .filter(([, from]) => from <= limit);
      posts.forEach(([post, from], n) => {
        const next = posts[n + 1]?.[1];
        ds.postAppointments.push({
          id: ids.id(),
          teacherId,
          postLevel: post,
          grade: postGrade(r, post),
          validFrom: from,
          validTo: next ? addDays(next, -1) : endedOn,
          endReason: next ? "改聘" : endReason,
        });
      });
    }

    // ---- Subjects: the main one from hiring; some also teach a flagged subject (rural teachers more often).
    ds.subjects.push({ id: ids.id(), teacherId, subject, stage, isMain: true, validFrom: hireDate, validTo: endedOn, endReason });
    if (r.chance(rural ? 0.2 : 0.07)) {
      const extra = r.pick(["labour", "health_care", "psychology", "ideological_political", "music", "art", "physical_education"] as const);
      const from = dateIn(r, Math.min(hireYear + r.int(1, 4), yearOf(limit)), "09-01", "09-10");
      if (extra !== subject && from <= limit)
        ds.subjects.push({ id: ids.id(), teacherId, subject: extra, stage, isMain: false, validFrom: from, validTo: endedOn, endReason });
    }

    // ---- Credentials: a teacher certificate for almost all (recognised in 2001 for those hired before the
    // system); an occupational qualification for ~70% of vocational teachers, some since expired.
    if (category !== "substitute" || r.chance(0.35)) {
      const certStage: SchoolStage = school.stage === "nine_year" || school.stage === "teaching_point" ? stage : school.stage;
      const issued = hireDate < "2001-10-01" ? dateIn(r, 2001, "10-01", "12-20") : addDays(hireDate, -r.int(30, 240));
      certSerial += r.int(1, 9);
      const county = certStage === "senior_secondary" || certStage === "vocational" ? o.cityName : school.countyName;
      person.certificate = {
        id: ids.id(),
        teacherId,
        kind: "teacher_certificate",
        number: `${yearOf(issued)}${school.region}${CERT_TYPE_DIGIT[certStage] ?? 2}${String(certSerial % 1_000_000).padStart(6, "0")}`,
        issuer: `${county}教育局`,
        stage: certStage,
        subject: subject === "preschool" ? null : subject,
        occupation: null,
        status: "active",
        validFrom: issued,
        validTo: null,
      };
      ds.credentials.push(person.certificate);
    }
    if (school.stage === "vocational" && r.chance(0.7)) {
      const issued = dateIn(r, hireYear + r.int(1, Math.max(1, Math.min(service, 8))), "03-01", "11-30");
      if (issued <= limit) {
        const id = ids.id();
        const expiredOn = r.chance(0.12) ? addDays(ref, -r.int(30, 400)) : null;
        const expired = expiredOn !== null && expiredOn > issued;
        certSerial += r.int(1, 9);
        ds.credentials.push({
          id,
          teacherId,
          kind: "occupational_qualification",
          number: `${yearOf(issued)}${school.region}00${String(certSerial).padStart(6, "0")}`,
          issuer: "辽宁省人力资源和社会保障厅",
          stage: null,
          subject: null,
          occupation: r.pick(OCCUPATIONS),
          status: expired ? "expired" : "active",
          validFrom: issued,
          validTo: expired ? expiredOn : null,
        });
        if (expired)
          ds.credentialEvents.push({
            id: ids.id(),
            credentialId: id,
            status: "expired",
            effectiveOn: addDays(expiredOn, 1),
            reason: "有效期满未复核",
          });
      }
    }

    // ---- Designations: three-year terms by batch; some had an earlier (lower) term that expired.
    if (finalStatus === "active" && service >= 3) {
      const p = person.title === "senior" || person.title === "senior_professional" ? 0.35 : person.title === "first_grade" ? 0.18 : 0.05;
      if (r.chance(p)) {
        const [type, lvl] = (
          service < 8
            ? r.weighted([
                ["teaching_newcomer:county", 50],
                ["backbone_reserve:county", 50],
              ] as const)
            : r.weighted([
                ["backbone:county", 40],
                ["backbone:city", 18],
                ["subject_leader:county", 8],
                ["subject_leader:city", 6],
                ["famous_teacher:county", 6],
                ["famous_teacher:city", 3],
                ["teaching_expert:county", 8],
                ["excellent_homeroom:county", 6],
                ["backbone_reserve:county", 5],
              ] as const)
        ).split(":") as [(typeof DESIGNATION_TYPES)[number], DesignationLevel];
        // Batches are named on Teachers' Day (10 September); a term is three years.
        const awardedYear = (ref >= `${refYear}-09-10` ? refYear : refYear - 1) - r.int(0, 2);
        const from = `${awardedYear}-09-10`;
        const by = lvl === "city" ? `${o.cityName}教育局` : `${school.countyName}教育局`;
        const subjectOf = type === "subject_leader" || type === "famous_teacher" || type === "teaching_expert" ? subject : null;
        if (service >= 11 && type !== "backbone_reserve" && r.chance(0.3)) {
          const earlier = `${awardedYear - 3}-09-10`;
          ds.designations.push({
            id: ids.id(),
            teacherId,
            type: lvl === "city" ? type : "backbone_reserve",
            level: "county",
            batch: `第${Math.floor((awardedYear - 3 - 2001) / 3)}批`,
            subject: null,
            awardedBy: `${school.countyName}教育局`,
            status: "expired",
            validFrom: earlier,
            validTo: addDays(from, -1),
            endReason: "期满",
          });
        }
        ds.designations.push({
          id: ids.id(),
          teacherId,
          type,
          level: lvl,
          batch: `第${Math.floor((awardedYear - 2001) / 3)}批`,
          subject: subjectOf,
          awardedBy: by,
          status: "active",
          validFrom: from,
          validTo: addDays(addYears(from, 3), -1),
        });
        person.designated = true;
      }
    }

    // ---- 师德 assessments for a sample; annual appraisals (年度考核) for the last three years.
    if (i % 20 === 0 && service >= 1 && category !== "substitute") {
      const y = refYear - 1;
      if (hireDate < `${y}-03-01` && limit >= `${y}-12-31`) {
        ds.ethics.push({
          id: ids.id(),
          teacherId,
          result: r.weighted([
            ["excellent", 30],
            ["qualified", 70],
          ] as const),
          score: String(r.int(850, 990) / 10),
          violations: [],
          sanction: null,
          veto: false,
          vetoFrom: null,
          vetoTo: null,
          validFrom: `${y}-01-01`,
          validTo: `${y}-12-31`,
        });
      }
    }
    if (category !== "substitute") {
      for (let y = refYear - 3; y < refYear; y++) {
        if (hireDate >= `${y}-03-01` || limit < `${y}-12-31`) continue;
        const row: Row<typeof s.teacherAnnualAppraisals> = {
          id: ids.id(),
          teacherId,
          year: y,
          grade: r.weighted([
            ["excellent", 18],
            ["competent", 79],
            ["basically_competent", 2.3],
            ["incompetent", 0.7],
          ] as const),
          notes: null,
          validFrom: `${y}-01-01`,
          validTo: `${y}-12-31`,
        };
        ds.appraisals.push(row);
        person.appraisals.push(row);
      }
    }
  });

  // ---- Rare facts, placed once so every demo has them ---------------------------------------------
  const lastYear = refYear - 1;
  // One 特级教师: a long-serving senior teacher.
  const special = people.find((p) => p.status === "active" && p.age >= 45 && (p.title === "senior" || p.title === "senior_professional"));
  if (special) {
    ds.designations.push({
      id: ids.id(),
      teacherId: special.id,
      type: "special_grade",
      level: "provincial",
      batch: "第十批",
      subject: null,
      awardedBy: "辽宁省教育厅",
      status: "active",
      validFrom: `${refYear - 6}-09-10`,
      validTo: null,
    });
  }
  // One 师德 veto (一票否决): paid tutoring last summer; last year's appraisal fails and the veto covers this year.
  const vetoed = people.find(
    (p) =>
      p.index >= Math.floor(people.length / 3) &&
      p.status === "active" &&
      p.category === "on_establishment" &&
      !p.designated &&
      p !== special &&
      p.appraisals.some((a) => a.year === lastYear),
  );
  if (vetoed) {
    const existing = ds.ethics.findIndex((e) => e.teacherId === vetoed.id);
    if (existing >= 0) ds.ethics.splice(existing, 1);
    ds.ethics.push({
      id: ids.id(),
      teacherId: vetoed.id,
      result: "unqualified",
      score: "52.0",
      violations: [{ type: "paid_tutoring", occurredOn: `${lastYear}-07-15`, description: "暑期组织在校学生有偿补课" }],
      sanction: "通报批评，取消当年评优评先和职称申报资格",
      veto: true,
      vetoFrom: `${refYear}-01-01`,
      vetoTo: `${refYear}-12-31`,
      validFrom: `${lastYear}-01-01`,
      validTo: `${lastYear}-12-31`,
    });
    vetoed.appraisals.find((a) => a.year === lastYear)!.grade = "incompetent";
  }
  // One lesser breach without a veto.
  const warned = people.find(
    (p) =>
      p.index >= Math.floor(people.length / 2) && p.status === "active" && p !== vetoed && p.appraisals.some((a) => a.year === lastYear),
  );
  if (warned) {
    const existing = ds.ethics.findIndex((e) => e.teacherId === warned.id);
    if (existing >= 0) ds.ethics.splice(existing, 1);
    ds.ethics.push({
      id: ids.id(),
      teacherId: warned.id,
      result: "basically_qualified",
      score: "68.5",
      violations: [{ type: "corporal_punishment", occurredOn: `${lastYear}-11-03`, description: "课堂上罚站学生" }],
      sanction: "批评教育",
      veto: false,
      vetoFrom: null,
      vetoTo: null,
      validFrom: `${lastYear}-01-01`,
      validTo: `${lastYear}-12-31`,
    });
  }
  // A teacher who left after the certificate was revoked.
  const revoked = people.find((p) => p.status === "left" && p.certificate);
  if (revoked?.certificate) {
    const t = ds.teachers[revoked.index]!;
    const on = addDays(t.endedOn!, -r.int(10, 60));
    revoked.certificate.status = "revoked";
    ds.credentialEvents.push({
      id: ids.id(),
      credentialId: revoked.certificate.id!,
      status: "revoked",
      effectiveOn: on > revoked.certificate.validFrom ? on : t.endedOn!,
      reason: "违反《教师资格条例》，撤销教师资格",
    });
    t.endReason = "被撤销教师资格，解除聘用合同";
  }
  // Approved staffing (编制) around the current headcount, so some schools are over and some under.
  for (const school of schools) {
    const n = people.filter((p) => p.school === school && p.status === "active").length;
    school.row.staffingQuota = Math.max(1, Math.round(n * (0.85 + r.next() * 0.3)));
  }
  ds.employment = employmentPeriods(ds.teachers as ((typeof ds.teachers)[number] & { id: string })[], ref, o.seed, options.idSeed);
  Object.assign(
    ds,
    generateTraining({
      ...ds,
      seed: o.seed,
      ids,
      codePrefix: o.codePrefix,
      referenceDate: ref,
      recordsPerTeacher: o.trainingRecordsPerTeacher,
    }),
  );
  for (const c of ds.schoolClassifications) c.id = ids.id();
  return ds;
}
