import { memberIdsAsOf, type MemberIds } from "../../db/metrics/members.ts";
import { findTarget } from "../../db/targets/targets.ts";
import type { Database } from "../../db/types.ts";
import { RuleViolation } from "../../domain/errors.ts";
import type { MemberSet } from "../../domain/metrics/targets.ts";
import type { Actor } from "../actor.ts";
import { complianceFor } from "../metrics/evaluate.ts";

/**
 * Which teachers are behind a target's figures as of a date (its numerator, population or gap), for
 * db/metrics/members.ts `memberPage` to page through. A set the metric does not have is a
 * RuleViolation on the `set` parameter (programme statistics count enrolments; an average has no gap).
 */
export async function targetMemberSet(db: Database, actor: Actor, targetId: string, set: MemberSet, asOf: string): Promise<MemberIds> {
  const t = await findTarget(db, actor.scope, targetId);
  const compliance = await complianceFor(db, t.metric, asOf, t.jurisdictionPath);
  const ids = memberIdsAsOf(t.metric, asOf, t.jurisdictionPath, compliance, set);
  if ("reason" in ids) throw new RuleViolation(ids.reason, [{ parameter: "set", detail: ids.reason }]);
  return ids;
}
