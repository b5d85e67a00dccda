import type * as s from "../../db/schema/index.ts";
import { checkCharacter } from "../../domain/national-id.ts";
import type { SchoolStage, Subjects } from "./types.ts";
import { addDays, addYears, createRandom, type Random } from "./random.ts";

type Row<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export interface Dataset {
  jurisdictions: Row<typeof s.jurisdictions>[];
  schools: Row<typeof s.schools>[];
  teachers: Row<typeof s.teachers>[];
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
  seed?: number;
  /** Prefix of every jurisdiction and school code (codes are unique). */
  codePrefix?: string;
  cityName?: string;
  counties?: number;
  schoolsPerCounty?: number;
  teachers?: number;
  /** The "today" the histories lead up to. */
  referenceDate?: string;
}

const COUNTY_NAMES = ["兴隆县", "双台子区", "大洼区", "盘山县", "新城区", "东湖区", "西岭县", "南河区", "北山县", "临江区"];
const STAGE_CYCLE: SchoolStage[][] = [
  ["primary"],
  ["junior_secondary"],
  ["nine_year", "primary", "junior_secondary"],
  ["senior_secondary"],
  ["kindergarten"],
  ["primary"],
  ["teaching_point"],
  ["primary"],
];
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉晶晶鹏飞欣怡思雨子涵宇航晨曦浩然佳琪梦瑶雪梅志强海燕春燕秋菊";

function subjectFor(r: Random, stages: SchoolStage[]): Subjects {
  if (stages.includes("vocational")) return r.weighted([["vocational_specialty", 55], ["chinese", 8], ["mathematics", 8], ["english", 6], ["ideological_political", 6], ["physical_education", 5], ["ict", 8], ["art", 2], ["music", 2]]);
  if (stages.includes("kindergarten")) return r.weighted([["preschool", 85], ["music", 5], ["art", 5], ["health_care", 5]]);
  const base: [Subjects, number][] = [["chinese", 22], ["mathematics", 20], ["english", 10], ["ideological_political", 6], ["physical_education", 8], ["music", 5], ["art", 5], ["labour", 2], ["health_care", 2], ["ict", 4], ["psychology", 2]];
  if (stages.some((x) => x === "junior_secondary" || x === "senior_secondary" || x === "nine_year")) {
    base.push(["physics", 5], ["chemistry", 4], ["biology", 4], ["history", 4], ["geography", 4]);
  } else base.push(["science", 4]);
  return r.weighted(base);
}

/**
 * A deterministic register for a demo (or bench) city: the same options always give the same rows.
 * Distributions follow the bureau plans: mostly on-establishment staff, titles rising with service,
 * education by stage, a vocational school where about half hold an occupational qualification.
 */
