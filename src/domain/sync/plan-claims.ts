import { refusal, type Refusal } from "../errors.ts";
import type { ClaimRow, NewKey, RecordUpdate, RowResult, SyncFacts } from "./rows.ts";
import type { TeacherResolver } from "./plan-records.ts";
import { changedFields, firstBySourceKey, type Ids } from "./shared.ts";

export interface ClaimsPlan {
  inserts: Record<string, unknown>[];
  updates: RecordUpdate[];
  keys: NewKey[];
  results: RowResult[];
}

/**
 * Training claims: they arrive submitted, for a clerk to verify, or decided (a historical import); an
 * evidence reference counts once per teacher (the register's claims that are not rejected, then the
 * batch's own); a record already verified or rejected is the bureau's to change, and a claim sent as
 * submitted is verified through the API, not by sending it again decided.
 */
export function planClaims(rows: ClaimRow[], facts: SyncFacts, teachers: TeacherResolver, ids: Ids): ClaimsPlan {
  const plan: ClaimsPlan = { inserts: [], updates: [], keys: [], results: [] };
  const evidence = new Set(facts.claims.evidence);
  const reject = (r: ClaimRow, why: Refusal, teacherId: string | null = null) =>
    plan.results.push({
      pointer: r.pointer,
      entity: "training_record",
      sourceKey: r.sourceKey,
      outcome: "rejected",
      id: null,
      teacherId,
      matchedBy: null,
      refusal: why,
    });
  const done = (r: ClaimRow, outcome: "created" | "updated" | "unchanged", id: string, teacherId: string) =>
    plan.results.push({
      pointer: r.pointer,
      entity: "training_record",
      sourceKey: r.sourceKey,
      outcome,
      id,
      teacherId,
      matchedBy: null,
      refusal: null,
    });
  for (const r of firstBySourceKey(rows, (dup, first) =>
    reject(dup, refusal("conflict", `sourceKey already used by ${first.pointer}`, `${dup.pointer}/sourceKey`)),
  )) {
    const teacherId = teachers.resolve(r.teacherSourceKey);
    if (!teacherId) {
      reject(r, refusal("rule_violation", teachers.unresolved(r.teacherSourceKey), `${r.pointer}/teacherSourceKey`));
      continue;
    }
    const id = facts.claims.keys.get(r.sourceKey);
    const before = id ? facts.claims.rows.get(id) : undefined;
    if (id && (!before || before.teacherId !== teacherId)) {
      reject(r, refusal("conflict", "This sourceKey names a record of another teacher", `${r.pointer}/teacherSourceKey`), teacherId);
      continue;
    }
    const ref = r.columns.evidenceRef ? `${teacherId}|${r.columns.evidenceRef}` : null;
    if (ref && r.decision?.status !== "rejected" && evidence.has(ref)) {
      reject(r, refusal("conflict", "This evidence reference is already claimed for the teacher", `${r.pointer}/evidenceRef`), teacherId);
      continue;
    }
    if (ref && r.decision?.status !== "rejected") evidence.add(ref);
    if (!before) {
      const created = { id: ids.next(), teacherId, ...r.columns, ...(r.decision ?? { status: "submitted" }), submittedBy: facts.actorId };
      plan.inserts.push(created);
      plan.keys.push({ schoolId: facts.schoolId, entity: "training_record", sourceKey: r.sourceKey, entityId: created.id });
      done(r, "created", created.id, teacherId);
      continue;
    }
    const sent = { ...r.columns, ...r.decision };
    const change = changedFields(before, sent, Object.keys(sent));
    if (Object.keys(change).length === 0) {
      done(r, "unchanged", before.id, teacherId);
      continue;
    }
    if (r.decision && before.status === "submitted") {
      const why = "This claim was sent as submitted; it is verified or rejected through the API";
      reject(r, refusal("conflict", why, `${r.pointer}/status`), teacherId);
      continue;
    }
    if (before.status !== "submitted") {
      reject(r, refusal("conflict", `The record is already ${before.status}; the bureau corrects it`, r.pointer), teacherId);
      continue;
    }
    plan.updates.push({ id: before.id, teacherId, before, change, outcome: "updated" });
    done(r, "updated", before.id, teacherId);
  }
  return plan;
}
