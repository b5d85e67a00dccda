import type { RecordKind } from "../../db/teacher-records/tables.ts";
import { employmentPeriods } from "../../db/teachers/employment.ts";
import type { Queryable } from "../../db/types.ts";
import { endedRefusal, type EmploymentPeriod, isTenure, outOfServiceDuring } from "../../domain/employment.ts";
import { RuleViolation } from "../../domain/errors.ts";

/**
 * The "ending is total" rule on a record write: a tenure (src/domain/employment.ts TENURE_RECORDS) may
 * not run into a period out of service, and no record may start in one, until the teacher is
 * reinstated. The refusal names the end of service and points at the date that crosses it.
 */
export async function requireInService(
  tx: Queryable,
  kind: RecordKind,
  fields: { from: string; to: string },
  teacherId: string,
  next: { validFrom: unknown; validTo: unknown },
): Promise<void> {
  const from = next.validFrom as string;
  const to = (next.validTo as string | null | undefined) ?? null;
  const periods = (await employmentPeriods(tx, teacherId)) as EmploymentPeriod[];
  const out = outOfServiceDuring(periods, from, to, !isTenure(kind));
  if (!out) return;
  const startsOut = outOfServiceDuring(periods, from, from, true) !== undefined;
  const r = endedRefusal(out, `/${startsOut ? fields.from : fields.to}`);
  throw new RuleViolation(r.detail, r.issues);
}
