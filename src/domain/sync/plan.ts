import { dayBefore } from "../dates.ts";
import { END_REASONS } from "../periods.ts";
import { RECORD_COLLECTIONS } from "./collections.ts";
import { massEndRefusal } from "./mass-end.ts";
import { planClaims } from "./plan-claims.ts";
import { planRecords, teacherResolver, type RecordState, type TeacherResolver } from "./plan-records.ts";
import { firstPeriodRow } from "./plan-employment.ts";
import { planTeachers, type AcceptedTeacher } from "./plan-teachers.ts";
import type { BatchPlan, RowResult, StoredRecord, SyncFacts, ValidatedBatch } from "./rows.ts";
import type { Ids } from "./shared.ts";

export type PlanOutcome = { plan: BatchPlan } | { refused: string };

/**
 * Plan one batch: from its validated rows and what the register holds (src/db/sync/read.ts) to the
 * writes and a result per row, with no I/O. A row that breaks a rule is rejected with its refusal and
 * never reaches the database. A full batch that would end too many of the school's staff is refused
 * as a whole (the mass-end guard).
 */
export function planBatch(batch: ValidatedBatch, facts: SyncFacts, ids: Ids): PlanOutcome {
  const teachers = planTeachers(batch.teachers, facts, ids);
  const rejectedRows = new Map<string, string>();
  for (const r of [...batch.rejected.map((x) => ({ ...x, outcome: "rejected" })), ...teachers.results]) {
    if (r.entity === "teacher" && r.outcome === "rejected" && r.sourceKey) rejectedRows.set(r.sourceKey, r.pointer!);
  }
  const resolver = teacherResolver(teachers.accepted, rejectedRows, facts);
  const leaving = facts.scope === "full" ? leavers(batch, facts, teachers.accepted, resolver, rejectedRows) : [];
  if (leaving.length) {
    const refused = massEndRefusal(
      new Set(leaving.map((a) => a.teacherId)).size,
      new Set(facts.staff.map((a) => a.teacherId)).size,
      facts.confirmMassEnd,
    );
    if (refused) return { refused };
  }
  const records = planRecords(batch, facts, resolver, ids);
  const claims = planClaims(batch.claims, facts, resolver, ids);
  const results: RowResult[] = [
    ...batch.rejected.map((r) => rejectedResult(r, resolver)),
    ...teachers.results,
    ...records.results,
    ...claims.results,
  ];
  const assignments = records.states.assignments;
  // A teacher the batch creates works at its school: a primary assignment unless the batch sent one.
  for (const t of teachers.accepted.values()) {
    if (!t.created || records.withAssignment.has(t.id)) continue;
    const next = defaultAssignment(t, facts, ids.next());
    assignments.inserts.push(next);
    assignments.keep(next);
    results.push({
      pointer: t.pointer,
      entity: "assignment",
      sourceKey: null,
      outcome: "created",
      id: next.id,
      teacherId: t.id,
      matchedBy: null,
      refusal: null,
    });
  }
  // Each created teacher's first employment period (after every other id, so those do not depend on it).
  for (const t of teachers.accepted.values()) if (t.created) teachers.employment.inserts.push(firstPeriodRow(t.id, t.row, ids));
  endLeavers(assignments, leaving, facts.today);
  // What the register ended by itself (a predecessor, a leaver) is reported after the rows.
  for (const rules of RECORD_COLLECTIONS) {
    for (const u of records.states[rules.collection].updates) {
      if (u.outcome === "ended")
        results.push({
          pointer: null,
          entity: rules.entity,
          sourceKey: null,
          outcome: "ended",
          id: u.id,
          teacherId: u.teacherId,
          matchedBy: null,
          refusal: null,
        });
    }
  }
  const perCollection = Object.fromEntries(
    RECORD_COLLECTIONS.map((c) => [
      c.collection,
      { inserts: records.states[c.collection].inserts, updates: records.states[c.collection].updates },
    ]),
  ) as BatchPlan["records"];
  return {
    plan: {
      results,
      teacherKeys: teachers.keys,
      newTeachers: teachers.newTeachers,
      teacherUpdates: teachers.updates,
      employment: teachers.employment,
      recordKeys: [...records.keys, ...claims.keys],
      records: perCollection,
      newClaims: claims.inserts,
      claimUpdates: claims.updates,
    },
  };
}

/** A row its validator refused; a record names its teacher when the batch may write to them. */
function rejectedResult(r: ValidatedBatch["rejected"][number], resolver: TeacherResolver): RowResult {
  const teacherId = r.teacherSourceKey ? (resolver.resolve(r.teacherSourceKey) ?? null) : null;
  return {
    pointer: r.pointer,
    entity: r.entity,
    sourceKey: r.sourceKey,
    outcome: "rejected",
    id: null,
    teacherId,
    matchedBy: null,
    refusal: r.refusal,
  };
}

/** The primary assignment a created teacher gets: the same columns as the batch's own assignment rows. */
function defaultAssignment(t: AcceptedTeacher, facts: SyncFacts, id: string): StoredRecord {
  return {
    id,
    teacherId: t.id,
    version: 1,
    endReason: null,
    schoolId: facts.schoolId,
    kind: "primary",
    postType: t.row.postType,
    validFrom: t.row.assignmentStart ?? t.row.fields.hireDate ?? facts.today,
    validTo: null,
  };
}

/**
 * A full batch: the school's current staff whom the batch does not name leave it. Anyone the batch
 * names stays, even when their row was rejected (a bad row must not end a person), and so does anyone
 * a record of the batch belongs to (e.g. an assignment sent without its teacher row).
 */
function leavers(
  batch: ValidatedBatch,
  facts: SyncFacts,
  accepted: Map<string, AcceptedTeacher>,
  resolver: TeacherResolver,
  rejectedRows: Map<string, string>,
): StoredRecord[] {
  const named = new Set<string>([...accepted.values()].map((a) => a.id));
  const name = (id: string | undefined) => id && named.add(id);
  for (const key of [...batch.teachers.map((r) => r.sourceKey), ...rejectedRows.keys()]) name(facts.teacherKeys.get(key));
  const nationalIds = [...batch.teachers.map((t) => t.fields.nationalId), ...batch.rejected.map((r) => r.nationalId)];
  for (const nid of nationalIds) if (nid) name(facts.nationalIdOwners.get(nid));
  const teacherKeys = [
    ...Object.values(batch.records).flatMap((rows) => rows.map((r) => r.teacherSourceKey)),
    ...batch.claims.map((r) => r.teacherSourceKey),
    ...batch.rejected.map((r) => r.teacherSourceKey),
  ];
  for (const key of teacherKeys) if (key) name(resolver.resolve(key));
  return facts.staff.filter((a) => !named.has(a.teacherId));
}

/** Their assignment here ends the day before the batch (or on its first day, if it starts later). */
function endLeavers(assignments: RecordState, leaving: StoredRecord[], today: string): void {
  const yesterday = dayBefore(today);
  for (const a of leaving) {
    const before = assignments.byId.get(a.id) ?? a;
    const change = { validTo: before.validFrom > yesterday ? before.validFrom : yesterday, endReason: END_REASONS.missingFromFullSync };
    assignments.updates.push({ id: a.id, teacherId: a.teacherId, before: { ...before }, change, outcome: "ended" });
  }
}
