import { cacheOf } from "../employment.ts";
import { type Refusal, refusal } from "../errors.ts";
import { homeSchoolRefusal } from "../home-school.ts";
import { type EmploymentWrites, planRowEmployment } from "./plan-employment.ts";
import type { NewKey, RecordUpdate, RowResult, Stored, SyncFacts, TeacherFields, TeacherRow } from "./rows.ts";
import { changedFields, firstBySourceKey, type Ids } from "./shared.ts";

/** The fields a created teacher takes from its row (the employment ones also become its first period). */
const TEACHER_FIELDS = [
  "name",
  "gender",
  "birthDate",
  "nationalId",
  "staffNumber",
  "employmentCategory",
  "onEstablishmentNotAtPost",
  "hireDate",
  "teachingStartDate",
] as const;
/** The fields a row overwrites on a known teacher; employment facts are dated (plan-employment.ts). */
const CORE_FIELDS = TEACHER_FIELDS.filter((f) => f !== "employmentCategory" && f !== "onEstablishmentNotAtPost");

export interface AcceptedTeacher {
  id: string;
  pointer: string;
  created: boolean;
  row: TeacherRow;
}

export interface TeachersPlan {
  /** By sourceKey: the teachers the batch may write to. */
  accepted: Map<string, AcceptedTeacher>;
  newTeachers: Record<string, unknown>[];
  updates: RecordUpdate[];
  keys: NewKey[];
  results: RowResult[];
  employment: EmploymentWrites;
}

/**
 * Teachers: a sourceKey once per batch, a national ID once per batch; matched by the school's key,
 * else by national ID; a teacher at a school outside the actor's reach is not taken over (a transfer
 * goes through the bureau); created, updated or unchanged by what differs.
 */
export function planTeachers(rows: TeacherRow[], facts: SyncFacts, ids: Ids): TeachersPlan {
  const plan: TeachersPlan = {
    accepted: new Map(),
    newTeachers: [],
    updates: [],
    keys: [],
    results: [],
    employment: { updates: [], inserts: [] },
  };
  const refuse = (r: TeacherRow, why: Refusal, teacherId: string | null = null) =>
    plan.results.push({
      pointer: r.pointer,
      entity: "teacher",
      sourceKey: r.sourceKey,
      outcome: "rejected",
      id: null,
      teacherId,
      matchedBy: null,
      refusal: why,
    });
  const reject = (r: TeacherRow, detail: string, field: string, teacherId: string | null = null) =>
    refuse(r, refusal("conflict", detail, `${r.pointer}/${field}`), teacherId);
  const seenNid = new Map<string, string>();
  for (const r of firstBySourceKey(rows, (dup, first) => reject(dup, `sourceKey already used by ${first.pointer}`, "sourceKey"))) {
    const nationalId = r.fields.nationalId ?? null;
    if (nationalId && seenNid.has(nationalId)) {
      reject(r, `The same national ID is on ${seenNid.get(nationalId)}`, "nationalId");
      continue;
    }
    const byKey = facts.teacherKeys.get(r.sourceKey);
    const byNid = nationalId ? facts.nationalIdOwners.get(nationalId) : undefined;
    if (byKey && byNid && byKey !== byNid) {
      reject(r, "This national ID belongs to another teacher in the register", "nationalId", byKey);
      continue;
    }
    const id = byKey ?? byNid;
    if (id && !facts.teachers.get(id)?.visible) {
      reject(
        r,
        "This teacher is registered at a school outside your scope; a transfer goes through the bureau",
        byKey ? "sourceKey" : "nationalId",
      );
      continue;
    }
    if (nationalId) seenNid.set(nationalId, r.pointer);
    if (!id) {
      const created = { id: ids.next(), ...pick(r.fields) };
      plan.newTeachers.push(created);
      plan.keys.push({ schoolId: facts.schoolId, entity: "teacher", sourceKey: r.sourceKey, entityId: created.id });
      plan.accepted.set(r.sourceKey, { id: created.id, pointer: r.pointer, created: true, row: r });
      plan.results.push({
        pointer: r.pointer,
        entity: "teacher",
        sourceKey: r.sourceKey,
        outcome: "created",
        id: created.id,
        teacherId: created.id,
        matchedBy: null,
        refusal: null,
      });
      continue;
    }
    const before = facts.teachers.get(id)! as Stored;
    const periods = facts.employment.get(id) ?? [];
    // A teacher whose home school is outside the actor's scope (seen through a secondary post here):
    // a row that would change the core record or employment is refused; one that changes nothing links.
    const foreignHome = facts.foreignHomes.get(id);
    const employed = planRowEmployment(
      periods,
      id,
      r,
      r.employmentFrom ?? facts.today,
      ids,
      foreignHome ? { updates: [], inserts: [] } : plan.employment,
    );
    if (!employed.ok) {
      refuse(r, employed.refusal, id);
      continue;
    }
    const change = changedFields(before, r.fields as unknown as Record<string, unknown>, CORE_FIELDS);
    // The teachers row caches the open period (no periods: a legacy row, written as sent).
    const cache = periods.length ? (cacheOf(employed.periods) ?? {}) : pickEmployment(r.fields);
    Object.assign(change, changedFields(before, cache, Object.keys(cache)));
    const changed = Object.keys(change).length > 0 || employed.periods !== periods;
    if (foreignHome && changed) {
      refuse(r, refusal("scope_violation", homeSchoolRefusal(id, foreignHome), r.pointer), id);
      continue;
    }
    if (!byKey) plan.keys.push({ schoolId: facts.schoolId, entity: "teacher", sourceKey: r.sourceKey, entityId: id });
    plan.accepted.set(r.sourceKey, { id, pointer: r.pointer, created: false, row: r });
    if (changed) plan.updates.push({ id, teacherId: id, before, change, outcome: "updated" });
    plan.results.push({
      pointer: r.pointer,
      entity: "teacher",
      sourceKey: r.sourceKey,
      outcome: changed ? "updated" : "unchanged",
      id,
      teacherId: id,
      matchedBy: byKey ? "source_key" : "national_id",
      refusal: null,
    });
  }
  return plan;
}

function pickEmployment(fields: TeacherFields): Record<string, unknown> {
  const out: Record<string, unknown> = { employmentCategory: fields.employmentCategory };
  if (fields.onEstablishmentNotAtPost !== undefined) out.onEstablishmentNotAtPost = fields.onEstablishmentNotAtPost;
  return out;
}

/** The fields the row sends (absent ones stay absent, so the column defaults apply). */
function pick(fields: TeacherFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of TEACHER_FIELDS) if (fields[k] !== undefined) out[k] = fields[k];
  return out;
}
