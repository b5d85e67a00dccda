import { and, asc, gt, inArray, sql, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import type { Metric } from "../../domain/metrics/definition.ts";
import type { MemberSet } from "../../domain/metrics/targets.ts";
import { validOn } from "../as-of.ts";
import { underPath } from "../paths.ts";
import { teachers } from "../schema/index.ts";
import { teacherColumns } from "../teachers/read.ts";
import type { Database } from "../types.ts";
import { dateLiteral } from "./evaluate.ts";
import { designationMatch, filterSql } from "./filter-sql.ts";
import { hiredIn, kindSql, populationFrom, schoolConditions, type KindContext } from "./kinds.ts";

/** The ids of a member set as a subquery (opaque to the caller, which hands it back to memberPage). */
export type MemberIds = SQL;

/** memberIds of a metric over a jurisdiction's subtree as of a date (the compliance context for training_compliance). */
export function memberIdsAsOf(
  m: Metric,
  asOf: string,
  path: string,
  compliance: KindContext["compliance"],
  set: MemberSet,
): MemberIds | { reason: string } {
  return memberIds(m, { d: dateLiteral(asOf), path, compliance }, set);
}

/** A page (limit + 1, by id) of the member teachers the principal sees, in the teacher summary shape as of a date. */
export function memberPage(db: Database, p: Principal, ids: MemberIds, asOf: string, after: string | undefined, limit: number) {
  const where = [inArray(teachers.id, sql`(${ids})`), teacherScope(p)];
  if (after) where.push(gt(teachers.id, after));
  return db
    .select(teacherColumns(asOf))
    .from(teachers)
    .where(and(...where))
    .orderBy(asc(teachers.id))
    .limit(limit + 1);
}

/**
 * The teachers behind a figure, as a subquery of ids: the population, the numerator, or the gap (in
 * the population, not in the numerator). Returns a reason instead when the set is not made of teachers
 * (programme statistics count enrolments; an average or a count has no "gap").
 */
function memberIds(m: Metric, ctx: KindContext, set: MemberSet): SQL | { reason: string } {
  const T = sql.raw(`"teachers"`);
  // Without `needs`, the population joins the teacher row and the classification: any condition may read them.
  const inScope = sql`${populationFrom({ ...ctx, needs: undefined })} where ${underPath(sql`ms.path`, ctx.path)}`;
  const ids = (where: SQL) => sql`select ma.teacher_id from ${inScope} and ${where}`;
  const f = (x: Parameters<typeof filterSql>[0]) => filterSql(x, ctx);
  const split = (population: SQL, numerator: SQL) =>
    set === "population"
      ? ids(population)
      : set === "numerator"
        ? ids(sql`${population} and ${numerator}`)
        : ids(sql`${population} and not coalesce(${numerator}, false)`);
  switch (m.kind) {
    case "ratio":
      return split(f(m.population), f(m.numerator));
    case "hires_share":
      return split(sql`${hiredIn(m, ctx.d)} and ${f(m.population)}`, f(m.numerator));
    case "training_compliance": {
      const k = kindSql(m, ctx);
      const counted = sql`cs.status in (${sql.join(
        m.statuses.map((s) => sql`${s}`),
        sql`, `,
      )})`;
      const pick = set === "population" ? sql`true` : set === "numerator" ? counted : sql`not ${counted}`;
      return sql`select ${T}."id" from ${k.from} where ${k.where} and ${pick}`;
    }
    case "average":
      if (set !== "population") return { reason: "An average has a population only" };
      return ids(f(m.population));
    case "count": {
      if (set === "gap") return { reason: "A count has no gap set" };
      if (set === "population") return ids(sql`true`);
      if (m.of === "teachers") return ids(f(m.filter));
      return ids(
        sql`${f(m.filter)} and exists (select 1 from teacher_designations x where x.teacher_id = ma.teacher_id and ${designationMatch(m.designation ?? {}, ctx.d)})`,
      );
    }
    case "coverage": {
      if (set === "gap") return { reason: "Coverage counts schools; list the numerator (the teachers who cover them) or the population" };
      const schools = schoolConditions(m.schools, sql`ms.id`, ctx.d);
      if (set === "population") return ids(schools);
      const flags = m.subjectFlags
        ? sql` and exists (select 1 from teacher_subjects x where x.teacher_id = ma.teacher_id and x.subject in (${sql.join(
            m.subjectFlags.map((s) => sql`${s}`),
            sql`, `,
          )})
            and ${validOn("x", ctx.d)})`
        : sql``;
      return ids(sql`${schools} and ${f(m.filter)}${flags}`);
    }
    case "training_rate":
      return { reason: "Programme statistics count enrolments, not a set of teachers" };
  }
}
