import {
  APPRAISAL_GRADES,
  ASSIGNMENT_KINDS,
  CREDENTIAL_KINDS,
  CREDENTIAL_STATUSES,
  DESIGNATION_LEVELS,
  DESIGNATION_STATUSES,
  DESIGNATION_TYPES,
  EDUCATION_LEVELS,
  ETHICS_RESULTS,
  STUDY_MODES,
  SUBJECT_FLAGS,
  SUBJECTS,
  TITLE_LEVELS,
  TITLE_SOURCES,
  VIOLATION_TYPES,
  EMPLOYMENT_CATEGORIES,
  GENDERS,
  JURISDICTION_LEVELS,
  LOCATION_CLASSES,
  OWNERSHIPS,
  POST_TYPES,
  SCHOOL_STAGES,
  TEACHER_STATUSES,
  COMPLIANCE_STATUSES,
  ENROLLMENT_STATUSES,
  MODULE_RESULTS,
  PRO_RATE_METHODS,
  TRAINING_BUCKETS,
  TRAINING_CATEGORIES,
  TRAINING_LEVELS,
  TRAINING_MODES,
  TRAINING_RECORD_STATUSES,
  TRAINING_SOURCES,
  AGE_BANDS,
  DUAL_QUALIFICATIONS,
  REPORT_PLACEHOLDERS,
  WORKFORCE_DIMENSIONS,
} from "./vocab.ts";
import { METRIC_KINDS } from "./metrics/definition.ts";
import { COMPARATORS, TARGET_STATUSES, TARGET_UNITS } from "./metrics/targets.ts";

/**
 * Labels for every code list. Codes never change; labels are data. `rank` follows the code list's
 * order, which is what "at least" comparisons use where a list is ordered.
 */
type Labels<C extends string> = Record<C, [zh: string, en: string]>;

interface VocabularySource<C extends string = string> {
  description: string;
  ordered: boolean;
  codes: readonly C[];
  labels: Labels<C>;
}

function vocab<C extends string>(description: string, ordered: boolean, codes: readonly C[], labels: Labels<C>): VocabularySource<C> {
  return { description, ordered, codes, labels };
}

