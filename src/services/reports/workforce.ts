import { seesSmallCells } from "../../auth/policy.ts";
import { workforceCounts } from "../../db/reports/workforce.ts";
import type { Database } from "../../db/types.ts";
import { workforceReport } from "../../domain/reports/workforce.ts";
import type { WorkforceReportBody } from "../../contract/reports.ts";
import type { Actor } from "../actor.ts";
import { reportScope } from "./scope.ts";

/** The workforce structure of a subtree as of a date: the counts in one statement, shaped (and small cells suppressed) by the domain. */
export async function workforceReportFor(
  db: Database,
  actor: Actor,
  jurisdictionId: string | undefined,
  asOf: string,
): Promise<WorkforceReportBody> {
  const scope = await reportScope(db, actor, jurisdictionId);
  const { counts, total } = await workforceCounts(db, scope.path, asOf);
  return { jurisdictionId: scope.jurisdictionId, asOf, ...workforceReport(counts, total, !seesSmallCells(actor.scope.role)) };
}
