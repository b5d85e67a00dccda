import type { z } from "@hono/zod-openapi";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Context } from "hono";
import { recordAuditMany, type AuditEntry } from "../../audit/record.ts";
import type { Principal } from "../../auth/principal.ts";
import { teacherScope } from "../../auth/scope.ts";
import { syncSourceKeys, teacherAssignments, teachers } from "../../db/schema/index.ts";
import type { Queryable } from "../../db/types.ts";
import { dayBefore } from "../../domain/dates.ts";
import { placeExclusive, type Period } from "../../domain/periods.ts";
import { checkTeacherCore } from "../../domain/teacher.ts";
import type { AppEnv } from "../../lib/context.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { ApiError, PROBLEM_TYPES, type ProblemCode } from "../../lib/problem.ts";
import type { Indexed, ParsedBatch } from "./parse.ts";
import { MASS_END_SHARE, type SyncOutcome, type syncAssignmentSchema, type syncRowResultSchema, type syncTeacherSchema } from "./schemas.ts";

export type RowResult = z.infer<typeof syncRowResultSchema>;
type TeacherRow = z.infer<typeof syncTeacherSchema>;
type AssignmentRow = z.infer<typeof syncAssignmentSchema>;
type Teacher = typeof teachers.$inferSelect;
type Assignment = typeof teacherAssignments.$inferSelect;

const TEACHER_FIELDS = ["name", "gender", "birthDate", "nationalId", "staffNumber", "employmentCategory", "onEstablishmentNotAtPost", "hireDate", "teachingStartDate"] as const;
const ASSIGNMENT_FIELDS = ["kind", "postType", "validFrom", "validTo"] as const;
const FULL_SYNC_END_REASON = "不在学校全量同步名单中 (missing from a full sync)";

function problem(code: ProblemCode, detail: string, pointer?: string): RowResult["problem"] {
  const p = PROBLEM_TYPES[code];
  return { type: `/problems/${code}`, title: p.title, status: p.status, detail, ...(pointer ? { errors: [{ pointer, detail }] } : {}) };
}

