import type { z } from "@hono/zod-openapi";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Context } from "hono";
import { recordAuditMany, type AuditEntry } from "../../audit/record.ts";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { insertJsonRows } from "../../db/column-names.ts";
import { syncSourceKeys, teacherAssignments, teachers, trainingRecords } from "../../db/schema/index.ts";
import { hoursIn } from "../training/shared.ts";
import type { Queryable } from "../../db/types.ts";
import { dayBefore } from "../../domain/dates.ts";
import { placeExclusive, type Period } from "../../domain/periods.ts";
import { checkTeacherCore } from "../../domain/teacher.ts";
import type { AppEnv } from "../../lib/context.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { ApiError, PROBLEM_TYPES, type ProblemCode } from "../../lib/problem.ts";
import type { Indexed, ParsedBatch } from "./parse.ts";
import { SUB_RECORDS, TRAINING_SYNC, type SubRecordSync } from "./records.ts";
import { MASS_END_SHARE, type SyncOutcome, type syncRowResultSchema, type syncTeacherSchema } from "./schemas.ts";

export type RowResult = z.infer<typeof syncRowResultSchema>;
type TeacherRow = z.infer<typeof syncTeacherSchema>;
type Teacher = typeof teachers.$inferSelect;
type TrainingRecord = typeof trainingRecords.$inferSelect;

const TEACHER_FIELDS = ["name", "gender", "birthDate", "nationalId", "staffNumber", "employmentCategory", "onEstablishmentNotAtPost", "hireDate", "teachingStartDate"] as const;
const FULL_SYNC_END_REASON = "不在学校全量同步名单中 (missing from a full sync)";

function problem(code: ProblemCode, detail: string, pointer?: string): RowResult["problem"] {
  const p = PROBLEM_TYPES[code];
  return { type: `/problems/${code}`, title: p.title, status: p.status, detail, ...(pointer ? { errors: [{ pointer, detail }] } : {}) };
}

const CHUNK = 1000;

/**
 * Plan and write one batch inside the caller's transaction. Every read is one set-based query per
 * step (mappings, national-ID owners, existing rows, assignments of the teachers involved, the
 * school's current staff); the rules run in memory per row; the writes are multi-row statements.
 * A row that breaks a rule is rejected with its problem and never reaches the database, so the
 * statements that follow cannot fail half-way for it.
 */
