import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { recordAuditMany } from "../../db/audit/record.ts";
import { insertJsonRows } from "../../db/json-rows.ts";
import { jurisdictions, targets } from "../../db/schema/index.ts";
import type { Queryable } from "../../db/types.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { checkMetricSize } from "../../services/metrics/evaluate.ts";
import { checkTargetTerms, targetColumns } from "../../db/targets/targets.ts";
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
 * Load the policy targets (policy-targets.json) into a jurisdiction's plan, in ONE transaction:
 * the jurisdiction row is locked (FOR UPDATE, so a concurrent load or POST /v1/targets on it waits),
 * the codes it already has are read, and the missing entries go in as one set-based insert with one
 * audit event each (action create, the given actor). Idempotent by (jurisdiction, code): an existing
 * code is left as it is (a bureau may have edited its figure) and reported as skipped, so a second
 * run changes nothing. Each entry passes the checks POST /v1/targets applies. Given a transaction
 * (the demo load), it runs inside it as a savepoint.
 */
export async function loadPolicyTargets(db: Queryable, jurisdictionId: string, options: LoadTargetsOptions): Promise<LoadTargetsResult> {
  if (!UUID.test(jurisdictionId)) throw new UnknownJurisdictionError(jurisdictionId);
  const entries = options.entries ?? policyTargets();
  entries.forEach((t, i) => {
    checkMetricSize(t.metric, `/${i}/metric`);
    checkTargetTerms(t);
  });
  return db.transaction(async (tx) => {
    const [j] = await tx.select({ path: jurisdictions.path }).from(jurisdictions).where(eq(jurisdictions.id, jurisdictionId)).for("update");
    if (!j) throw new UnknownJurisdictionError(jurisdictionId);
    const codes = entries.map((t) => t.code).filter((c): c is string => !!c);
    const existing = new Set(
      codes.length === 0
        ? []
        : (
            await tx
              .select({ code: targets.code })
              .from(targets)
              .where(and(eq(targets.jurisdictionId, jurisdictionId), isNotNull(targets.code), inArray(targets.code, codes)))
          ).map((r) => r.code!),
    );
    const created: string[] = [];
    const skipped: string[] = [];
    const rows: Record<string, unknown>[] = [];
    for (const t of entries) {
      if (t.code && existing.has(t.code)) {
        skipped.push(t.code);
        continue;
      }
      rows.push({ id: uuidv7(), ...targetColumns({ ...t, jurisdictionId }) });
      if (t.code) created.push(t.code);
    }
    if (rows.length === 0) return { created, skipped };
    await insertJsonRows(tx, targets, rows);
    // Read the rows back so each audit event carries the stored row, as POST /v1/targets records it.
    const ids = rows.map((r) => r.id as string);
    const stored = await tx.select().from(targets).where(inArray(targets.id, ids));
    const byId = new Map(stored.map((r) => [r.id, r]));
    await recordAuditMany(
      tx,
      { id: options.actor, role: "cli", requestId: null },
      ids.map((id) => ({ action: "create", entity: "Target", entityId: id, orgPath: j.path, after: byId.get(id)! })),
    );
    return { created, skipped };
  });
}
