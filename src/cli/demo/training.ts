import type * as s from "../../db/schema/index.ts";
import type { TrainingCategory, TrainingLevel } from "../../domain/vocab.ts";
import { addDays, createRandom, type Random } from "./random.ts";

type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export interface TrainingRows {
  trainingRules: Row<typeof s.trainingRules>[];
  trainingPrograms: Row<typeof s.trainingPrograms>[];
  trainingProgramModules: Row<typeof s.trainingProgramModules>[];
  trainingEnrollments: Row<typeof s.trainingEnrollments>[];
  trainingModuleResults: Row<typeof s.trainingModuleResults>[];
  trainingRecords: Row<typeof s.trainingRecords>[];
}

export interface TrainingInput {
  seed: number;
  ids: Random;
  codePrefix: string;
  referenceDate: string;
  /** Training records per teacher on average (programme completions plus claims). */
  recordsPerTeacher: number;
  jurisdictions: Row<typeof s.jurisdictions>[];
  schools: Row<typeof s.schools>[];
  teachers: Row<typeof s.teachers>[];
  assignments: Row<typeof s.teacherAssignments>[];
}

interface ProgramSpec {
  title: string;
  level: TrainingLevel;
  category: TrainingCategory;
  hours: number;
  mode: "online" | "in_person" | "blended";
  organiser: string;
  /** Years before the reference year the programme ran (0 = this year, still running on the reference date). */
  yearsAgo: number;
  modules?: string[];
}

/** Programmes every teacher in the city can take (city, provincial and national levels). */
const CITY_WIDE: ProgramSpec[] = [
  {
    title: "国培计划——乡村教师信息技术应用能力提升工程2.0",
    level: "national",
    category: "ict",
    hours: 50,
    mode: "online",
    organiser: "教育部教师工作司",
    yearsAgo: 3,
    modules: ["技术支持的学情分析", "技术支持的学法指导", "多媒体教学环境应用"],
  },
  {
    title: "省级骨干教师暑期研修",
    level: "provincial",
    category: "subject",
    hours: 40,
    mode: "blended",
    organiser: "省教师培训中心",
    yearsAgo: 2,
  },
  {
    title: "新时代师德师风专题培训",
    level: "city",
    category: "ethics",
    hours: 12,
    mode: "online",
    organiser: "市教师进修学院",
    yearsAgo: 4,
  },
  {
    title: "班主任专业能力提升培训",
    level: "city",
    category: "homeroom",
    hours: 24,
    mode: "in_person",
    organiser: "市教师进修学院",
    yearsAgo: 1,
  },
  {
    title: "全员暑期学科培训",
    level: "city",
    category: "subject",
    hours: 30,
    mode: "blended",
    organiser: "市教师进修学院",
    yearsAgo: 1,
    modules: ["课程标准解读", "大单元教学设计"],
  },
  {
    title: "2025年师德师风全员培训",
    level: "city",
    category: "ethics",
    hours: 12,
    mode: "online",
    organiser: "市教师进修学院",
    yearsAgo: 0,
  },
];

const CLAIMS: [TrainingCategory, number][] = [
  ["subject", 40],
  ["general", 20],
  ["ict", 12],
  ["ethics", 10],
  ["homeroom", 8],
  ["leadership", 4],
  ["other", 6],
];
const CLAIM_TITLES: Record<TrainingCategory, string> = {
  ethics: "师德专题讲座",
  subject: "学科教研活动",
  general: "公共科目学习",
  ict: "信息技术应用研修",
  homeroom: "班主任工作坊",
  enterprise_practice: "企业实践",
  leadership: "校长领导力研修",
  other: "专题报告",
};
const REJECTIONS = ["证明材料不清晰，无法核实学时", "与已登记的培训重复", "培训时间不在本周期内"];