const CHUNK = 1000;
async function chunked<T>(rows: T[], write: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

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

  // ---- Assignments ------------------------------------------------------------------------
  const assignmentRows = uniqueBySourceKey(batch.assignments, (r, first) => reject(r, "assignment", problem("conflict", `sourceKey already used by ${first.pointer}`, `${r.pointer}/sourceKey`)));
  const rejectedTeacherKeys = new Map(results.filter((x) => x.entity === "teacher" && x.outcome === "rejected" && x.sourceKey).map((x) => [x.sourceKey!, x.pointer]));
  const outsideKeys = assignmentRows.map((r) => r.row.teacherSourceKey).filter((k) => !accepted.has(k) && !rejectedTeacherKeys.has(k));
  const earlierTeachers = await mappings(tx, school.id, "teacher", outsideKeys);
  const earlierVisible = new Set<string>();
  if (earlierTeachers.size) {
    const scope = teacherScope(principal) ?? sql`true`;
    for (const r of await tx.select({ id: teachers.id }).from(teachers).where(and(inArray(teachers.id, [...earlierTeachers.values()]), scope))) earlierVisible.add(r.id);
  }
  const assignmentMap = await mappings(tx, school.id, "assignment", assignmentRows.map((r) => r.row.sourceKey));
  const involved = [...new Set([...[...accepted.values()].filter((a) => !a.created).map((a) => a.id), ...earlierVisible])];
  const byTeacher = new Map<string, Assignment[]>();
  if (involved.length) {
    for (const a of await tx.select().from(teacherAssignments).where(inArray(teacherAssignments.teacherId, involved))) {
      byTeacher.set(a.teacherId, [...(byTeacher.get(a.teacherId) ?? []), a]);
    }
  }
  const assignmentById = new Map([...byTeacher.values()].flat().map((a) => [a.id, a]));
  const newAssignments: (typeof teacherAssignments.$inferInsert)[] = [];
  const assignmentUpdates: { id: string; teacherId: string; before: Assignment; change: Partial<Assignment>; outcome: SyncOutcome; pointer: string | null; sourceKey: string | null }[] = [];
  const withAssignment = new Set<string>();
  const primaries = (teacherId: string): Period[] =>
    (byTeacher.get(teacherId) ?? []).filter((a) => a.kind === "primary").map((a) => ({ id: a.id, validFrom: a.validFrom, validTo: a.validTo }));
  const place = (teacherId: string, next: Assignment, create: boolean, pointer: string): string | null => {
    if (next.kind !== "primary") return null;
    const placement = placeExclusive(primaries(teacherId), next, create);
    if (!placement.ok) return `Overlaps primary assignment ${placement.conflict.id} (${placement.conflict.validFrom} – ${placement.conflict.validTo ?? "open"})`;
    if (placement.close) {
      const before = assignmentById.get(placement.close.id)!;
      const change = { validTo: placement.close.validTo, endReason: "调动 (a new primary assignment)" };
      assignmentUpdates.push({ id: before.id, teacherId, before, change, outcome: "ended", pointer: null, sourceKey: null });
      Object.assign(before, change);
    }
    void pointer;
    return null;
  };
  const keep = (a: Assignment) => {
    const list = byTeacher.get(a.teacherId) ?? [];
    const i = list.findIndex((x) => x.id === a.id);
    if (i >= 0) list[i] = a;
    else list.push(a);
    byTeacher.set(a.teacherId, list);
    assignmentById.set(a.id, a);
  };
  for (const r of assignmentRows) {
    const row = r.row;
    const teacher = accepted.get(row.teacherSourceKey);
    const teacherId = teacher?.id ?? (earlierVisible.has(earlierTeachers.get(row.teacherSourceKey) ?? "") ? earlierTeachers.get(row.teacherSourceKey)! : undefined);
    if (!teacherId) {
      const why = rejectedTeacherKeys.has(row.teacherSourceKey)
        ? `The teacher's row ${rejectedTeacherKeys.get(row.teacherSourceKey)} was rejected`
        : earlierTeachers.has(row.teacherSourceKey)
          ? "That teacher is outside your scope"
          : "No teacher with this sourceKey in the batch or sent earlier by this school";
      reject(r, "assignment", problem("validation_failed", why, `${r.pointer}/teacherSourceKey`));
      continue;
    }
    if (row.validTo && row.validTo < row.validFrom) {
      reject(r, "assignment", problem("validation_failed", "The assignment would end before it starts", `${r.pointer}/validTo`), teacherId);
      continue;
    }
    const id = assignmentMap.get(row.sourceKey);
    const current = id ? assignmentById.get(id) : undefined;
    if (id && (!current || current.teacherId !== teacherId)) {
      reject(r, "assignment", problem("conflict", "This sourceKey names an assignment of another teacher", `${r.pointer}/teacherSourceKey`), teacherId);
      continue;
    }
    const fields = { kind: row.kind, postType: row.postType, validFrom: row.validFrom, validTo: row.validTo ?? null };
    if (!current) {
      const next = { id: uuidv7(), teacherId, schoolId: school.id, ...fields, endReason: null, version: 1 } as Assignment;
      const conflict = place(teacherId, next, true, r.pointer);
      if (conflict) {
        reject(r, "assignment", problem("conflict", conflict, `${r.pointer}/validFrom`), teacherId);
        continue;
      }
      keep(next);
      newAssignments.push({ id: next.id, teacherId, schoolId: school.id, ...fields });
      newMappings.push({ schoolId: school.id, entity: "assignment", sourceKey: row.sourceKey, entityId: next.id });
      withAssignment.add(teacherId);
      results.push({ pointer: r.pointer, entity: "assignment", sourceKey: row.sourceKey, outcome: "created", id: next.id, teacherId, matchedBy: null, problem: null });
      audit.push({ action: "create", entity: "TeacherAssignment", entityId: next.id, teacherId, after: next as unknown as Record<string, unknown> });
      continue;
    }
    withAssignment.add(teacherId);
    const change = changedFields(current, fields, ASSIGNMENT_FIELDS);
    if (Object.keys(change).length === 0) {
      results.push({ pointer: r.pointer, entity: "assignment", sourceKey: row.sourceKey, outcome: "unchanged", id: current.id, teacherId, matchedBy: null, problem: null });
      continue;
    }
    const next = { ...current, ...change } as Assignment;
    const conflict = place(teacherId, next, false, r.pointer);
    if (conflict) {
      reject(r, "assignment", problem("conflict", conflict, `${r.pointer}/validFrom`), teacherId);
      continue;
    }
    assignmentUpdates.push({ id: current.id, teacherId, before: { ...current }, change, outcome: "updated", pointer: r.pointer, sourceKey: row.sourceKey });
    keep(next);
    results.push({ pointer: r.pointer, entity: "assignment", sourceKey: row.sourceKey, outcome: "updated", id: current.id, teacherId, matchedBy: null, problem: null });
  }
  // A teacher the batch creates works at its school: a primary assignment unless the batch sent one.
  for (const t of accepted.values()) {
    if (!t.created || withAssignment.has(t.id)) continue;
    const next = { id: uuidv7(), teacherId: t.id, schoolId: school.id, kind: "primary" as const, postType: t.row.postType, validFrom: t.row.assignmentStart ?? t.row.hireDate ?? today, validTo: null };
    newAssignments.push(next);
    keep({ ...next, endReason: null, version: 1 } as Assignment);
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
      const before = assignmentById.get(a.id) ?? a;
      const change = { validTo: before.validFrom > yesterday ? before.validFrom : yesterday, endReason: FULL_SYNC_END_REASON };
      assignmentUpdates.push({ id: a.id, teacherId: a.teacherId, before: { ...before }, change, outcome: "ended", pointer: null, sourceKey: null });
    }
  }

  // ---- Writes: multi-row statements ------------------------------------------------------------
  await chunked(newTeachers, (part) => tx.insert(teachers).values(part));
  for (const u of teacherUpdates) {
    await tx.update(teachers).set({ ...u.change, version: sql`${teachers.version} + 1`, updatedAt: new Date() }).where(eq(teachers.id, u.id));
    audit.push({ action: "update", entity: "Teacher", entityId: u.id, teacherId: u.id, before: u.before, after: { ...u.before, ...u.change } });
  }
  await chunked(newAssignments, (part) => tx.insert(teacherAssignments).values(part));
  for (const u of assignmentUpdates) {
    await tx
      .update(teacherAssignments)
      .set({ ...u.change, version: sql`${teacherAssignments.version} + 1`, updatedAt: new Date() })
      .where(eq(teacherAssignments.id, u.id));
    audit.push({ action: u.outcome === "ended" ? "end" : "update", entity: "TeacherAssignment", entityId: u.id, teacherId: u.teacherId, before: u.before, after: { ...u.before, ...u.change } });
    if (u.outcome === "ended") results.push({ pointer: u.pointer, entity: "assignment", sourceKey: u.sourceKey, outcome: "ended", id: u.id, teacherId: u.teacherId, matchedBy: null, problem: null });
  }
  await chunked(newMappings, (part) => tx.insert(syncSourceKeys).values(part));
  await recordAuditMany(tx, c, audit);
  return results;
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
