import { and, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Principal } from "../../auth/principal.ts";
import { pathInScope, teacherScope } from "../../auth/scope.ts";
import type { VetoRecord } from "../../domain/ethics.ts";
import { homeSchoolOf } from "../../domain/home-school.ts";
import { CLAIMS, RECORD_COLLECTIONS } from "../../domain/sync/collections.ts";
import type { RecordCollection, Stored, StoredRecord, StoredTeacher, SyncFacts, ValidatedBatch } from "../../domain/sync/rows.ts";
import { inList } from "../json-rows.ts";
import { schools, syncSourceKeys, teacherAssignments, teachers, trainingRecords } from "../schema/index.ts";
import { vetoesOf } from "../teacher-records/ethics.ts";
import { primaryPlacements } from "../teacher-records/home-school.ts";
import { employmentPeriodsOf } from "../teachers/employment.ts";
import type { Queryable } from "../types.ts";
import type { EmploymentPeriod } from "../../domain/employment.ts";
import { RECORD_TABLES } from "./tables.ts";

export interface ReadInput {
  school: { id: string };
  scope: Principal;
  actorId: string;
  mode: { scope: "delta" | "full"; confirmMassEnd: boolean };
  today: string;
}

/**
 * Everything the plan needs from the register, one set-based query per question, all before the
 * batch's first write (a read sent after a write would wait for it): the school's keys for what the
 * batch names, the teachers they lead to (and whether the actor may write to them), their records,
 * the claims and the evidence already held, and for a full batch the school's current staff.
 */
export async function readFacts(tx: Queryable, batch: ValidatedBatch, input: ReadInput): Promise<SyncFacts> {
  const schoolId = input.school.id;
  const recordTeacherKeys = [
    ...Object.values(batch.records).flatMap((rows) => rows.map((r) => r.teacherSourceKey)),
    ...batch.claims.map((r) => r.teacherSourceKey),
  ];
  const rejectedKeys = batch.rejected
    .flatMap((r) => [r.entity === "teacher" ? r.sourceKey : null, r.teacherSourceKey ?? null])
    .filter((k): k is string => !!k);
  const teacherKeys = await sourceKeys(tx, schoolId, "teacher", [
    ...batch.teachers.map((r) => r.sourceKey),
    ...rejectedKeys,
    ...recordTeacherKeys,
  ]);
  const nationalIds = [...batch.teachers.map((t) => t.fields.nationalId), ...batch.rejected.map((r) => r.nationalId)].filter(
    (x): x is string => !!x,
  );
  const nationalIdOwners = new Map<string, string>();
  if (nationalIds.length) {
    const owners = await tx
      .select({ id: teachers.id, nationalId: teachers.nationalId })
      .from(teachers)
      .where(inList(teachers.nationalId, [...new Set(nationalIds)]));
    for (const o of owners) nationalIdOwners.set(o.nationalId!, o.id);
  }
  const known = await teachersWithVisibility(tx, [...new Set([...teacherKeys.values(), ...nationalIdOwners.values()])], input.scope);
  const involved = [...known.values()].filter((t) => t.visible).map((t) => t.id);
  const employment = new Map<string, EmploymentPeriod[]>();
  for (const p of await employmentPeriodsOf(tx, involved)) {
    const list = employment.get(p.teacherId);
    if (list) list.push(p);
    else employment.set(p.teacherId, [p]);
  }
  const records = {} as SyncFacts["records"];
  for (const c of RECORD_COLLECTIONS) {
    records[c.collection] = {
      keys: await sourceKeys(
        tx,
        schoolId,
        c.entity,
        batch.records[c.collection].map((r) => r.sourceKey),
      ),
      rows: await recordsOf(tx, c.collection, involved),
    };
  }
  const claims = await claimFacts(tx, schoolId, batch, { teacherKeys, nationalIdOwners, known });
  const staff = input.mode.scope === "full" ? await currentStaff(tx, schoolId, input.today) : [];
  const foreignAssignments = await outsideScope(tx, records.assignments.rows, input.scope);
  const foreignHomes = await homesOutsideScope(tx, involved, input.scope, input.today);
  const vetoes = new Map<string, VetoRecord[]>();
  for (const v of await vetoesOf(tx, involved)) vetoes.set(v.teacherId, [...(vetoes.get(v.teacherId) ?? []), v]);
  return {
    today: input.today,
    schoolId,
    actorId: input.actorId,
    scope: input.mode.scope,
    confirmMassEnd: input.mode.confirmMassEnd,
    teacherKeys,
    nationalIdOwners,
    teachers: known,
    employment,
    records,
    claims,
    staff,
    foreignAssignments,
    foreignHomes,
    vetoes,
  };
}

