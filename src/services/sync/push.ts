import { can } from "../../auth/policy.ts";
import { pathInScope } from "../../auth/scope.ts";
import { batchJson, type BatchResult, type SyncRowResult } from "../../contract/sync.ts";
import { pipeline } from "../../db/pipeline.ts";
import { findSchool } from "../../db/schools/schools.ts";
import { insertBatch, type NewBatch } from "../../db/sync/batches.ts";
import { readFacts } from "../../db/sync/read.ts";
import { writeClassifications } from "../../db/sync/classifications.ts";
import { writePlan } from "../../db/sync/write.ts";
import type { Database, Queryable } from "../../db/types.ts";
import { Conflict, invalidReference } from "../../domain/errors.ts";
import { planBatch } from "../../domain/sync/plan.ts";
import { countOutcomes, orderResults } from "../../domain/sync/results.ts";
import type { RowResult } from "../../domain/sync/rows.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { refusalProblem } from "../../lib/problem.ts";
import type { Actor } from "../actor.ts";
import { planSchoolClassifications, validateClassifications } from "./classifications.ts";
import { validateBatch } from "./validate.ts";

export interface PushRequest {
  envelope: { schoolId: string; mode: "dry_run" | "apply"; scope: "delta" | "full"; atomic: boolean; confirmMassEnd: boolean };
  /** The batch's rows by collection, as sent (each is validated on its own). */
  records: Record<string, unknown[]>;
  /** The batch date: records a full batch ends end the day before. */
  today: string;
}

/** Thrown to roll the transaction back while keeping what it computed. */
class Rollback {
  constructor(
    readonly result: BatchResult,
    readonly outcome: "dry_run" | "rolled_back",
  ) {}
}

/**
 * Push a school's staff records: validate each row, read what the register holds, plan (pure), write
 * set-based, all in one transaction with the stored result. A dry run, or an atomic batch with a
 * rejected row, runs the same and rolls back, keeping the result. Returns the batch's id and its JSON.
 */
export async function pushBatch(db: Database, actor: Actor, req: PushRequest): Promise<{ id: string; json: string }> {
  const { envelope } = req;
  const school = await findSchool(db, envelope.schoolId);
  // A school outside the actor's scope is as unknown as a missing one (a school system: only its own).
  if (!school || !pathInScope(actor.scope, school.path)) throw invalidReference("/schoolId", "School", envelope.schoolId);
  const validated = validateBatch(req.records, school.id, { import: can(actor.scope.role, "training.import") });
  const classifications = validateClassifications(req.records.schoolClassifications);
  const id = uuidv7();
  const head: NewBatch = {
    id,
    schoolId: school.id,
    clientId: actor.id,
    mode: envelope.mode,
    scope: envelope.scope,
    atomic: envelope.atomic,
    outcome: "applied",
    rows: Object.values(req.records).reduce((n, rows) => n + (rows?.length ?? 0), 0),
  };
  // The result is serialised once, for the database and the answer; only the time comes back.
  const store = async (tx: Queryable, result: BatchResult, outcome: NewBatch["outcome"]) => {
    const text = JSON.stringify(result);
    const createdAt = await insertBatch(tx, { ...head, outcome }, text);
    return batchJson({ ...head, outcome, createdAt }, text);
  };
  try {
    const json = await db.transaction(async (tx) => {
      const facts = await readFacts(tx, validated, { school, scope: actor.scope, actorId: actor.id, mode: envelope, today: req.today });
      const planned = planBatch(validated, facts, { next: uuidv7 });
      if ("refused" in planned) throw new Conflict(planned.refused);
      const classified = await planSchoolClassifications(tx, school.id, classifications.rows);
      const result = batchResult([...planned.plan.results, ...classifications.rejected, ...classified.results]);
      // The writes run while the result is ordered and stored behind them.
      const via = pipeline();
      await writePlan(tx, actor, planned.plan, via);
      await writeClassifications(tx, actor, school.path, classified, via);
      const rollback = envelope.mode === "dry_run" ? "dry_run" : envelope.atomic && result.counts.rejected > 0 ? "rolled_back" : null;
      if (rollback) {
        await via.done(); // a dry run answers what apply would do, a failing write included
        throw new Rollback(result, rollback);
      }
      const stored = store(tx, result, "applied");
      await via.send(stored);
      await via.done();
      return stored;
    });
    return { id, json };
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
    // Nothing of the batch was written; the result is kept so GET /v1/sync/batches/{id} can show it.
    return { id, json: await store(db, err.result, err.outcome) };
  }
}

/** What a batch stores and answers: the results in the batch's order, their problems rendered, and their counts. */
function batchResult(results: RowResult[]): BatchResult {
  const ordered: SyncRowResult[] = orderResults(results).map((r) => ({
    pointer: r.pointer,
    entity: r.entity,
    sourceKey: r.sourceKey,
    outcome: r.outcome,
    id: r.id,
    teacherId: r.teacherId,
    matchedBy: r.matchedBy,
    problem: r.refusal ? (refusalProblem(r.refusal) as SyncRowResult["problem"]) : null,
  }));
  return { counts: countOutcomes(ordered), results: ordered };
}
