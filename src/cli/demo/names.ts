import type { Subject } from "./types.ts";

/** Word lists for the demo register. The place names are those of a real prefecture-level city's
 * districts and counties (region code 2111..), reused under the fictional name 示范市. */
export const COUNTY_NAMES = ["兴隆县", "双台子区", "大洼区", "盘山县", "新城区", "东湖区", "西岭县", "南河区", "北山县", "临江区"];
export const SCHOOL_NAMES = ["第一", "第二", "第三", "实验", "中心", "红旗", "东风", "希望", "育才", "新华", "光明", "向阳"];

export const SURNAMES = [
  ..."王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文",
];
export const GIVEN_FEMALE = [..."芳娜敏静丽艳娟秀霞桂英玉兰萍红晶欣怡雨涵琪瑶雪梅燕菊婷颖慧佳月琳"];
export const GIVEN_MALE = [..."伟强磊军洋勇杰涛明超平刚华建文辉鹏飞宇航浩然志峰斌鑫亮波海东"];

export const INSTITUTIONS = {
  secondary_vocational: ["锦州师范学校", "营口师范学校", "盘锦市师范学校"],
  associate: ["锦州师范高等专科学校", "辽宁教育学院", "鞍山师范学院", "辽宁广播电视大学"],
  bachelor: ["辽宁师范大学", "沈阳师范大学", "渤海大学", "鞍山师范学院", "东北师范大学"],
  bachelor_technical: ["沈阳工业大学", "辽宁科技大学", "大连理工大学", "辽宁石油化工大学", "沈阳农业大学"],
  graduate: ["东北师范大学", "辽宁师范大学", "北京师范大学", "华东师范大学"],
} as const;

export const MAJORS: Partial<Record<Subject, string>> = {
  chinese: "汉语言文学",
  mathematics: "数学与应用数学",
  english: "英语",
  physics: "物理学",
  chemistry: "化学",
  biology: "生物科学",
  history: "历史学",
  geography: "地理科学",
  science: "科学教育",
  ideological_political: "思想政治教育",
  physical_education: "体育教育",
  music: "音乐学",
  art: "美术学",
  labour: "劳动教育",
  health_care: "护理学",
  ict: "计算机科学与技术",
  psychology: "应用心理学",
  preschool: "学前教育",
  vocational_specialty: "机械设计制造及其自动化",
};

export const OCCUPATIONS = [
  "电工 高级工",
  "电工 技师",
  "汽车维修工 技师",
  "数控车工 高级工",
  "焊工 高级工",
  "中式烹调师 高级",
  "会计 中级",
  "电子商务师 三级",
  "计算机程序设计员 三级",
  "育婴员 高级",
  "农艺工 技师",
  "化工总控工 高级工",
];