export function generateDataset(options: DatasetOptions = {}): Dataset {
  const { seed = 2025, codePrefix = "DEMO", cityName = "示范市", counties = 3, schoolsPerCounty = 4, teachers = 300, referenceDate = "2025-09-01" } = options;
  const r = createRandom(seed);
  const ds: Dataset = { jurisdictions: [], schools: [], teachers: [], assignments: [], titles: [], postAppointments: [], education: [], coursework: [], subjects: [], credentials: [], credentialEvents: [], designations: [], ethics: [], appraisals: [] };

  const cityId = r.id();
  ds.jurisdictions.push({ id: cityId, code: `${codePrefix}-C`, name: cityName, level: "city", parentId: null, path: `/${cityId}/` });
  const schoolList: { id: string; stages: SchoolStage[]; region: string }[] = [];
  for (let c = 0; c < counties; c++) {
    const id = r.id();
    const path = `/${cityId}/${id}/`;
    const name = COUNTY_NAMES[c % COUNTY_NAMES.length]! + (c >= COUNTY_NAMES.length ? String(Math.floor(c / COUNTY_NAMES.length) + 1) : "");
    ds.jurisdictions.push({ id, code: `${codePrefix}-J${c + 1}`, name, level: name.endsWith("区") ? "district" : "county", parentId: cityId, path });
    for (let k = 0; k < schoolsPerCounty; k++) {
      const sid = r.id();
      const vocational = c === 0 && k === 3;
      const stages = vocational ? (["vocational"] as SchoolStage[]) : STAGE_CYCLE[(c + k) % STAGE_CYCLE.length]!;
      const locationClass = k === 0 ? "urban" : r.weighted([["urban", 2], ["town", 3], ["rural", 4]] as const);
      const kind = stages.includes("kindergarten") ? "幼儿园" : stages.includes("vocational") ? "职业教育中心" : stages.includes("senior_secondary") ? "高级中学" : stages.includes("junior_secondary") && stages.length === 1 ? "初级中学" : stages.includes("nine_year") ? "九年一贯制学校" : stages.includes("teaching_point") ? "教学点" : "小学";
      ds.schools.push({
        id: sid,
        code: `${codePrefix}-S${c + 1}-${k + 1}`,
        name: `${name.slice(0, 2)}${["第一", "第二", "第三", "实验", "中心", "红旗", "东风", "希望"][k % 8]}${kind}`,
        jurisdictionId: id,
        path: `${path}${sid}/`,
        stages,
        ownership: k === schoolsPerCounty - 1 && c === 1 ? "private" : "public",
        locationClass,
        remote: locationClass === "rural" && r.chance(0.4),
        weak: locationClass !== "urban" && r.chance(0.35),
        staffingQuota: r.int(20, 120),
      });
      schoolList.push({ id: sid, stages, region: `2111${String(c + 1).padStart(2, "0")}` });
    }
  }

  const idSeq = new Map<string, number>();
  const refYear = Number(referenceDate.slice(0, 4));
  for (let i = 0; i < teachers; i++) {
    const school = schoolList[i % schoolList.length]!;
    const teacherId = r.id();
    const female = r.chance(school.stages.includes("kindergarten") ? 0.95 : 0.68);
    const age = r.weighted([[r.int(22, 29), 22], [r.int(30, 39), 28], [r.int(40, 49), 30], [r.int(50, 59), 20]] as const);
    const birthDate = addDays(addYears(referenceDate, -age - 1), r.int(1, 364));
    const hireDate = addDays(addYears(birthDate, r.int(21, 24)), r.int(0, 60));
    const service = refYear - Number(hireDate.slice(0, 4));
    // National ID: county region code, birth date, a sequence whose parity gives the gender, check digit.
    const key = `${school.region}${birthDate}`;
    const seq = (idSeq.get(key) ?? 0) + 1;
    idSeq.set(key, seq);
    const first17 = `${school.region}${birthDate.replace(/-/g, "")}${String(seq * 2 + (female ? 0 : 1)).padStart(3, "0")}`;
    const category = school.stages.includes("teaching_point") ? r.weighted([["on_establishment", 60], ["special_post", 30], ["substitute", 10]] as const) : r.weighted([["on_establishment", 84], ["contract", 9], ["special_post", 3], ["substitute", 2], ["other", 2]] as const);
    const status = age >= 55 && r.chance(0.15) ? "retired" : r.chance(0.015) ? "left" : "active";
    const ended = status === "active" ? null : addDays(referenceDate, -r.int(30, 700));
    const endedOn = ended && ended <= addDays(hireDate, 30) ? addDays(hireDate, 30) : ended;
    ds.teachers.push({
      id: teacherId,
      name: r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.chance(0.5) ? r.pick([...GIVEN]) : ""),
      gender: female ? "female" : "male",
      birthDate,
      nationalId: first17 + checkCharacter(first17),
      staffNumber: `${codePrefix}-T${String(i + 1).padStart(6, "0")}`,
      employmentCategory: category,
      onEstablishmentNotAtPost: category === "on_establishment" && r.chance(0.02),
      hireDate,
      teachingStartDate: hireDate,
      status,
      endedOn,
      endReason: status === "retired" ? "到龄退休" : status === "left" ? "辞职" : null,
    });

    // Assignments: a transfer for some experienced teachers, ending the earlier post the day before.
    let start = hireDate;
    const moved = addDays(addYears(hireDate, r.int(3, Math.max(3, Math.min(service - 1, 12)))), r.int(0, 30));
    if (service > 6 && r.chance(0.25) && (!endedOn || moved < endedOn)) {
      const previous = schoolList[(i + 1 + r.int(0, schoolList.length - 2)) % schoolList.length]!;
      ds.assignments.push({ id: r.id(), teacherId, schoolId: previous.id, kind: "primary", postType: "teaching", validFrom: hireDate, validTo: addDays(moved, -1), endReason: "调动" });
      start = moved;
    }
    ds.assignments.push({ id: r.id(), teacherId, schoolId: school.id, kind: "primary", postType: r.chance(0.08) ? "management" : "teaching", validFrom: start, validTo: endedOn, endReason: endedOn ? "离岗" : null });

    // Titles rise with service; an earlier title ends the day before the next.
    const ladder: [string, string][] = [];
    if (service >= 1) ladder.push([r.chance(0.3) ? "third_grade" : "second_grade", addDays(addYears(hireDate, 1), r.int(0, 90))]);
    if (service >= 7 && r.chance(0.8)) ladder.push(["first_grade", addDays(addYears(hireDate, r.int(6, 8)), r.int(0, 90))]);
    if (service >= 15 && ladder.length === 2 && r.chance(0.4)) ladder.push(["senior", addDays(addYears(hireDate, r.int(14, 17)), r.int(0, 90))]);
    if (ladder.length === 3 && service >= 25 && r.chance(0.05)) ladder.push(["senior_professional", addDays(addYears(hireDate, r.int(24, 26)), r.int(0, 60))]);
    const titles = ladder.filter(([, d]) => d <= referenceDate);
    titles.forEach(([level, from], n) => {
      const nextFrom = titles[n + 1]?.[1];
      ds.titles.push({ id: r.id(), teacherId, level: level as never, obtainedBy: "appraisal", series: "中小学教师", validFrom: from, validTo: nextFrom ? addDays(nextFrom, -1) : null, endReason: nextFrom ? "superseded" : null });
    });
    const current = titles.at(-1);
    if (current && r.chance(0.6)) {
      const above = current[0] === "first_grade" && r.chance(0.1); // 低职高聘
      ds.postAppointments.push({ id: r.id(), teacherId, postLevel: above ? "senior" : (current[0] as never), grade: null, validFrom: addDays(current[1], r.int(30, 120)) > referenceDate ? current[1] : addDays(current[1], r.int(30, 120)), validTo: null });
    }

    // Education by stage; some later upgrade in service.
    const secondary = school.stages.some((x) => x === "senior_secondary" || x === "junior_secondary" || x === "vocational");
    const level = secondary
      ? r.weighted([["bachelor", 78], ["master", 14], ["associate", 7], ["doctorate", 1]] as const)
      : school.stages.includes("kindergarten")
        ? r.weighted([["associate", 55], ["bachelor", 30], ["secondary_vocational", 15]] as const)
        : r.weighted([["associate", 30], ["bachelor", 62], ["secondary_vocational", 4], ["master", 4]] as const);
    ds.education.push({ id: r.id(), teacherId, level, institution: r.pick(["辽宁师范大学", "沈阳师范大学", "渤海大学", "鞍山师范学院", "锦州师范高等专科学校"]), major: null, mode: "full_time", degreeAwarded: level !== "associate" && level !== "secondary_vocational", validFrom: addDays(hireDate, -r.int(40, 80)), validTo: null });
    if ((level === "associate" || level === "secondary_vocational") && service > 4 && r.chance(0.35)) {
      ds.education.push({ id: r.id(), teacherId, level: "bachelor", institution: "辽宁师范大学", major: null, mode: "in_service", degreeAwarded: false, validFrom: addDays(addYears(hireDate, r.int(3, Math.min(service, 10))), r.int(0, 200)), validTo: null });
    }
    if (secondary && level === "bachelor" && service > 5 && r.chance(0.1)) {
      ds.coursework.push({ id: r.id(), teacherId, institution: "东北师范大学", program: "教育硕士课程进修班", credits: String(r.int(20, 36)), validFrom: addDays(addYears(hireDate, r.int(3, 5)), 120), validTo: null });
    }

    // Subjects: the main one from hire; a few also teach a flagged subject.
    ds.subjects.push({ id: r.id(), teacherId, subject: subjectFor(r, school.stages), stage: school.stages[0]!, isMain: true, validFrom: start, validTo: endedOn });
    if (r.chance(0.06)) ds.subjects.push({ id: r.id(), teacherId, subject: r.pick(["labour", "health_care", "psychology", "ideological_political"] as const), stage: school.stages[0]!, isMain: false, validFrom: addYears(start, 1) < referenceDate ? addYears(start, 1) : start, validTo: null });

    // Credentials: most hold a teacher certificate; vocational staff often an occupational qualification.
    if (category !== "substitute" || r.chance(0.3)) {
      ds.credentials.push({ id: r.id(), teacherId, kind: "teacher_certificate", number: first17, issuer: "示范市教育局", stage: school.stages[0]!, subject: null, occupation: null, status: "active", validFrom: addDays(hireDate, -r.int(30, 200)), validTo: null });
    }
    if (school.stages.includes("vocational") && r.chance(0.58)) {
      const cid = r.id();
      const issued = addDays(addYears(hireDate, r.int(1, Math.max(1, Math.min(service, 8)))), r.int(0, 200));
      const expired = r.chance(0.1);
      ds.credentials.push({ id: cid, teacherId, kind: "occupational_qualification", number: `OQ${i}`, issuer: "辽宁省人力资源和社会保障厅", stage: null, subject: null, occupation: r.pick(["电工 高级工", "汽车维修工 技师", "会计 中级", "数控车工 高级工", "中式烹调师 高级"]), status: expired ? "expired" : "active", validFrom: issued < referenceDate ? issued : hireDate, validTo: expired ? addDays(referenceDate, -r.int(10, 300)) : null });
    }
    if (i % 97 === 13 && ds.credentials.at(-1)?.teacherId === teacherId) {
      const c = ds.credentials.at(-1)!;
      ds.credentialEvents.push({ id: r.id(), credentialId: c.id!, status: "revoked", effectiveOn: addDays(referenceDate, -r.int(10, 200)), reason: "违反《教师资格条例》" });
      c.status = "revoked";
    }

    // Designations: backbone tiers, subject leaders, famous teachers; terms of three years.
    if (service >= 8 && status === "active") {
      const d = r.weighted([[null, 80], ["backbone:county", 9], ["backbone:city", 5], ["subject_leader:city", 2.5], ["famous_teacher:county", 2], ["backbone_reserve:county", 1.5]] as const);
      if (d) {
        const [type, lvl] = d.split(":") as [never, never];
        const awarded = addDays(addYears(referenceDate, -r.int(0, 4)), -r.int(0, 300));
        ds.designations.push({ id: r.id(), teacherId, type, level: lvl, batch: `第${r.int(3, 8)}批`, subject: null, awardedBy: "示范市教育局", status: "active", validFrom: awarded, validTo: addDays(addYears(awarded, 3), -1) });
      }
    }
    if (i === 42) ds.designations.push({ id: r.id(), teacherId, type: "special_grade", level: "provincial", batch: "第十批", subject: null, awardedBy: "辽宁省教育厅", status: "active", validFrom: "2019-09-10", validTo: null });

    // Ethics and appraisals: recent years for a sample; one veto.
    if (i % 25 === 0) {
      const veto = i === 100;
      ds.ethics.push({ id: r.id(), teacherId, result: veto ? "unqualified" : r.pick(["excellent", "qualified", "qualified"] as const), violations: veto ? [{ type: "paid_tutoring", occurredOn: "2024-07-15", description: "暑期有偿补课" }] : [], sanction: veto ? "通报批评" : null, veto, vetoFrom: veto ? "2025-01-01" : null, vetoTo: veto ? "2025-12-31" : null, validFrom: "2024-01-01", validTo: "2024-12-31" });
    }
    if (i % 6 === 0 && status === "active") {
      for (const year of [2022, 2023, 2024]) {
        if (Number(hireDate.slice(0, 4)) > year) continue;
        ds.appraisals.push({ id: r.id(), teacherId, year, grade: r.weighted([["excellent", 20], ["competent", 76], ["basically_competent", 3], ["incompetent", 1]] as const), notes: null, validFrom: `${year}-01-01`, validTo: `${year}-12-31` });
      }
    }
  }
  return ds;
}
