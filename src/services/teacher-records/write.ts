import { recordAudit } from "../../db/audit/record.ts";
import { findRecord, insertRecord, updateRecord } from "../../db/teacher-records/rows.ts";
import type { RecordKind, RecordRow } from "../../db/teacher-records/tables.ts";
import { requireTeacher } from "../../db/teachers/read.ts";
import type { Database, Queryable } from "../../db/types.ts";
import { RuleViolation, VersionConflict } from "../../domain/errors.ts";
import { uuidv7 } from "../../lib/ids.ts";
import type { Actor } from "../actor.ts";
import type { EthicsOverride, RecordRules } from "./definition.ts";
import { requireHomeSchool } from "./home-school.ts";
import { requireInService } from "./in-service.ts";

/**
 * The writes every teacher sub-record has: create, correct in place (guarded by the version the
 * caller read) and end. Each runs in one transaction with the teacher held, the record's rule and
 * its audit event; the teacher outside the actor's scope is NotFound. An assignment names its own
 * school (its rule checks it); every other record belongs to the teacher's home school.
 */
async function requireTeacherToWrite(tx: Queryable, actor: Actor, kind: RecordKind, teacherId: string) {
  await requireTeacher(tx, teacherId, actor.scope, true);
  if (kind !== "assignments") await requireHomeSchool(tx, actor, teacherId);
}

const endsBeforeStart = (next: { validFrom: unknown; validTo: unknown }) =>
  next.validTo != null && (next.validTo as string) < (next.validFrom as string);
const inverted = (next: { validFrom: unknown }, pointer: string) =>
  new RuleViolation("The record would end before it starts", [{ pointer, detail: `Must be on or after ${String(next.validFrom)}` }]);

export function createRecord<K extends RecordKind>(
  db: Database,
  actor: Actor,
  def: RecordRules<K>,
  input: { teacherId: string; values: Partial<RecordRow<K>>; ethicsOverride?: EthicsOverride },
): Promise<RecordRow<K>> {
  const { teacherId } = input;
  return db.transaction(async (tx) => {
    await requireTeacherToWrite(tx, actor, def.kind, teacherId);
    const next = { ...input.values, id: uuidv7(), teacherId } as RecordRow<K>;
    if (endsBeforeStart(next)) throw inverted(next, `/${def.fields.to}`);
    await requireInService(tx, def.kind, def.fields, teacherId, next);
    await def.beforeWrite?.({ tx, actor, teacherId, next, action: "create", ethicsOverride: input.ethicsOverride });
    const created = await insertRecord(tx, def.kind, next);
    await recordAudit(tx, actor, { action: "create", entity: def.singular, entityId: created.id, teacherId, after: created });
    return created;
  });
}

export interface RecordTarget {
  teacherId: string;
  id: string;
  /** The version the caller read (If-Match); undefined writes whatever is there. */
  expectedVersion: number | undefined;
}

/** Correct a record in place: `change` holds column values (a PATCH's fields, renamed). */
export function correctRecord<K extends RecordKind>(
  db: Database,
  actor: Actor,
  def: RecordRules<K>,
  input: RecordTarget & { change: Partial<RecordRow<K>>; ethicsOverride?: EthicsOverride },
) {
  return write(db, actor, def, "update", input, input.change, input.ethicsOverride);
}

/** End a record: its last valid day, and why. */
export function endRecord<K extends RecordKind>(
  db: Database,
  actor: Actor,
  def: RecordRules<K>,
  input: RecordTarget & { endedOn: string; reason?: string },
) {
  return write(db, actor, def, "end", input, { validTo: input.endedOn, endReason: input.reason ?? null });
}

function write<K extends RecordKind>(
  db: Database,
  actor: Actor,
  def: RecordRules<K>,
  action: "update" | "end",
  target: RecordTarget,
  change: Record<string, unknown>,
  ethicsOverride?: EthicsOverride,
) {
  const { teacherId, id } = target;
  return db.transaction(async (tx) => {
    await requireTeacherToWrite(tx, actor, def.kind, teacherId);
    const current = await findRecord(tx, def.kind, def.noun, teacherId, id, true);
    if (target.expectedVersion !== undefined && current.version !== target.expectedVersion)
      throw new VersionConflict(def.noun, id, current.version);
    const next = { ...current, ...change } as RecordRow<K>;
    if (endsBeforeStart(next))
      throw inverted(next, action === "end" ? "/endedOn" : `/${"validTo" in change ? def.fields.to : def.fields.from}`);
    await requireInService(tx, def.kind, action === "end" ? { ...def.fields, to: "endedOn" } : def.fields, teacherId, next);
    await def.beforeWrite?.({ tx, actor, teacherId, current, next, action, ethicsOverride });
    const updated = await updateRecord(tx, def.kind, def.noun, teacherId, id, current.version, change);
    await recordAudit(tx, actor, { action, entity: def.singular, entityId: id, teacherId, before: current, after: updated });
    return updated;
  });
}
