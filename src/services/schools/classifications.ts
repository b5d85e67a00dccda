import { canSeeSchool } from "../../auth/scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import {
  classificationHistory,
  insertClassification,
  updateClassificationRow,
  type ClassificationRow,
} from "../../db/schools/classifications.ts";
import { lockSchool } from "../../db/schools/schools.ts";
import type { Database, Queryable } from "../../db/types.ts";
import { NotFound, RuleViolation, VersionConflict } from "../../domain/errors.ts";
import { moveClassificationStart, placeClassification, type PeriodChange } from "../../domain/schools/classifications.ts";
import { uuidv7 } from "../../lib/ids.ts";
import type { SchoolClassificationCreate, SchoolClassificationUpdate } from "../../contract/school-classifications.ts";
import type { Actor } from "../actor.ts";

const ENTITY = "SchoolClassification";

/** The school held for the write and its periods, locked; outside the actor's scope it is NotFound. */
async function held(tx: Queryable, actor: Actor, schoolId: string) {
  const school = await lockSchool(tx, schoolId);
  if (!school || !canSeeSchool(actor.scope, school.path)) throw new NotFound("School", schoolId);
  return { school, periods: await classificationHistory(tx, schoolId, true) };
}

function refused(change: PeriodChange): asserts change is Extract<PeriodChange, { ok: true }> {
  if (!change.ok) throw new RuleViolation(change.detail, [change.issue]);
}

/** The neighbour a write moves: its new last day, audited as its own change. */
async function closeNeighbour(tx: Queryable, actor: Actor, path: string, before: ClassificationRow, validTo: string) {
  const after = await updateClassificationRow(tx, before.schoolId, before.id, before.version, { validTo });
  await recordAudit(tx, actor, { action: "end", entity: ENTITY, entityId: before.id, orgPath: path, before, after });
}

/** A reclassification from a date: the current period ends the day before; facts not sent carry over. */
export function addClassification(db: Database, actor: Actor, schoolId: string, input: SchoolClassificationCreate) {
  return db.transaction(async (tx) => {
    const { school, periods } = await held(tx, actor, schoolId);
    const open = periods[periods.length - 1]!;
    const change = placeClassification(open, input.validFrom);
    refused(change);
    await closeNeighbour(tx, actor, school.path, open, change.close!.validTo);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...carried } = open;
    const created = await insertClassification(tx, { ...carried, ...input, id: uuidv7(), schoolId, validTo: null });
    await recordAudit(tx, actor, { action: "create", entity: ENTITY, entityId: created.id, orgPath: school.path, after: created });
    return created;
  });
}

export interface ClassificationCorrection {
  schoolId: string;
  id: string;
  /** The version the caller read (If-Match), if it sent one. */
  expected: number | undefined;
  change: SchoolClassificationUpdate;
}

/** Correct one period in place; a moved start moves the previous period's end with it. */
export function correctClassification(db: Database, actor: Actor, { schoolId, id, expected, change }: ClassificationCorrection) {
  return db.transaction(async (tx) => {
    const { school, periods } = await held(tx, actor, schoolId);
    const current = periods.find((p) => p.id === id);
    if (!current) throw new NotFound("School classification", id);
    if (expected !== undefined && current.version !== expected) throw new VersionConflict("School classification", id, current.version);
    if (change.validFrom !== undefined) {
      const moved = moveClassificationStart(periods, id, change.validFrom);
      refused(moved);
      if (moved.close) {
        // The neighbour's end first moves out of the way of the unique (school, start) and tiling.
        const before = periods.find((p) => p.id === moved.close!.id)!;
        await closeNeighbour(tx, actor, school.path, before, moved.close.validTo);
      }
    }
    const updated = await updateClassificationRow(tx, schoolId, id, current.version, change);
    await recordAudit(tx, actor, { action: "update", entity: ENTITY, entityId: id, orgPath: school.path, before: current, after: updated });
    return updated;
  });
}
