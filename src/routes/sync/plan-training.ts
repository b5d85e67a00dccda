import { and, sql } from "drizzle-orm";
import { inList } from "../../db/json-rows.ts";
import { trainingRecords } from "../../db/schema/index.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { hoursIn } from "../../contract/training/shared.ts";
import { TRAINING_SYNC } from "./records.ts";
import { changedFields, mappings, problem, uniqueBySourceKey, type Work } from "./work.ts";

type TrainingRecord = typeof trainingRecords.$inferSelect;

export type TrainingRead = Awaited<ReturnType<typeof readTraining>>;

/** The reads for the training claims (mappings, the claims they name, the evidence held), before any write. */
export async function readTraining(w: Work, resolveTeacher: (key: string) => string | undefined) {
  const { tx, school, batch } = w;
  const rows = batch.records[TRAINING_SYNC.collection] ?? [];
  const mappedIds = await mappings(tx, school.id, TRAINING_SYNC.entity, rows.map((r) => r.row.sourceKey));
  const current = new Map<string, TrainingRecord>();
  if (mappedIds.size) for (const t of await tx.select().from(trainingRecords).where(inList(trainingRecords.id, [...mappedIds.values()]))) current.set(t.id, t);
  // Evidence counts once per teacher: what the register holds (not rejected), then the batch itself.
  const evidence = new Set<string>();
  const teacherIds = [...new Set(rows.map((r) => resolveTeacher(r.row.teacherSourceKey)).filter((x): x is string => !!x))];
  if (teacherIds.length) {
    const held = await tx
      .select({ id: trainingRecords.id, teacherId: trainingRecords.teacherId, ref: trainingRecords.evidenceRef })
      .from(trainingRecords)
      .where(and(inList(trainingRecords.teacherId, teacherIds), sql`${trainingRecords.evidenceRef} is not null and ${trainingRecords.status} <> 'rejected'`));
    const resent = new Set(mappedIds.values()); // a claim the batch sends again does not clash with itself
    for (const h of held) if (!resent.has(h.id)) evidence.add(`${h.teacherId}|${h.ref}`);
  }
  return { mappedIds, current, evidence };
}

/**
 * Training claims, in memory: arrive submitted for a clerk to verify; an evidence reference counts
 * once per teacher; a claim already verified or rejected is the bureau's to change.
 */
export function planTraining(w: Work, read: TrainingRead, resolveTeacher: (key: string) => string | undefined, unresolved: (key: string) => string) {
  const { school, batch, results, newMappings, reject, principal } = w;
  const { mappedIds, current, evidence } = read;
  const trainingInserts: Record<string, unknown>[] = [];
  const trainingUpdates: { id: string; teacherId: string; before: TrainingRecord; change: Record<string, unknown> }[] = [];
  {
    const rows = uniqueBySourceKey(batch.records[TRAINING_SYNC.collection] ?? [], (r, first) =>
      reject(r, "training_record", problem("conflict", `sourceKey already used by ${first.pointer}`, `${r.pointer}/sourceKey`)),
    );
    for (const r of rows) {
      const row = r.row as Record<string, unknown> & { sourceKey: string; teacherSourceKey: string };
      const teacherId = resolveTeacher(row.teacherSourceKey);
      if (!teacherId) {
        reject(r, "training_record", problem("validation_failed", unresolved(row.teacherSourceKey), `${r.pointer}/teacherSourceKey`));
        continue;
      }
      const level = (row.level as string | undefined) ?? (row.source === "school_activity" ? "school" : null);
      const columns = {
        source: row.source, title: row.title, category: row.category, level, organiser: row.organiser ?? null,
        schoolBased: row.source === "school_activity" || level === "school", hours: hoursIn(row.hours as number),
        completedOn: row.completedOn, evidenceRef: row.evidenceRef ?? null, note: row.note ?? null,
      };
      const id = mappedIds.get(row.sourceKey);
      const before = id ? current.get(id) : undefined;
      if (id && (!before || before.teacherId !== teacherId)) {
        reject(r, "training_record", problem("conflict", "This sourceKey names a record of another teacher", `${r.pointer}/teacherSourceKey`), teacherId);
        continue;
      }
      const ref = columns.evidenceRef ? `${teacherId}|${columns.evidenceRef}` : null;
      if (ref && evidence.has(ref)) {
        reject(r, "training_record", problem("conflict", "This evidence reference is already claimed for the teacher", `${r.pointer}/evidenceRef`), teacherId);
        continue;
      }
      if (ref) evidence.add(ref);
      if (!before) {
        const created = { id: uuidv7(), teacherId, ...columns, status: "submitted", submittedBy: principal.id };
        trainingInserts.push(created);
        newMappings.push({ schoolId: school.id, entity: TRAINING_SYNC.entity, sourceKey: row.sourceKey, entityId: created.id });
        results.push({ pointer: r.pointer, entity: "training_record", sourceKey: row.sourceKey, outcome: "created", id: created.id, teacherId, matchedBy: null, problem: null });
        continue;
      }
      const change = changedFields(before, columns, Object.keys(columns));
      if (Object.keys(change).length === 0) {
        results.push({ pointer: r.pointer, entity: "training_record", sourceKey: row.sourceKey, outcome: "unchanged", id: before.id, teacherId, matchedBy: null, problem: null });
        continue;
      }
      if (before.status !== "submitted") {
        reject(r, "training_record", problem("conflict", `The record is already ${before.status}; the bureau corrects it`, r.pointer), teacherId);
        continue;
      }
      trainingUpdates.push({ id: before.id, teacherId, before, change });
      results.push({ pointer: r.pointer, entity: "training_record", sourceKey: row.sourceKey, outcome: "updated", id: before.id, teacherId, matchedBy: null, problem: null });
    }
  }
  return { trainingInserts, trainingUpdates };
}
