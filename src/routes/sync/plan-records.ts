import { and, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { teacherScope } from "../../auth/scope.ts";
import { teachers } from "../../db/schema/index.ts";
import { inList } from "../../db/json-rows.ts";
import { yieldToEventLoop } from "../../db/pipeline.ts";
import type { Queryable } from "../../db/types.ts";
import { placeExclusive, type Period } from "../../domain/periods.ts";
import { uuidv7 } from "../../lib/ids.ts";
import type { AcceptedTeacher } from "./plan-teachers.ts";
import { SUB_RECORDS, TRAINING_SYNC, type SubRecordSync } from "./records.ts";
import type { SyncOutcome } from "../../contract/sync.ts";
import { changedFields, mappings, problem, uniqueBySourceKey, type Work } from "./work.ts";

/** What planning the sub-records needs from the database, read before any of the batch's writes. */
export type SubRecordsRead = Awaited<ReturnType<typeof readSubRecords>>;

/**
 * The reads for the sub-records (assignments, titles, education, credentials, designations), one
 * query each: the teachers of earlier batches the rows name, the collections' mappings and the rows
 * already held for the teachers involved. They run before the batch writes anything (a read sent
 * after a write would wait for it), so that the rows are planned while the teachers are inserted.
 */
export async function readSubRecords(w: Work, accepted: Map<string, AcceptedTeacher>) {
  const { tx, school, batch, results, principal } = w;
  const subRows = [...SUB_RECORDS.map((cfg) => cfg.collection), TRAINING_SYNC.collection].flatMap((k) => batch.records[k] ?? []);
  const rejectedTeacherKeys = new Map(results.filter((x) => x.entity === "teacher" && x.outcome === "rejected" && x.sourceKey).map((x) => [x.sourceKey!, x.pointer]));
  const outsideKeys = subRows.map((r) => r.row.teacherSourceKey).filter((k) => !accepted.has(k) && !rejectedTeacherKeys.has(k));
  const earlierTeachers = await mappings(tx, school.id, "teacher", outsideKeys);
  const earlierVisible = new Set<string>();
  if (earlierTeachers.size) {
    const scope = teacherScope(principal) ?? sql`true`;
    for (const r of await tx.select({ id: teachers.id }).from(teachers).where(and(inList(teachers.id, [...earlierTeachers.values()]), scope))) earlierVisible.add(r.id);
  }
  const involved = [...new Set([...[...accepted.values()].filter((a) => !a.created).map((a) => a.id), ...earlierVisible])];
  const resolveTeacher = (key: string) => accepted.get(key)?.id ?? (earlierVisible.has(earlierTeachers.get(key) ?? "") ? earlierTeachers.get(key)! : undefined);
  /** Why a teacherSourceKey names no teacher the batch may write to. */
  const unresolved = (key: string) =>
    rejectedTeacherKeys.has(key)
      ? `The teacher's row ${rejectedTeacherKeys.get(key)} was rejected`
      : earlierTeachers.has(key)
        ? "That teacher is outside your scope"
        : "No teacher with this sourceKey in the batch or sent earlier by this school";
  const states = new Map<string, SubRecordState>();
  for (const cfg of SUB_RECORDS) states.set(cfg.collection, await loadState(tx, cfg, school.id, involved, (batch.records[cfg.collection] ?? []).map((r) => r.row.sourceKey)));
  return { states, resolveTeacher, unresolved, rejectedTeacherKeys };
}

/**
 * The sub-records, in memory: each row's teacher resolved through the batch or an earlier batch,
 * the resource's rules (date order, completeness, one-at-a-time), created, updated or unchanged
 * against the rows already held. Fills `states` with what to write. It yields to the event loop
 * every few hundred rows, so that the teachers' inserts, sent before, keep the database busy.
 */
export async function planSubRecords(w: Work, read: SubRecordsRead) {
  const { school, batch, results, newMappings, reject } = w;
  const { states, resolveTeacher, unresolved } = read;
  const withAssignment = new Set<string>();
  for (const cfg of SUB_RECORDS) {
    const state = states.get(cfg.collection)!;
    const rows = uniqueBySourceKey(batch.records[cfg.collection] ?? [], (r, first) => reject(r, cfg.entity, problem("conflict", `sourceKey already used by ${first.pointer}`, `${r.pointer}/sourceKey`)));
    for (const r of rows) {
      if (r.index % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
      const row = r.row;
      const teacherId = resolveTeacher(row.teacherSourceKey);
      if (!teacherId) {
        reject(r, cfg.entity, problem("validation_failed", unresolved(row.teacherSourceKey), `${r.pointer}/teacherSourceKey`));
        continue;
      }
      const columns = cfg.toColumns(row, school.id);
      if (columns.validTo && (columns.validTo as string) < (columns.validFrom as string)) {
        reject(r, cfg.entity, problem("validation_failed", "The record would end before it starts", `${r.pointer}/${cfg.endField}`), teacherId);
        continue;
      }
      const issues = cfg.check?.(columns) ?? [];
      if (issues.length) {
        reject(r, cfg.entity, { ...problem("validation_failed", "The record is incomplete")!, errors: issues.map(([f, detail]) => ({ pointer: `${r.pointer}/${f}`, detail })) }, teacherId);
        continue;
      }
      const id = state.mapped.get(row.sourceKey);
      const current = id ? state.byId.get(id) : undefined;
      if (id && (!current || current.teacherId !== teacherId)) {
        reject(r, cfg.entity, problem("conflict", "This sourceKey names a record of another teacher", `${r.pointer}/teacherSourceKey`), teacherId);
        continue;
      }
      const next = { ...(current ?? { id: uuidv7(), teacherId, version: 1, endReason: null }), ...columns, validTo: columns.validTo ?? null } as SubRecord;
      const conflict = place(cfg, state, next, !current);
      if (conflict) {
        reject(r, cfg.entity, problem("conflict", conflict, `${r.pointer}/${cfg.startField}`), teacherId);
        continue;
      }
      if (cfg.collection === "assignments") withAssignment.add(teacherId);
      if (!current) {
        state.keep(next);
        state.inserts.push(next); // with its version and end reason: the columns' defaults
        newMappings.push({ schoolId: school.id, entity: cfg.entity, sourceKey: row.sourceKey, entityId: next.id });
        results.push({ pointer: r.pointer, entity: cfg.entity, sourceKey: row.sourceKey, outcome: "created", id: next.id, teacherId, matchedBy: null, problem: null });
        continue;
      }
      const change = changedFields(current, { ...columns, validTo: next.validTo }, Object.keys(columns).concat("validTo"));
      if (Object.keys(change).length === 0) {
        results.push({ pointer: r.pointer, entity: cfg.entity, sourceKey: row.sourceKey, outcome: "unchanged", id: current.id, teacherId, matchedBy: null, problem: null });
        continue;
      }
      state.updates.push({ id: current.id, teacherId, before: { ...current }, change, outcome: "updated", pointer: r.pointer, sourceKey: row.sourceKey });
      state.keep(next);
      results.push({ pointer: r.pointer, entity: cfg.entity, sourceKey: row.sourceKey, outcome: "updated", id: current.id, teacherId, matchedBy: null, problem: null });
    }
  }
  return { withAssignment };
}

const YIELD_EVERY = 500;

export type SubRecord = Record<string, unknown> & { id: string; teacherId: string; validFrom: string; validTo: string | null };

export interface SubRecordState {
  mapped: Map<string, string>;
  byTeacher: Map<string, SubRecord[]>;
  byId: Map<string, SubRecord>;
  inserts: Record<string, unknown>[];
  updates: { id: string; teacherId: string; before: SubRecord; change: Record<string, unknown>; outcome: SyncOutcome; pointer: string | null; sourceKey: string | null }[];
  keep(row: SubRecord): void;
}

/** The collection's mappings for the batch's keys and the rows of the teachers involved, one query each. */
async function loadState(tx: Queryable, cfg: SubRecordSync, schoolId: string, teacherIds: string[], keys: string[]): Promise<SubRecordState> {
  const byTeacher = new Map<string, SubRecord[]>();
  const byId = new Map<string, SubRecord>();
  if (teacherIds.length) {
    for (const row of (await tx.select().from(cfg.table as PgTable).where(inList(cfg.table.teacherId, teacherIds))) as SubRecord[]) {
      const list = byTeacher.get(row.teacherId);
      if (list) list.push(row);
      else byTeacher.set(row.teacherId, [row]);
      byId.set(row.id, row);
    }
  }
  return {
    mapped: await mappings(tx, schoolId, cfg.entity, keys),
    byTeacher,
    byId,
    inserts: [],
    updates: [],
    keep(row) {
      const list = byTeacher.get(row.teacherId) ?? [];
      const i = list.findIndex((x) => x.id === row.id);
      if (i >= 0) list[i] = row;
      else list.push(row);
      byTeacher.set(row.teacherId, list);
      byId.set(row.id, row);
    },
  };
}

/**
 * The one-at-a-time rule (domain/periods.ts) against the teacher's rows as the batch has left them:
 * a new record after the open one ends it the day before (reported as `ended`); other overlaps are
 * a conflict. Returns the conflict's description, or null.
 */
function place(cfg: SubRecordSync, state: SubRecordState, next: SubRecord, create: boolean): string | null {
  if (!cfg.exclusive?.(next)) return null;
  const competing: Period[] = (state.byTeacher.get(next.teacherId) ?? []).filter((x) => cfg.exclusive!(x)).map((x) => ({ id: x.id, validFrom: x.validFrom, validTo: x.validTo }));
  const placement = placeExclusive(competing, next, create);
  if (!placement.ok) return `Overlaps ${cfg.entity} ${placement.conflict.id} (${placement.conflict.validFrom} – ${placement.conflict.validTo ?? "open"})`;
  if (placement.close) {
    const before = state.byId.get(placement.close.id)!;
    const change = { validTo: placement.close.validTo, ...(cfg.collection === "assignments" ? { endReason: "调动 (a new primary assignment)" } : {}) };
    state.updates.push({ id: before.id, teacherId: next.teacherId, before: { ...before }, change, outcome: "ended", pointer: null, sourceKey: null });
    state.keep({ ...before, ...change });
  }
  return null;
}

