import type { Queryable } from "../../db/types.ts";
import { NotFound } from "../../domain/errors.ts";
import { cliActor } from "../../services/actor.ts";
import { addPlanTargets } from "../../services/targets/load.ts";
import { policyTargets, type PolicyTarget } from "./policy-targets.ts";

export interface LoadTargetsOptions {
  /** Audit actor id, e.g. "cli:targets:load" (role "cli"): every created target is attributable. */
  actor: string;
  /** The entries to load (default: policyTargets(), the whole file). */
  entries?: PolicyTarget[];
}

export interface LoadTargetsResult {
  /** Codes inserted by this run, in file order. */
  created: string[];
  /** Codes the jurisdiction already had (left as they are), in file order. */
  skipped: string[];
}

export class UnknownJurisdictionError extends Error {
  constructor(readonly jurisdictionId: string) {
    super(`No jurisdiction with id ${jurisdictionId} (list them with GET /v1/jurisdictions)`);
    this.name = "UnknownJurisdictionError";
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Load the policy targets (policy-targets.json) into a jurisdiction's plan, in ONE transaction, with
 * one audit event per created target (action create, the given actor, role "cli"): see
 * services/targets/load.ts `addPlanTargets`. Idempotent by (jurisdiction, code): a second run changes
 * nothing. Given a transaction (the demo load), it runs inside it as a savepoint.
 */
export async function loadPolicyTargets(db: Queryable, jurisdictionId: string, options: LoadTargetsOptions): Promise<LoadTargetsResult> {
  if (!UUID.test(jurisdictionId)) throw new UnknownJurisdictionError(jurisdictionId);
  try {
    return await addPlanTargets(db, cliActor(options.actor), jurisdictionId, options.entries ?? policyTargets());
  } catch (err) {
    if (err instanceof NotFound) throw new UnknownJurisdictionError(jurisdictionId);
    throw err;
  }
}
