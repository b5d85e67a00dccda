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
 * Training claims: they arrive submitted, for a clerk to verify; an evidence reference counts once per
 * teacher (the register's claims that are not rejected, then the batch's own); a claim already verified
 * or rejected is the bureau's to change.
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
    if (ref && evidence.has(ref)) {
      reject(r, refusal("conflict", "This evidence reference is already claimed for the teacher", `${r.pointer}/evidenceRef`), teacherId);
      continue;
    }
    if (ref) evidence.add(ref);
    if (!before) {
      const created = { id: ids.next(), teacherId, ...r.columns, status: "submitted", submittedBy: facts.actorId };
      plan.inserts.push(created);
      plan.keys.push({ schoolId: facts.schoolId, entity: "training_record", sourceKey: r.sourceKey, entityId: created.id });
      done(r, "created", created.id, teacherId);
      continue;
    }
    const change = changedFields(before, r.columns, Object.keys(r.columns));
    if (Object.keys(change).length === 0) {
      done(r, "unchanged", before.id, teacherId);
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
