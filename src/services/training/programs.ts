import { canManageProgram } from "../../auth/training-scope.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { lockOrgPath } from "../../db/training/org-paths.ts";
import { deleteModules, insertModules, insertProgram, moduleResultsRecorded, updateProgramRow } from "../../db/training/program-writes.ts";
import { lockVisibleProgram, modulesOfProgram, type ModuleRow, type ProgramRow } from "../../db/training/programs.ts";
import type { Database } from "../../db/types.ts";
import { Conflict, invalidReference, RuleViolation, ScopeViolation } from "../../domain/errors.ts";
import { uuidv7 } from "../../lib/ids.ts";
import type { ProgramCreate, ProgramUpdate } from "../../contract/training/programs.ts";
import { hoursIn } from "../../contract/training/shared.ts";
import type { Actor } from "../actor.ts";

export interface ProgramWithModules {
  row: ProgramRow;
  mods: ModuleRow[];
}

const moduleValues = (modules: { code: string; title: string; hours?: number | null }[]) =>
  modules.map((m) => ({ code: m.code, title: m.title, hours: m.hours ? hoursIn(m.hours) : null }));

/** A programme owned by a jurisdiction or a school in the actor's subtree, with its modules and the audit event. */
export function createProgram(db: Database, actor: Actor, input: ProgramCreate): Promise<ProgramWithModules> {
  const { modules, ...body } = input;
  return db.transaction(async (tx) => {
    const path = await lockOrgPath(tx, { jurisdictionId: body.ownerJurisdictionId, schoolId: body.ownerSchoolId });
    const pointer = body.ownerJurisdictionId ? "/ownerJurisdictionId" : "/ownerSchoolId";
    const what = body.ownerJurisdictionId ? "Jurisdiction" : "School";
    if (!path || !canManageProgram(actor.scope, path))
      throw invalidReference(pointer, what, (body.ownerJurisdictionId ?? body.ownerSchoolId)!);
    const id = uuidv7();
    const created = await insertProgram(tx, {
      ...body,
      id,
      creditedHours: hoursIn(body.creditedHours),
      organiser: body.organiser ?? null,
      targetGroup: body.targetGroup ?? null,
      capacity: body.capacity ?? null,
      ownerJurisdictionId: body.ownerJurisdictionId ?? null,
      ownerSchoolId: body.ownerSchoolId ?? null,
    });
    const mods = await insertModules(tx, id, moduleValues(modules));
    await recordAudit(tx, actor, {
      action: "create",
      entity: "TrainingProgram",
      entityId: id,
      orgPath: path,
      after: { ...created, modules: mods.map((m) => m.code) },
    });
    return { row: { ...created, ownerPath: path }, mods };
  });
}

export interface ProgramChange {
  programId: string;
  /** The version the caller read (If-Match), if it sent one. */
  expected?: number;
  changes: ProgramUpdate;
}

/**
 * Change a programme (only its owner's subtree may). `modules` replaces the module list while no
 * module result is recorded; hours already credited keep their value.
 */
export function updateProgram(db: Database, actor: Actor, input: ProgramChange): Promise<ProgramWithModules> {
  const { programId, expected } = input;
  const { modules, ...body } = input.changes;
  return db.transaction(async (tx) => {
    const current = await lockVisibleProgram(tx, actor.scope, programId);
    if (!canManageProgram(actor.scope, current.ownerPath))
      throw new ScopeViolation("The programme is owned above the caller's org; only its owner's subtree may change it");
    const start = body.startDate ?? current.startDate;
    const end = body.endDate ?? current.endDate;
    if (end < start)
      throw new RuleViolation("The programme would end before it starts", [
        { pointer: body.endDate ? "/endDate" : "/startDate", detail: `Must be on or after ${start}` },
      ]);
    const values: Record<string, unknown> = { ...body };
    if (body.creditedHours !== undefined) values.creditedHours = hoursIn(body.creditedHours);
    const updated = await updateProgramRow(tx, programId, expected, values);
    let mods = await modulesOfProgram(tx, programId);
    if (modules) {
      const existing = mods.map((m) => m.id);
      if (existing.length) {
        if (await moduleResultsRecorded(tx, existing))
          throw new Conflict("Module results are recorded; the module list can no longer be replaced");
        await deleteModules(tx, programId);
      }
      mods = await insertModules(tx, programId, moduleValues(modules));
    }
    await recordAudit(tx, actor, {
      action: "update",
      entity: "TrainingProgram",
      entityId: programId,
      orgPath: current.ownerPath,
      before: current,
      after: modules ? { ...updated, modules: mods.map((m) => m.code) } : updated,
    });
    return { row: { ...updated, ownerPath: current.ownerPath }, mods };
  });
}
