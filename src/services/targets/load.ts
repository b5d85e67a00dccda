import { recordAuditMany } from "../../db/audit/record.ts";
import { lockJurisdictionPath } from "../../db/jurisdictions/jurisdictions.ts";
import { existingCodes, insertTargets } from "../../db/targets/bulk.ts";
import type { Queryable } from "../../db/types.ts";
import { NotFound } from "../../domain/errors.ts";
import { checkMetricSize } from "../../domain/metrics/definition.ts";
import { checkTargetTerms } from "../../domain/metrics/targets.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { targetColumns, type TargetInput } from "../../contract/targets.ts";
import type { Actor } from "../actor.ts";

/** A target of a plan file: the create contract without the jurisdiction (the loader supplies it). */
export type PlanEntry = Omit<TargetInput, "jurisdictionId">;

export interface PlanLoad {
  /** Codes inserted, in entry order. */
  created: string[];
  /** Codes the jurisdiction already had (left as they are), in entry order. */
  skipped: string[];
}

/**
 * Add a plan's targets to a jurisdiction in ONE transaction (a savepoint inside the caller's): the
 * jurisdiction row is locked FOR UPDATE (a concurrent load or createTarget on it waits), the codes it
 * already has are read, and the missing entries go in as one set-based insert with one audit event
 * each, carrying the stored row as createTarget records it. Idempotent by (jurisdiction, code): an
 * existing code is left as it is and reported as skipped. Each entry passes createTarget's checks
 * first (pointers `/<index>/metric/…`); an unknown jurisdiction is NotFound.
 */
export async function addPlanTargets(db: Queryable, actor: Actor, jurisdictionId: string, entries: PlanEntry[]): Promise<PlanLoad> {
  entries.forEach((t, i) => {
    checkMetricSize(t.metric, `/${i}/metric`);
    checkTargetTerms(t);
  });
  return db.transaction(async (tx) => {
    const path = await lockJurisdictionPath(tx, jurisdictionId, "update");
    if (!path) throw new NotFound("Jurisdiction", jurisdictionId);
    const existing = new Set(
      await existingCodes(
        tx,
        jurisdictionId,
        entries.map((t) => t.code).filter((c): c is string => !!c),
      ),
    );
    const created: string[] = [];
    const skipped: string[] = [];
    const rows: (ReturnType<typeof targetColumns> & { id: string })[] = [];
    for (const t of entries) {
      if (t.code && existing.has(t.code)) {
        skipped.push(t.code);
        continue;
      }
      rows.push({ id: uuidv7(), ...targetColumns({ ...t, jurisdictionId }) });
      if (t.code) created.push(t.code);
    }
    if (rows.length === 0) return { created, skipped };
    const byId = new Map((await insertTargets(tx, rows)).map((r) => [r.id, r]));
    await recordAuditMany(
      tx,
      actor,
      rows.map(({ id }) => ({ action: "create", entity: "Target", entityId: id, orgPath: path, after: byId.get(id)! })),
    );
    return { created, skipped };
  });
}
