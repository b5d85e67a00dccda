import { recordAudit } from "../../db/audit/record.ts";
import { vetoesOf } from "../../db/teacher-records/ethics.ts";
import type { RecordKind, RecordRow } from "../../db/teacher-records/tables.ts";
import { Conflict, ScopeViolation } from "../../domain/errors.ts";
import { VETO_RULE, vetoedSpan, vetoOverlapping, vetoReason, type VetoedKind, type VetoRecord } from "../../domain/ethics.ts";
import type { WriteContext } from "./definition.ts";

/** How one record kind meets the veto: which blocked kind a row is, and the columns that decide it. */
export interface VetoRules<K extends RecordKind> {
  kindOf(ctx: WriteContext<K>, row: RecordRow<K>): VetoedKind | null | Promise<VetoedKind | null>;
  /** Columns that make a row blocked; a correction that changes none of them awards nothing new. */
  decidedBy: (keyof RecordRow<K> & string)[];
  /** The API field a refusal points at. */
  pointer: string;
}

/**
 * The ethics veto (domain.md §3.3) on a create or a correction: while a veto applies on the record's
 * date (an appraisal: during its year), a write it blocks is refused with the ethics record and its
 * window named, unless a bureau_admin sends `ethicsOverride.reason`: then the write goes ahead and an
 * `ethics_override` audit event records the reason with the veto overridden.
 */
export async function enforceVeto<K extends RecordKind>(ctx: WriteContext<K>, singular: string, rules: VetoRules<K>): Promise<void> {
  const { current, next } = ctx;
  if (ctx.action === "end") return;
  if (current && !rules.decidedBy.some((c) => JSON.stringify(current[c]) !== JSON.stringify(next[c]))) return;
  const kind = await rules.kindOf(ctx, next);
  if (!kind) return;
  const span = vetoedSpan(kind, next.validFrom as string);
  const veto = vetoOverlapping(await vetoesOf(ctx.tx, [ctx.teacherId]), span.from, span.to);
  if (!veto) return;
  if (!ctx.ethicsOverride) throw vetoConflict(kind, veto, rules.pointer);
  if (ctx.actor.scope.role !== "bureau_admin")
    throw new ScopeViolation(`Only a bureau_admin may override the ethics veto: ${vetoReason(kind, veto)}`, [
      { pointer: "/ethicsOverride", detail: "Only a bureau_admin may override the ethics veto" },
    ]);
  await recordAudit(ctx.tx, ctx.actor, {
    action: "ethics_override",
    entity: singular,
    entityId: next.id as string,
    teacherId: ctx.teacherId,
    after: {
      reason: ctx.ethicsOverride.reason,
      blocked: kind,
      ethicsRecordId: veto.id,
      vetoFrom: veto.vetoFrom,
      vetoTo: veto.vetoTo,
      rule: VETO_RULE,
    },
  });
}

/** A write the veto blocks, as the clerk sees it (409: the request is valid, the register's ethics record stands against it). */
function vetoConflict(kind: VetoedKind, veto: VetoRecord, pointer: string): Conflict {
  return new Conflict(`${vetoReason(kind, veto)}; a bureau_admin may override it with ethicsOverride.reason`, [
    { pointer, detail: `Ethics record ${veto.id} vetoes this from ${veto.vetoFrom} to ${veto.vetoTo ?? "open"}` },
  ]);
}