export async function applyBatch(tx: Queryable, c: Context<AppEnv>, school: { id: string; path: string }, batch: ParsedBatch, today: string) {
  const principal = c.var.principal;
  const results: RowResult[] = [...batch.rejected];
  const audit: AuditEntry[] = [];
  const reject = (r: Indexed<{ sourceKey: string }>, entity: RowResult["entity"], p: RowResult["problem"], teacherId: string | null = null) =>
    results.push({ pointer: r.pointer, entity, sourceKey: r.row.sourceKey, outcome: "rejected", id: null, teacherId, matchedBy: null, problem: p });

  // ---- Teachers ---------------------------------------------------------------------------
  const teacherRows = uniqueBySourceKey(batch.teachers, (r, first) => reject(r, "teacher", problem("conflict", `sourceKey already used by ${first.pointer}`, `${r.pointer}/sourceKey`)));
  const mapped = await mappings(tx, school.id, "teacher", [...batch.teachers.map((r) => r.row.sourceKey), ...batch.rejected.filter((r) => r.entity === "teacher" && r.sourceKey).map((r) => r.sourceKey!)]);
  const nationalIds = [...new Set(teacherRows.map((r) => r.row.nationalId?.toUpperCase()).filter((x): x is string => !!x))];
  const owners = new Map<string, string>();
  if (nationalIds.length) {
    for (const o of await tx.select({ id: teachers.id, nationalId: teachers.nationalId }).from(teachers).where(inArray(teachers.nationalId, nationalIds))) owners.set(o.nationalId!, o.id);
  }
  const candidateIds = [...new Set([...mapped.values(), ...owners.values()])];
  const existing = new Map<string, Teacher & { visible: boolean }>();
  if (candidateIds.length) {
    const scope = teacherScope(principal) ?? sql`true`;
    const rows = await tx.select({ t: teachers, visible: sql<boolean>`${scope}` }).from(teachers).where(inArray(teachers.id, candidateIds));
    for (const r of rows) existing.set(r.t.id, { ...r.t, visible: Boolean(r.visible) });
  }

  const accepted = new Map<string, { id: string; pointer: string; created: boolean; row: TeacherRow }>();
  const seenNid = new Map<string, string>();
  const newTeachers: (typeof teachers.$inferInsert)[] = [];
  const teacherUpdates: { id: string; before: Teacher; change: Partial<Teacher> }[] = [];
  const newMappings: (typeof syncSourceKeys.$inferInsert)[] = [];
  for (const r of teacherRows) {
    const row = { ...r.row, nationalId: r.row.nationalId ? r.row.nationalId.toUpperCase() : r.row.nationalId };
    const issues = checkTeacherCore(row);
    if (issues.length) {
      reject(r, "teacher", { ...problem("validation_failed", `${issues.length} field(s) inconsistent`)!, errors: issues.map((i) => ({ pointer: `${r.pointer}/${i.field}`, detail: i.detail })) });
      continue;
    }
    if (row.nationalId && seenNid.has(row.nationalId)) {
      reject(r, "teacher", problem("conflict", `The same national ID is on ${seenNid.get(row.nationalId)}`, `${r.pointer}/nationalId`));
      continue;
    }
    const byKey = mapped.get(row.sourceKey);
    const byNid = row.nationalId ? owners.get(row.nationalId) : undefined;
    const id = byKey ?? byNid;
    if (byKey && byNid && byKey !== byNid) {
      reject(r, "teacher", problem("conflict", "This national ID belongs to another teacher in the register", `${r.pointer}/nationalId`), byKey);
      continue;
    }
    if (id && !existing.get(id)?.visible) {
      reject(r, "teacher", problem("conflict", "This teacher is registered at a school outside your scope; a transfer goes through the bureau", `${r.pointer}/${byKey ? "sourceKey" : "nationalId"}`), null);
      continue;
    }
    if (row.nationalId) seenNid.set(row.nationalId, r.pointer);
    const matchedBy = byKey ? "source_key" : byNid ? "national_id" : null;
    if (!id) {
      const created = { id: uuidv7(), ...pick(row, TEACHER_FIELDS) } as typeof teachers.$inferInsert;
      newTeachers.push(created);
      newMappings.push({ schoolId: school.id, entity: "teacher", sourceKey: row.sourceKey, entityId: created.id! });
      accepted.set(row.sourceKey, { id: created.id!, pointer: r.pointer, created: true, row });
      results.push({ pointer: r.pointer, entity: "teacher", sourceKey: row.sourceKey, outcome: "created", id: created.id!, teacherId: created.id!, matchedBy: null, problem: null });
      audit.push({ action: "create", entity: "Teacher", entityId: created.id!, teacherId: created.id!, after: created as Record<string, unknown> });
      continue;
    }
    if (!byKey) newMappings.push({ schoolId: school.id, entity: "teacher", sourceKey: row.sourceKey, entityId: id });
    const before = existing.get(id)!;
    const change = changedFields(before, row, TEACHER_FIELDS);
    accepted.set(row.sourceKey, { id, pointer: r.pointer, created: false, row });
    if (Object.keys(change).length) teacherUpdates.push({ id, before, change });
    results.push({ pointer: r.pointer, entity: "teacher", sourceKey: row.sourceKey, outcome: Object.keys(change).length ? "updated" : "unchanged", id, teacherId: id, matchedBy, problem: null });
  }

  // ---- Sub-records (assignments, titles, education, credentials, designations) -------------
  const subRows = [...SUB_RECORDS.map((cfg) => cfg.collection), TRAINING_SYNC.collection].flatMap((k) => batch.records[k] ?? []);
  const rejectedTeacherKeys = new Map(results.filter((x) => x.entity === "teacher" && x.outcome === "rejected" && x.sourceKey).map((x) => [x.sourceKey!, x.pointer]));
  const outsideKeys = subRows.map((r) => r.row.teacherSourceKey).filter((k) => !accepted.has(k) && !rejectedTeacherKeys.has(k));
  const earlierTeachers = await mappings(tx, school.id, "teacher", outsideKeys);
  const earlierVisible = new Set<string>();
  if (earlierTeachers.size) {
    const scope = teacherScope(principal) ?? sql`true`;
    for (const r of await tx.select({ id: teachers.id }).from(teachers).where(and(inArray(teachers.id, [...earlierTeachers.values()]), scope))) earlierVisible.add(r.id);
  }
  const involved = [...new Set([...[...accepted.values()].filter((a) => !a.created).map((a) => a.id), ...earlierVisible])];
  const resolveTeacher = (key: string) => accepted.get(key)?.id ?? (earlierVisible.has(earlierTeachers.get(key) ?? "") ? earlierTeachers.get(key)! : undefined);
  const states = new Map<string, SubRecordState>();
  const withAssignment = new Set<string>();
  for (const cfg of SUB_RECORDS) {
    const state = await loadState(tx, cfg, school.id, involved, (batch.records[cfg.collection] ?? []).map((r) => r.row.sourceKey));
    states.set(cfg.collection, state);
    const rows = uniqueBySourceKey(batch.records[cfg.collection] ?? [], (r, first) => reject(r, cfg.entity, problem("conflict", `sourceKey already used by ${first.pointer}`, `${r.pointer}/sourceKey`)));
    for (const r of rows) {
      const row = r.row;
      const teacherId = resolveTeacher(row.teacherSourceKey);
      if (!teacherId) {
        const why = rejectedTeacherKeys.has(row.teacherSourceKey)
          ? `The teacher's row ${rejectedTeacherKeys.get(row.teacherSourceKey)} was rejected`
          : earlierTeachers.has(row.teacherSourceKey)
            ? "That teacher is outside your scope"
            : "No teacher with this sourceKey in the batch or sent earlier by this school";
        reject(r, cfg.entity, problem("validation_failed", why, `${r.pointer}/teacherSourceKey`));
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
        state.inserts.push({ ...columns, id: next.id, teacherId, validTo: next.validTo });
        newMappings.push({ schoolId: school.id, entity: cfg.entity, sourceKey: row.sourceKey, entityId: next.id });
        results.push({ pointer: r.pointer, entity: cfg.entity, sourceKey: row.sourceKey, outcome: "created", id: next.id, teacherId, matchedBy: null, problem: null });
        audit.push({ action: "create", entity: cfg.audit, entityId: next.id, teacherId, after: next });
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
  // ---- Training claims: arrive submitted, for a clerk to verify ------------------------------
  const trainingInserts: Record<string, unknown>[] = [];
  const trainingUpdates: { id: string; teacherId: string; before: TrainingRecord; change: Record<string, unknown> }[] = [];
  {
    const rows = uniqueBySourceKey(batch.records[TRAINING_SYNC.collection] ?? [], (r, first) =>
      reject(r, "training_record", problem("conflict", `sourceKey already used by ${first.pointer}`, `${r.pointer}/sourceKey`)),
    );
    const mappedIds = await mappings(tx, school.id, TRAINING_SYNC.entity, rows.map((r) => r.row.sourceKey));
    const current = new Map<string, TrainingRecord>();
    if (mappedIds.size) for (const t of await tx.select().from(trainingRecords).where(inArray(trainingRecords.id, [...mappedIds.values()]))) current.set(t.id, t);
    // Evidence counts once per teacher: what the register holds (not rejected), then the batch itself.
    const evidence = new Set<string>();
    const teacherIds = [...new Set(rows.map((r) => resolveTeacher(r.row.teacherSourceKey)).filter((x): x is string => !!x))];
    if (teacherIds.length) {
      const held = await tx
        .select({ id: trainingRecords.id, teacherId: trainingRecords.teacherId, ref: trainingRecords.evidenceRef })
        .from(trainingRecords)
        .where(and(inArray(trainingRecords.teacherId, teacherIds), sql`${trainingRecords.evidenceRef} is not null and ${trainingRecords.status} <> 'rejected'`));
      for (const h of held) if (![...mappedIds.values()].includes(h.id)) evidence.add(`${h.teacherId}|${h.ref}`);
    }
    for (const r of rows) {
      const row = r.row as Record<string, unknown> & { sourceKey: string; teacherSourceKey: string };
      const teacherId = resolveTeacher(row.teacherSourceKey);
      if (!teacherId) {
        reject(r, "training_record", problem("validation_failed", rejectedTeacherKeys.has(row.teacherSourceKey) ? `The teacher's row ${rejectedTeacherKeys.get(row.teacherSourceKey)} was rejected` : "No teacher with this sourceKey in the batch or sent earlier by this school", `${r.pointer}/teacherSourceKey`));
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
        audit.push({ action: "submit", entity: "TrainingRecord", entityId: created.id, teacherId, after: created });
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
  const assignments = states.get("assignments")!;
  // A teacher the batch creates works at its school: a primary assignment unless the batch sent one.
  for (const t of accepted.values()) {
    if (!t.created || withAssignment.has(t.id)) continue;
    const next = { id: uuidv7(), teacherId: t.id, schoolId: school.id, kind: "primary" as const, postType: t.row.postType, validFrom: t.row.assignmentStart ?? t.row.hireDate ?? today, validTo: null };
    assignments.inserts.push(next);
    assignments.keep({ ...next, endReason: null, version: 1 });
    results.push({ pointer: t.pointer, entity: "assignment", sourceKey: null, outcome: "created", id: next.id, teacherId: t.id, matchedBy: null, problem: null });
    audit.push({ action: "create", entity: "TeacherAssignment", entityId: next.id, teacherId: t.id, after: next });
  }

  // ---- Full scope: whoever is missing leaves this school (their assignment here ends) -------
  if (batch.envelope.scope === "full") {
    const staff = await tx
      .select()
      .from(teacherAssignments)
      .where(and(eq(teacherAssignments.schoolId, school.id), sql`(${teacherAssignments.validTo} is null or ${teacherAssignments.validTo} >= ${today}::date)`));
    // Anyone the batch names stays, even when their row was rejected: a bad row must not end a person.
    const named = new Set<string>([...accepted.values()].map((a) => a.id));
    for (const key of [...batch.teachers.map((r) => r.row.sourceKey), ...rejectedTeacherKeys.keys()]) if (mapped.has(key)) named.add(mapped.get(key)!);
    for (const t of batch.teachers) if (t.row.nationalId && owners.has(t.row.nationalId.toUpperCase())) named.add(owners.get(t.row.nationalId.toUpperCase())!);
    const current = new Set(staff.map((a) => a.teacherId));
    const leaving = staff.filter((a) => !named.has(a.teacherId));
    const leavingTeachers = new Set(leaving.map((a) => a.teacherId));
    if (leavingTeachers.size > 0 && leavingTeachers.size > MASS_END_SHARE * current.size && !batch.envelope.confirmMassEnd) {
      throw new ApiError(
        "conflict",
        `This full batch would end the assignments of ${leavingTeachers.size} of the school's ${current.size} current staff ` +
          `(${Math.round((100 * leavingTeachers.size) / current.size)}%, more than ${MASS_END_SHARE * 100}%). If the file is complete, send it again with confirmMassEnd: true.`,
      );
    }
    const yesterday = dayBefore(today);
    for (const a of leaving) {
      const before = (assignments.byId.get(a.id) ?? a) as SubRecord;
      const change = { validTo: (before.validFrom as string) > yesterday ? before.validFrom : yesterday, endReason: FULL_SYNC_END_REASON };
      assignments.updates.push({ id: a.id, teacherId: a.teacherId, before: { ...before }, change, outcome: "ended", pointer: null, sourceKey: null });
    }
  }

  // ---- Writes: multi-row statements ------------------------------------------------------------
  await insertJsonRows(tx, teachers, newTeachers as Record<string, unknown>[]);
  for (const u of teacherUpdates) {
    await tx.update(teachers).set({ ...u.change, version: sql`${teachers.version} + 1`, updatedAt: new Date() }).where(eq(teachers.id, u.id));
    audit.push({ action: "update", entity: "Teacher", entityId: u.id, teacherId: u.id, before: u.before, after: { ...u.before, ...u.change } });
  }
  for (const cfg of SUB_RECORDS) {
    const state = states.get(cfg.collection)!;
    await insertJsonRows(tx, cfg.table, state.inserts);
    for (const u of state.updates) {
      await tx
        .update(cfg.table)
        .set({ ...u.change, version: sql`${cfg.table.version} + 1`, updatedAt: new Date() } as never)
        .where(eq(cfg.table.id, u.id));
      audit.push({ action: u.outcome === "ended" ? "end" : "update", entity: cfg.audit, entityId: u.id, teacherId: u.teacherId, before: u.before, after: { ...u.before, ...u.change } });
      if (u.outcome === "ended") results.push({ pointer: u.pointer, entity: cfg.entity, sourceKey: u.sourceKey, outcome: "ended", id: u.id, teacherId: u.teacherId, matchedBy: null, problem: null });
    }
  }
  await insertJsonRows(tx, trainingRecords, trainingInserts);
  for (const u of trainingUpdates) {
    await tx.update(trainingRecords).set({ ...u.change, version: sql`${trainingRecords.version} + 1`, updatedAt: new Date() } as never).where(eq(trainingRecords.id, u.id));
    audit.push({ action: "update", entity: "TrainingRecord", entityId: u.id, teacherId: u.teacherId, before: u.before, after: { ...u.before, ...u.change } });
  }
  await insertJsonRows(tx, syncSourceKeys, newMappings as Record<string, unknown>[]);
  await recordAuditMany(tx, c, audit);
  return results;
}

type SubRecord = Record<string, unknown> & { id: string; teacherId: string; validFrom: string; validTo: string | null };

interface SubRecordState {
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
    for (const row of (await tx.select().from(cfg.table as PgTable).where(inArray(cfg.table.teacherId, teacherIds))) as SubRecord[]) {
      byTeacher.set(row.teacherId, [...(byTeacher.get(row.teacherId) ?? []), row]);
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

function uniqueBySourceKey<T extends { sourceKey: string }>(rows: Indexed<T>[], duplicate: (r: Indexed<T>, first: Indexed<T>) => void): Indexed<T>[] {
  const first = new Map<string, Indexed<T>>();
  const out: Indexed<T>[] = [];
  for (const r of rows) {
    const f = first.get(r.row.sourceKey);
    if (f) duplicate(r, f);
    else {
      first.set(r.row.sourceKey, r);
      out.push(r);
    }
  }
  return out;
}

async function mappings(tx: Queryable, schoolId: string, entity: string, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await tx
      .select({ key: syncSourceKeys.sourceKey, id: syncSourceKeys.entityId })
      .from(syncSourceKeys)
      .where(and(eq(syncSourceKeys.schoolId, schoolId), eq(syncSourceKeys.entity, entity), inArray(syncSourceKeys.sourceKey, unique.slice(i, i + CHUNK))));
    for (const r of rows) out.set(r.key, r.id);
  }
  return out;
}

function pick<T extends object, K extends readonly (keyof T)[]>(row: T, keys: K): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (row[k] !== undefined) out[k] = row[k];
  return out;
}

/** The fields the row sends whose value differs from the stored one. */
function changedFields<K extends string>(stored: Record<string, unknown>, row: Record<string, unknown>, keys: readonly K[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (row[k] === undefined) continue;
    if ((row[k] ?? null) !== (stored[k] ?? null)) out[k] = row[k] ?? null;
  }
  return out;
}

export type { Principal };
