import { and, eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import { insertWithCreateAudit } from "../../db/audit/bulk-create.ts";
import { recordAuditMany } from "../../db/audit/record.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { insertJsonRows, updateJsonRows } from "../../db/json-rows.ts";
import type { Pipeline } from "../../db/pipeline.ts";
import { syncSourceKeys, teacherAssignments, teachers, trainingRecords } from "../../db/schema/index.ts";
import type { Queryable } from "../../db/types.ts";
import { dayBefore } from "../../domain/dates.ts";
import { massEndRefusal } from "../../domain/sync.ts";

import { uuidv7 } from "../../lib/ids.ts";
import { ApiError } from "../../lib/problem.ts";
import type { ParsedBatch } from "./parse.ts";
import { planSubRecords, readSubRecords, type SubRecord, type SubRecordsRead } from "./plan-records.ts";
import { planTeachers, type AcceptedTeacher } from "./plan-teachers.ts";
import { planTraining, readTraining, type TrainingRead } from "./plan-training.ts";
import { SUB_RECORDS } from "./records.ts";
import { newWork, type RowResult, type Work } from "./work.ts";

export type { RowResult };

const FULL_SYNC_END_REASON = "不在学校全量同步名单中 (missing from a full sync)";

/**
 * Plan and write one batch inside the caller's transaction. Every read is one set-based query per
 * step (mappings, national-ID owners, existing rows, the records of the teachers involved, the
 * school's current staff), and all of them run before the first write; the rules run in memory per
 * row; the writes are multi-row statements. A row that breaks a rule is rejected with its problem
 * and never reaches the database, so the statements that follow cannot fail half-way for it. The
 * writes go through `via` and may still be running when this returns: the caller awaits `via.done()`.
 */
export async function applyBatch(tx: Queryable, c: Context<AppEnv>, school: { id: string; path: string }, batch: ParsedBatch, today: string, via: Pipeline) {
  const w = newWork(tx, c, school, batch, today);
  const { results, audit, newMappings } = w;
  // Creates are audited by the statements that insert them; updates and ends at the end, together.
  const actor = actorOf(c);
  const { accepted, mapped, owners, newTeachers, teacherUpdates } = await planTeachers(w);
  const subRead = await readSubRecords(w, accepted);
  const trainingRead = await readTraining(w, subRead.resolveTeacher);
  const leaving = batch.envelope.scope === "full" ? await leavers(w, accepted, mapped, owners, subRead) : [];

  // ---- Writes: multi-row statements, pipelined (built while the previous ones run) -------------
  // The teachers first, so that the database inserts them while the records are planned. Each
  // statement's key mappings go before it: the change-feed trigger picks the sourceKey up from them.
  const teacherMappings = newMappings.splice(0) as Record<string, unknown>[];
  const teacherWrites = (async () => {
    await insertJsonRows(tx, syncSourceKeys, teacherMappings, { via });
    await insertWithCreateAudit(tx, teachers, newTeachers as Record<string, unknown>[], { actor, entity: "Teacher", teacherKey: "id" }, { via });
    await updateJsonRows(tx, teachers, teacherUpdates, { via });
  })();
  for (const u of teacherUpdates) audit.push({ action: "update", entity: "Teacher", entityId: u.id, teacherId: u.id, before: u.before, after: { ...u.before, ...u.change } });
  const planning = planRecords(w, accepted, subRead, trainingRead, leaving);
  // Both finish before anything else happens, even when one fails: no write outlives the transaction,
  // and the records' statements go after the teachers they refer to.
  const [written, planned] = await Promise.allSettled([teacherWrites, planning]);
  if (written.status === "rejected") throw written.reason;
  if (planned.status === "rejected") throw planned.reason;
  const { trainingInserts, trainingUpdates } = planned.value;

  await insertJsonRows(tx, syncSourceKeys, newMappings as Record<string, unknown>[], { via });
  for (const cfg of SUB_RECORDS) {
    const state = subRead.states.get(cfg.collection)!;
    await insertWithCreateAudit(tx, cfg.table, state.inserts, { actor, entity: cfg.audit, teacherKey: "teacherId" }, { via });
    await updateJsonRows(tx, cfg.table, state.updates, { via });
    for (const u of state.updates) {
      audit.push({ action: u.outcome === "ended" ? "end" : "update", entity: cfg.audit, entityId: u.id, teacherId: u.teacherId, before: u.before, after: { ...u.before, ...u.change } });
      if (u.outcome === "ended") results.push({ pointer: u.pointer, entity: cfg.entity, sourceKey: u.sourceKey, outcome: "ended", id: u.id, teacherId: u.teacherId, matchedBy: null, problem: null });
    }
  }
  await insertWithCreateAudit(tx, trainingRecords, trainingInserts, { actor, entity: "TrainingRecord", action: "submit", teacherKey: "teacherId" }, { via });
  await updateJsonRows(tx, trainingRecords, trainingUpdates, { via });
  for (const u of trainingUpdates) audit.push({ action: "update", entity: "TrainingRecord", entityId: u.id, teacherId: u.teacherId, before: u.before, after: { ...u.before, ...u.change } });
  await recordAuditMany(tx, actorOf(c), audit, via);
  return results;
}

/**
 * The records of the batch, in memory, while the teachers insert: the sub-records and training
 * claims, a primary assignment for each teacher it creates without one, and for a full batch the
 * end of the leavers' assignments here (the day before).
 */
async function planRecords(w: Work, accepted: Map<string, AcceptedTeacher>, subRead: SubRecordsRead, trainingRead: TrainingRead, leaving: SubRecord[]) {
  const { school, results, today } = w;
  const { withAssignment } = await planSubRecords(w, subRead);
  const { trainingInserts, trainingUpdates } = planTraining(w, trainingRead, subRead.resolveTeacher, subRead.unresolved);
  const assignments = subRead.states.get("assignments")!;
  // A teacher the batch creates works at its school: a primary assignment unless the batch sent one.
  for (const t of accepted.values()) {
    if (!t.created || withAssignment.has(t.id)) continue;
    // the same fields as the batch's own assignments (the chunks share one column list)
    const next = { id: uuidv7(), teacherId: t.id, version: 1, endReason: null, schoolId: school.id, kind: "primary" as const, postType: t.row.postType, validFrom: t.row.assignmentStart ?? t.row.hireDate ?? today, validTo: null };
    assignments.inserts.push(next);
    assignments.keep(next);
    results.push({ pointer: t.pointer, entity: "assignment", sourceKey: null, outcome: "created", id: next.id, teacherId: t.id, matchedBy: null, problem: null });
  }
  const yesterday = dayBefore(today);
  for (const a of leaving) {
    const before = (assignments.byId.get(a.id) ?? a) as SubRecord;
    const change = { validTo: (before.validFrom as string) > yesterday ? before.validFrom : yesterday, endReason: FULL_SYNC_END_REASON };
    assignments.updates.push({ id: a.id, teacherId: a.teacherId, before: { ...before }, change, outcome: "ended", pointer: null, sourceKey: null });
  }

  return { trainingInserts, trainingUpdates };
}

/**
 * A full batch: the school's current staff whom the batch does not name leave it (their assignment
 * here is ended). Anyone the batch names stays, even when their row was rejected: a bad row must not
 * end a person; so does anyone a record of the batch belongs to (e.g. an assignment sent without its
 * teacher row). Refused (409) when that is more than the mass-end guard allows.
 */
async function leavers(w: Work, accepted: Map<string, AcceptedTeacher>, mapped: Map<string, string>, owners: Map<string, string>, subRead: SubRecordsRead) {
  const { tx, school, batch, today } = w;
  const staff = await tx
    .select()
    .from(teacherAssignments)
    .where(and(eq(teacherAssignments.schoolId, school.id), sql`(${teacherAssignments.validTo} is null or ${teacherAssignments.validTo} >= ${today}::date)`));
  const named = new Set<string>([...accepted.values()].map((a) => a.id));
  for (const key of [...batch.teachers.map((r) => r.row.sourceKey), ...subRead.rejectedTeacherKeys.keys()]) if (mapped.has(key)) named.add(mapped.get(key)!);
  for (const t of batch.teachers) if (t.row.nationalId && owners.has(t.row.nationalId.toUpperCase())) named.add(owners.get(t.row.nationalId.toUpperCase())!);
  for (const rows of Object.values(batch.records)) for (const r of rows) named.add(subRead.resolveTeacher(r.row.teacherSourceKey) ?? "");
  const current = new Set(staff.map((a) => a.teacherId));
  const leaving = staff.filter((a) => !named.has(a.teacherId));
  const refused = massEndRefusal(new Set(leaving.map((a) => a.teacherId)).size, current.size, batch.envelope.confirmMassEnd);
  if (refused) throw new ApiError("conflict", refused);
  return leaving;
}