/** The assignments at schools outside the actor's scope (one query over their distinct schools). */
async function outsideScope(tx: Queryable, assignments: StoredRecord[], scope: Principal): Promise<Set<string>> {
  const schoolIds = [...new Set(assignments.map((a) => a.schoolId as string))];
  if (schoolIds.length === 0) return new Set();
  const paths = await tx.select({ id: schools.id, path: schools.path }).from(schools).where(inList(schools.id, schoolIds));
  const foreign = new Set(paths.filter((s) => !pathInScope(scope, s.path)).map((s) => s.id));
  return new Set(assignments.filter((a) => foreign.has(a.schoolId as string)).map((a) => a.id));
}

/** The teachers whose home school lies outside the actor's scope -> that school (one query over their primaries). */
async function homesOutsideScope(tx: Queryable, teacherIds: string[], scope: Principal, today: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [teacherId, primaries] of await primaryPlacements(tx, teacherIds)) {
    const home = homeSchoolOf(primaries, today);
    if (home && !pathInScope(scope, home.path)) out.set(teacherId, home.schoolId);
  }
  return out;
}

/** The school's keys of one entity among `keys` -> our ids. */
async function sourceKeys(tx: Queryable, schoolId: string, entity: string, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (keys.length === 0) return out;
  const rows = await tx
    .select({ key: syncSourceKeys.sourceKey, id: syncSourceKeys.entityId })
    .from(syncSourceKeys)
    .where(
      and(eq(syncSourceKeys.schoolId, schoolId), eq(syncSourceKeys.entity, entity), inList(syncSourceKeys.sourceKey, [...new Set(keys)])),
    );
  for (const r of rows) out.set(r.key, r.id);
  return out;
}

async function teachersWithVisibility(tx: Queryable, ids: string[], scope: Principal): Promise<Map<string, StoredTeacher>> {
  const out = new Map<string, StoredTeacher>();
  if (ids.length === 0) return out;
  const rows = await tx
    .select({ t: teachers, visible: sql<boolean>`${teacherScope(scope) ?? sql`true`}` })
    .from(teachers)
    .where(inList(teachers.id, ids));
  for (const r of rows) out.set(r.t.id, { ...r.t, visible: Boolean(r.visible) });
  return out;
}

async function recordsOf(tx: Queryable, collection: RecordCollection, teacherIds: string[]): Promise<StoredRecord[]> {
  if (teacherIds.length === 0) return [];
  const table = RECORD_TABLES[collection];
  return (await tx
    .select()
    .from(table as PgTable)
    .where(inList(table.teacherId, teacherIds))) as StoredRecord[];
}

/** The claims the batch's keys name, and the evidence its teachers already hold (claims it re-sends aside). */
async function claimFacts(
  tx: Queryable,
  schoolId: string,
  batch: ValidatedBatch,
  t: { teacherKeys: Map<string, string>; nationalIdOwners: Map<string, string>; known: Map<string, StoredTeacher> },
): Promise<SyncFacts["claims"]> {
  const keys = await sourceKeys(
    tx,
    schoolId,
    CLAIMS.entity,
    batch.claims.map((r) => r.sourceKey),
  );
  const rows = new Map<string, Stored & { teacherId: string; status: string }>();
  if (keys.size)
    for (const r of await tx
      .select()
      .from(trainingRecords)
      .where(inList(trainingRecords.id, [...keys.values()])))
      rows.set(r.id, r);
  // The teachers a claim can name: by the school's key, or by the national ID of the batch's row with that key.
  const nidByKey = new Map(batch.teachers.map((r) => [r.sourceKey, r.fields.nationalId]));
  const ids = new Set<string>();
  for (const r of batch.claims) {
    const nid = nidByKey.get(r.teacherSourceKey);
    for (const id of [t.teacherKeys.get(r.teacherSourceKey), nid ? t.nationalIdOwners.get(nid) : undefined])
      if (id && t.known.get(id)?.visible) ids.add(id);
  }
  const evidence = new Set<string>();
  if (ids.size) {
    const held = await tx
      .select({ id: trainingRecords.id, teacherId: trainingRecords.teacherId, ref: trainingRecords.evidenceRef })
      .from(trainingRecords)
      .where(
        and(
          inList(trainingRecords.teacherId, [...ids]),
          sql`${trainingRecords.evidenceRef} is not null and ${trainingRecords.status} <> 'rejected'`,
        ),
      );
    const resent = new Set(keys.values()); // a claim the batch sends again does not clash with itself
    for (const h of held) if (!resent.has(h.id)) evidence.add(`${h.teacherId}|${h.ref}`);
  }
  return { keys, rows, evidence };
}

/** A full batch: the school's assignments open on the batch date or later. */
async function currentStaff(tx: Queryable, schoolId: string, today: string): Promise<StoredRecord[]> {
  return (await tx
    .select()
    .from(teacherAssignments)
    .where(
      and(
        eq(teacherAssignments.schoolId, schoolId),
        sql`(${teacherAssignments.validTo} is null or ${teacherAssignments.validTo} >= ${today}::date)`,
      ),
    )) as StoredRecord[];
}