/**
 * Training for the demo register, from its own random stream (so the core register stays the same
 * whatever happens here): the city's continuing-education rules (360 学时 per five years, cycle 4 =
 * 2021–2025, with a second version adding an ICT minimum), a county variant with T32's "50 学时 中级培训
 * within three years", programmes at every level with enrolments, results and module results, the
 * hours their completions credit, and teachers' own claims (external courses, school-based activity)
 * in every review state. Nothing is dated after the reference date.
 */
export function generateTraining(input: TrainingInput): TrainingRows {
  const r = createRandom(input.seed ^ 0x7a3f);
  const { ids } = input;
  const ref = input.referenceDate;
  const refYear = Number(ref.slice(0, 4));
  const out: TrainingRows = {
    trainingRules: [],
    trainingPrograms: [],
    trainingProgramModules: [],
    trainingEnrollments: [],
    trainingModuleResults: [],
    trainingRecords: [],
  };
  const city = input.jurisdictions.find((j) => j.parentId === null)!;
  const counties = input.jurisdictions.filter((j) => j.parentId === city.id);
  const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, "0")}:00:00Z`);
  const minDate = (a: string, b: string) => (a < b ? a : b);

  // ---- Rules ---------------------------------------------------------------------------------
  const base = { cycleYears: 5, anchorYear: 2006, hoursPerCycle: "360.0", proRate: "year" as const, minYearsOfTeaching: 0 };
  const cap = [{ bucket: "school_based" as const, maxHours: null, maxPercent: 50 }];
  out.trainingRules.push(
    {
      id: ids.id(),
      jurisdictionId: city.id!,
      name: "继续教育学时规定（每五年不少于360学时）",
      effectiveFrom: "2011-01-01",
      ...base,
      minimums: [{ bucket: "ethics", hours: 12 }],
      caps: cap,
      requirements: [],
    },
    {
      id: ids.id(),
      jurisdictionId: city.id!,
      name: "继续教育学时规定（2024年修订：信息技术应用能力不少于50学时）",
      effectiveFrom: "2024-01-01",
      ...base,
      minimums: [
        { bucket: "ethics", hours: 12 },
        { bucket: "ict", hours: 50 },
      ],
      caps: cap,
      requirements: [],
      note: "信息技术应用能力提升工程2.0",
    },
  );

  // ---- Programmes ----------------------------------------------------------------------------
  interface Program {
    id: string;
    spec: ProgramSpec;
    start: string;
    end: string;
    schoolId?: string;
    countyId?: string;
    modules: string[];
  }
  const programs: Program[] = [];
  const addProgram = (
    spec: ProgramSpec,
    owner: { jurisdictionId?: string; schoolId?: string },
    code: string,
    scope: { schoolId?: string; countyId?: string },
  ) => {
    const year = refYear - spec.yearsAgo;
    const start = spec.yearsAgo === 0 ? `${year}-07-01` : `${year}-0${r.int(3, 7)}-${String(r.int(1, 28)).padStart(2, "0")}`;
    const end = spec.yearsAgo === 0 ? `${year}-12-20` : addDays(start, r.int(20, 120));
    const id = ids.id();
    out.trainingPrograms.push({
      id,
      code,
      title: spec.title,
      level: spec.level,
      mode: spec.mode,
      organiser: spec.organiser,
      category: spec.category,
      creditedHours: spec.hours.toFixed(1),
      startDate: start,
      endDate: end,
      targetGroup: spec.level === "school" ? "全体教师" : "在职中小学教师",
      capacity: null,
      ownerJurisdictionId: owner.jurisdictionId ?? null,
      ownerSchoolId: owner.schoolId ?? null,
    });
    const modules = (spec.modules ?? []).map((title, i) => {
      const mid = ids.id();
      out.trainingProgramModules.push({
        id: mid,
        programId: id,
        code: `M${i + 1}`,
        title,
        hours: (spec.hours / spec.modules!.length).toFixed(1),
        position: i + 1,
      });
      return mid;
    });
    programs.push({ id, spec, start, end, modules, ...scope });
  };
  CITY_WIDE.forEach((spec, i) => addProgram(spec, { jurisdictionId: city.id! }, `${input.codePrefix}-P${i + 1}`, {}));
  counties.forEach((county, c) => {
    // T32-style: the county's 中级培训, with the county rule requiring 50 学时 of it within three years.
    const spec: ProgramSpec = {
      title: `${county.name}中小学教师中级培训`,
      level: "county",
      category: "subject",
      hours: 50,
      mode: "blended",
      organiser: `${county.name}教师进修学校`,
      yearsAgo: 2,
      modules: ["教育理论", "学科教学", "教学实践"],
    };
    addProgram(spec, { jurisdictionId: county.id! }, `${input.codePrefix}-J${c + 1}-P1`, { countyId: county.id! });
    if (c === 0) {
      const programId = programs[programs.length - 1]!.id;
      out.trainingRules.push({
        id: ids.id(),
        jurisdictionId: county.id!,
        name: `${county.name}继续教育规定（含中级培训要求）`,
        effectiveFrom: "2021-01-01",
        ...base,
        minYearsOfTeaching: 1,
        minimums: [{ bucket: "ethics", hours: 12 }],
        caps: cap,
        requirements: [
          {
            code: "T32",
            title: "三年内参加并通过不少于50学时的中级培训",
            programId,
            category: null,
            hours: 50,
            from: `${refYear - 2}-01-01`,
            to: `${refYear}-12-31`,
          },
        ],
      });
    }
  });
  input.schools.forEach((school, k) => {
    if (k % 3 !== 0) return;
    const spec: ProgramSpec = {
      title: `${school.name}校本研修`,
      level: "school",
      category: "subject",
      hours: 20,
      mode: "in_person",
      organiser: school.name!,
      yearsAgo: 1,
    };
    addProgram(spec, { schoolId: school.id! }, `${school.code}-P1`, { schoolId: school.id! });
  });

  // ---- Who takes what ------------------------------------------------------------------------
  const countyOf = new Map(input.schools.map((x) => [x.id!, x.jurisdictionId]));
  const home = new Map<string, { schoolId: string; from: string }>();
  for (const a of input.assignments) {
    if (a.kind !== "primary") continue;
    const h = home.get(a.teacherId);
    if (!h || a.validFrom > h.from) home.set(a.teacherId, { schoolId: a.schoolId, from: a.validFrom });
  }
  for (const t of input.teachers) {
    const h = home.get(t.id!);
    if (!h) continue;
    const last = t.endedOn ? minDate(t.endedOn, ref) : ref;
    const hired = t.hireDate ?? h.from;
    const from = hired > "2016-01-01" ? hired : "2016-01-01";
    let made = 0;
    let credited = 0;
    for (const p of programs) {
      if (p.schoolId && p.schoolId !== h.schoolId) continue;
      if (p.countyId && p.countyId !== countyOf.get(h.schoolId)) continue;
      if (p.start < hired || p.start > last || !r.chance(p.spec.level === "national" ? 0.6 : 0.75)) continue;
      const running = p.end > ref;
      const status = running
        ? r.weighted([
            ["enrolled", 20],
            ["started", 80],
          ] as const)
        : r.weighted([
            ["completed", 86],
            ["failed", 6],
            ["withdrawn", 4],
            ["started", 4],
          ] as const);
      const enrolledOn = addDays(p.start, -r.int(3, 20));
      const startedOn = status === "enrolled" || (status === "withdrawn" && r.chance(0.5)) ? null : addDays(p.start, r.int(0, 5));
      const done = status === "completed" || status === "failed" ? p.end : null;
      const eid = ids.id();
      out.trainingEnrollments.push({
        id: eid,
        programId: p.id,
        teacherId: t.id!,
        status,
        enrolledOn,
        startedOn,
        completedOn: done,
        withdrawnOn: status === "withdrawn" ? addDays(p.start, r.int(5, 15)) : null,
        score: done ? (status === "completed" ? r.int(700, 980) / 10 : r.int(300, 590) / 10).toFixed(1) : null,
      });
      if (done) {
        const failAt = status === "failed" ? r.int(0, p.modules.length - 1) : -1;
        p.modules.forEach((mid, i) =>
          out.trainingModuleResults.push({
            id: ids.id(),
            enrollmentId: eid,
            moduleId: mid,
            result: i === failAt ? "failed" : "passed",
            recordedOn: p.end,
          }),
        );
      }
      if (status === "completed") {
        out.trainingRecords.push({
          id: ids.id(),
          teacherId: t.id!,
          source: "program",
          programId: p.id,
          enrollmentId: eid,
          title: p.spec.title,
          category: p.spec.category,
          level: p.spec.level,
          organiser: p.spec.organiser,
          schoolBased: p.spec.level === "school",
          hours: p.spec.hours.toFixed(1),
          completedOn: p.end,
          status: "verified",
          submittedBy: "demo",
          submittedAt: at(p.end, 10),
          reviewedBy: "demo",
          verifiedAt: at(p.end, 10),
          verifiedOn: p.end,
        });
        made++;
        if (p.end >= from) credited += p.spec.hours;
      }
    }
    // Claims fill up to the average: external courses and school-based activity, most verified.
    const span = Math.round((Date.parse(last) - Date.parse(from)) / 86_400_000);
    if (span < 30) continue;
    const claims = Math.max(1, Math.round(input.recordsPerTeacher * (0.6 + r.next() * 0.8)) - made);
    // Hours: the national pace is 72 学时 a year; teachers keep it more or less diligently, so at the
    // reference date some have completed the cycle, some are on track and some are behind.
    const diligence = r.weighted([
      [0.6, 15],
      [0.9, 35],
      [1.1, 35],
      [1.3, 15],
    ] as const);
    const perClaim = Math.max(1, ((72 * diligence * span) / 365 - credited) / claims);
    for (let k = 0; k < claims; k++) {
      const completedOn = addDays(from, r.int(0, span));
      const schoolBased = r.chance(0.35);
      const category = r.weighted(CLAIMS);
      const submitted = minDate(addDays(completedOn, r.int(1, 10)), ref);
      const reviewedOn = addDays(submitted, r.int(1, 14));
      // Claims not yet reviewed by the reference date are still waiting, as are some recent ones.
      const waiting = reviewedOn > ref || (completedOn > addDays(ref, -45) && r.chance(0.5));
      const status = waiting
        ? "submitted"
        : r.weighted([
            ["verified", 92],
            ["rejected", 8],
          ] as const);
      const submittedAt = at(submitted, 9);
      const reviewed = status === "submitted" ? null : at(reviewedOn, 15);
      out.trainingRecords.push({
        id: ids.id(),
        teacherId: t.id!,
        source: schoolBased ? "school_activity" : "external_course",
        programId: null,
        enrollmentId: null,
        title: schoolBased ? `校本${CLAIM_TITLES[category]}` : CLAIM_TITLES[category],
        category,
        level: schoolBased ? "school" : null,
        organiser: schoolBased ? null : "教师发展中心",
        schoolBased,
        hours: (Math.round(perClaim * (5 + r.next() * 10)) / 10).toFixed(1),
        completedOn,
        evidenceRef: schoolBased ? null : `ZS-${t.staffNumber ?? t.id}-${k + 1}`,
        status,
        submittedBy: "demo",
        submittedAt,
        reviewedBy: reviewed ? "demo" : null,
        verifiedAt: status === "verified" ? reviewed : null,
        rejectedAt: status === "rejected" ? reviewed : null,
        verifiedOn: status === "verified" ? reviewedOn : null,
        rejectedOn: status === "rejected" ? reviewedOn : null,
        rejectionReason: status === "rejected" ? r.pick(REJECTIONS) : null,
      });
    }
  }
  return out;
}