export const VOCABULARIES = {
  jurisdiction_level: vocab("Administrative level", true, JURISDICTION_LEVELS, {
    province: ["省", "Province"],
    city: ["市", "City"],
    county: ["县", "County"],
    district: ["区", "District"],
    township: ["乡镇", "Township"],
  }),
  school_stage: vocab("School stage or type", false, SCHOOL_STAGES, {
    kindergarten: ["幼儿园", "Kindergarten"],
    primary: ["小学", "Primary"],
    junior_secondary: ["初中", "Junior secondary"],
    nine_year: ["九年一贯制", "Nine-year school"],
    senior_secondary: ["普通高中", "Senior secondary"],
    vocational: ["中职", "Vocational"],
    special_education: ["特殊教育学校", "Special education"],
    teaching_point: ["教学点", "Teaching point"],
  }),
  ownership: vocab("School ownership", false, OWNERSHIPS, { public: ["公办", "Public"], private: ["民办", "Private"] }),
  location_class: vocab("School location class", false, LOCATION_CLASSES, {
    urban: ["城区", "Urban"],
    town: ["乡镇", "Town"],
    rural: ["农村", "Rural"],
  }),
  gender: vocab("Gender", false, GENDERS, { female: ["女", "Female"], male: ["男", "Male"] }),
  employment_category: vocab("Employment category (用人类别)", false, EMPLOYMENT_CATEGORIES, {
    on_establishment: ["在编", "On establishment"],
    contract: ["合同教师", "Contract"],
    substitute: ["代课人员", "Substitute"],
    special_post: ["特岗教师", "Special-post teacher"],
    other: ["其他", "Other"],
  }),
  teacher_status: vocab("Teacher status", false, TEACHER_STATUSES, {
    active: ["在职", "Active"],
    on_leave: ["离岗 (请假、借调等)", "On leave"],
    retired: ["退休", "Retired"],
    left: ["离职", "Left"],
    deceased: ["去世", "Deceased"],
  }),
  assignment_kind: vocab("School assignment kind", false, ASSIGNMENT_KINDS, {
    primary: ["主岗", "Primary (home post)"],
    secondary: ["兼岗", "Secondary (concurrent post)"],
  }),
  post_type: vocab("Post type", false, POST_TYPES, {
    teaching: ["专任教师岗", "Teaching"],
    management: ["管理岗", "Management"],
    support: ["教辅/工勤岗", "Support"],
  }),
  title_level: vocab("Professional title (职称), lowest first", true, TITLE_LEVELS, {
    none: ["未定职级", "None"],
    third_grade: ["三级教师", "Third grade"],
    second_grade: ["二级教师", "Second grade"],
    first_grade: ["一级教师", "First grade"],
    senior: ["高级教师", "Senior"],
    senior_professional: ["正高级教师", "Senior professional"],
  }),
  title_source: vocab("How a title was obtained", false, TITLE_SOURCES, {
    appraisal: ["评审", "Appraisal"],
    recognition: ["认定", "Recognition"],
    transfer_in: ["调入转评", "Transfer-in"],
  }),
  education_level: vocab("Education level (学历), lowest first", true, EDUCATION_LEVELS, {
    below_secondary: ["高中以下", "Below secondary"],
    secondary_vocational: ["中专/高中", "Secondary / vocational"],
    associate: ["专科", "Associate"],
    bachelor: ["本科", "Bachelor"],
    master: ["硕士研究生", "Master"],
    doctorate: ["博士研究生", "Doctorate"],
  }),
  study_mode: vocab("Study mode", false, STUDY_MODES, { full_time: ["全日制", "Full-time"], in_service: ["在职", "In-service"] }),
  subject: vocab("Subject taught", false, SUBJECTS, {
    chinese: ["语文", "Chinese"],
    mathematics: ["数学", "Mathematics"],
    english: ["英语", "English"],
    physics: ["物理", "Physics"],
    chemistry: ["化学", "Chemistry"],
    biology: ["生物", "Biology"],
    history: ["历史", "History"],
    geography: ["地理", "Geography"],
    science: ["科学", "Science"],
    ideological_political: ["思想政治/道德与法治", "Ideological and political education"],
    physical_education: ["体育", "Physical education"],
    music: ["音乐", "Music"],
    art: ["美术", "Art"],
    labour: ["劳动", "Labour education"],
    health_care: ["卫生保健", "Health care"],
    ict: ["信息技术", "ICT"],
    psychology: ["心理健康", "Psychology"],
    special_education: ["特殊教育", "Special education"],
    preschool: ["学前教育", "Preschool"],
    vocational_specialty: ["专业课（职教）", "Vocational specialty"],
    other: ["其他", "Other"],
  }),
  subject_flag: vocab("Subjects that policy targets count separately", false, SUBJECT_FLAGS, {
    ideological_political: ["思政", "Ideological and political"],
    physical_education: ["体育", "PE"],
    music: ["音乐", "Music"],
    art: ["美术", "Art"],
    labour: ["劳动", "Labour"],
    health_care: ["卫生保健", "Health care"],
    ict: ["信息技术", "ICT"],
    psychology: ["心理健康", "Psychology"],
    special_education: ["特殊教育", "Special education"],
  }),
  credential_kind: vocab("Credential kind", false, CREDENTIAL_KINDS, {
    teacher_certificate: ["教师资格证", "Teacher certificate"],
    occupational_qualification: ["职业资格/技能等级证书", "Occupational qualification"],
    principal_qualification: ["校长任职资格", "Principal qualification"],
  }),
  credential_status: vocab("Credential status", false, CREDENTIAL_STATUSES, {
    active: ["有效", "Active"],
    expired: ["已过期", "Expired"],
    revoked: ["已撤销", "Revoked"],
    suspended: ["暂停", "Suspended"],
  }),
  designation_type: vocab("Designation (骨干/名师/...) type", false, DESIGNATION_TYPES, {
    special_grade: ["特级教师", "Special-grade teacher"],
    famous_teacher: ["名师", "Famous teacher"],
    subject_leader: ["学科带头人", "Subject leader"],
    backbone: ["骨干教师", "Backbone teacher"],
    backbone_reserve: ["后备骨干教师", "Reserve backbone teacher"],
    teaching_expert: ["教学能手", "Teaching expert"],
    teaching_newcomer: ["教学新秀", "Teaching newcomer"],
    excellent_homeroom: ["优秀班主任", "Excellent homeroom teacher"],
    famous_principal: ["名校长", "Famous principal"],
    backbone_principal: ["骨干校长", "Backbone principal"],
    professional_leader: ["专业带头人", "Professional leader"],
    other: ["其他", "Other"],
  }),
  designation_level: vocab("Designation level, lowest first", true, DESIGNATION_LEVELS, {
    school: ["校级", "School"],
    township: ["乡镇级", "Township"],
    county: ["县级", "County"],
    city: ["市级", "City"],
    provincial: ["省级", "Provincial"],
    national: ["国家级", "National"],
  }),
  designation_status: vocab("Designation status", false, DESIGNATION_STATUSES, {
    active: ["有效", "Active"],
    expired: ["已到期", "Expired"],
    revoked: ["已撤销", "Revoked"],
  }),
  ethics_result: vocab("Ethics (师德) assessment result, best first", false, ETHICS_RESULTS, {
    excellent: ["优秀", "Excellent"],
    qualified: ["合格", "Qualified"],
    basically_qualified: ["基本合格", "Basically qualified"],
    unqualified: ["不合格", "Unqualified"],
  }),
  violation_type: vocab("Ethics violation type", false, VIOLATION_TYPES, {
    corporal_punishment: ["体罚或变相体罚学生", "Corporal punishment"],
    selling_materials: ["推销或私自征订教辅资料", "Selling study materials"],
    paid_tutoring: ["有偿家教/有偿补课", "Paid tutoring"],
    moonlighting: ["到校外培训机构兼课", "Moonlighting at training institutions"],
    illegal_schooling: ["非法办学", "Illegal schooling"],
    seeking_private_gain: ["谋求私利", "Seeking private gain"],
    code_of_conduct: ["违反职业行为准则", "Code of conduct breach"],
    other: ["其他", "Other"],
  }),
  appraisal_grade: vocab("Annual appraisal (年度考核) grade, best first", false, APPRAISAL_GRADES, {
    excellent: ["优秀", "Excellent"],
    competent: ["合格", "Competent"],
    basically_competent: ["基本合格", "Basically competent"],
    incompetent: ["不合格", "Incompetent"],
  }),
  training_level: vocab("Training programme level, highest first", false, TRAINING_LEVELS, {
    national: ["国家级（国培）", "National (国培计划)"],
    provincial: ["省级", "Provincial"],
    city: ["市级", "City"],
    county: ["县级", "County"],
    school: ["校本", "School-based"],
  }),
  training_mode: vocab("Training delivery mode", false, TRAINING_MODES, {
    online: ["网络研修", "Online"],
    in_person: ["面授", "In person"],
    blended: ["混合式", "Blended"],
  }),
  training_category: vocab("Training content category", false, TRAINING_CATEGORIES, {
    ethics: ["师德", "Professional ethics"],
    subject: ["专业科目", "Subject"],
    general: ["公共科目", "General"],
    ict: ["信息技术", "ICT"],
    homeroom: ["班主任", "Homeroom teacher"],
    enterprise_practice: ["企业实践", "Enterprise practice"],
    leadership: ["干部/校长培训", "Leadership"],
    other: ["其他", "Other"],
  }),
  training_bucket: vocab(
    "What a training rule's minimum or cap applies to: a category, or school-based training",
    false,
    TRAINING_BUCKETS,
    {
      ethics: ["师德", "Professional ethics"],
      subject: ["专业科目", "Subject"],
      general: ["公共科目", "General"],
      ict: ["信息技术", "ICT"],
      homeroom: ["班主任", "Homeroom teacher"],
      enterprise_practice: ["企业实践", "Enterprise practice"],
      leadership: ["干部/校长培训", "Leadership"],
      other: ["其他", "Other"],
      school_based: ["校本培训/研修", "School-based training"],
    },
  ),
  training_source: vocab("Where a training record comes from", false, TRAINING_SOURCES, {
    program: ["培训项目结业", "Programme completion"],
    external_course: ["校外课程", "External course"],
    school_activity: ["校本研修活动", "School-based activity"],
  }),
  training_record_status: vocab("Training record status", false, TRAINING_RECORD_STATUSES, {
    submitted: ["待审核", "Submitted"],
    verified: ["已认定", "Verified"],
    rejected: ["未通过", "Rejected"],
  }),
  enrollment_status: vocab("Programme enrolment status", false, ENROLLMENT_STATUSES, {
    enrolled: ["已报名", "Enrolled"],
    started: ["已上站", "Started"],
    completed: ["已结业", "Completed"],
    failed: ["未结业", "Failed"],
    withdrawn: ["已退出", "Withdrawn"],
  }),
  module_result: vocab("Per-module result (单科结业)", false, MODULE_RESULTS, {
    passed: ["结业", "Passed"],
    failed: ["未结业", "Failed"],
  }),
  pro_rate_method: vocab("Pro-rating for teachers who join mid-cycle", false, PRO_RATE_METHODS, {
    none: ["不折算", "None"],
    year: ["按年折算", "By year"],
    month: ["按月折算", "By month"],
  }),
  compliance_status: vocab("Continuing-education cycle status", false, COMPLIANCE_STATUSES, {
    complete: ["已达标", "Complete"],
    on_track: ["进度正常", "On track"],
    behind: ["进度滞后", "Behind"],
    not_eligible: ["不适用", "Not eligible"],
  }),
  age_band: vocab("Age band (周岁 on the report date), youngest first", true, AGE_BANDS, {
    age_29_under: ["29岁及以下", "29 and under"],
    age_30_34: ["30–34岁", "30–34"],
    age_35_39: ["35–39岁", "35–39"],
    age_40_44: ["40–44岁", "40–44"],
    age_45_49: ["45–49岁", "45–49"],
    age_50_54: ["50–54岁", "50–54"],
    age_55_over: ["55岁及以上", "55 and over"],
  }),
  dual_qualification: vocab(
    "双师型: an active teacher certificate and an active occupational qualification on the date",
    false,
    DUAL_QUALIFICATIONS,
    {
      dual_qualified: ["双师型", "Dual-qualified"],
      not_dual_qualified: ["非双师型", "Not dual-qualified"],
    },
  ),
  report_placeholder: vocab("Report rows for teachers with no value in a dimension", false, REPORT_PLACEHOLDERS, {
    none: ["无", "None"],
    not_recorded: ["未登记", "Not recorded"],
  }),
  workforce_dimension: vocab("Dimensions of the workforce report (师资队伍结构)", false, WORKFORCE_DIMENSIONS, {
    education_level: ["学历", "Education level"],
    title_level: ["职称", "Professional title"],
    age_band: ["年龄段", "Age band"],
    employment_category: ["用人类别", "Employment category"],
    school_stage: ["学段", "School stage"],
    location_class: ["城乡分类", "Location class"],
    gender: ["性别", "Gender"],
    dual_qualification: ["双师型", "Dual qualification"],
    designation_level: ["骨干/名师称号级别", "Designation level"],
  }),
  metric_kind: vocab("Kinds of target metric (the metric language)", false, METRIC_KINDS, {
    ratio: ["比例", "Ratio"],
    average: ["平均值", "Average"],
    count: ["数量", "Count"],
    coverage: ["覆盖率", "Coverage"],
    training_compliance: ["继续教育达标率", "Training compliance"],
    training_rate: ["培训统计", "Training rate"],
    hires_share: ["新进人员占比", "Share of hires"],
  }),
  target_comparator: vocab("How a target's value is compared", false, COMPARATORS, {
    gte: ["不低于", "At least"],
    lte: ["不高于", "At most"],
    eq: ["等于", "Equal to"],
    approx: ["左右", "About"],
  }),
  target_unit: vocab("Units a target is stated in", false, TARGET_UNITS, {
    percent: ["%", "%"],
    people: ["人", "People"],
    person_times: ["人次", "Person-times"],
    designations: ["项", "Designations"],
    schools: ["所", "Schools"],
    years: ["岁/年", "Years"],
    hours: ["学时", "Hours"],
  }),
  target_status: vocab("Target status", false, TARGET_STATUSES, {
    active: ["有效", "Active"],
    archived: ["已归档", "Archived"],
  }),
} satisfies Record<string, VocabularySource<string>>;

export type VocabularyName = keyof typeof VOCABULARIES;

export interface Vocabulary {
  name: string;
  description: string;
  ordered: boolean;
  entries: { code: string; rank: number; labels: { "zh-CN": string; en: string } }[];
}

export function vocabulary(name: string): Vocabulary | undefined {
  const source = (VOCABULARIES as Record<string, VocabularySource>)[name];
  if (!source) return undefined;
  return {
    name,
    description: source.description,
    ordered: source.ordered,
    entries: source.codes.map((code, rank) => ({
      code,
      rank,
      labels: { "zh-CN": source.labels[code]![0], en: source.labels[code]![1] },
    })),
  };
}

export function allVocabularies(): Vocabulary[] {
  return Object.keys(VOCABULARIES).map((n) => vocabulary(n)!);
}
