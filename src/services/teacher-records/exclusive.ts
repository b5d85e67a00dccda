import { recordAudit } from "../../db/audit/record.ts";
import { closeSuperseded, competingPeriods, type SameKind } from "../../db/teacher-records/exclusive.ts";
import type { RecordKind } from "../../db/teacher-records/tables.ts";
import { Conflict } from "../../domain/errors.ts";
import { END_REASONS, placeExclusive, type Period } from "../../domain/periods.ts";
import type { WriteContext } from "./definition.ts";

export interface ExclusiveOptions<K extends RecordKind> {
  /** The audit trail's entity of the record kind (e.g. TeacherTitle), for the predecessor's end. */
  entity: string;
  sameKind?: SameKind<K>;
  pointer?: string;
  /** Throws when the actor may not end this predecessor (e.g. an assignment at another school). */
  mayClose?(predecessorId: string): Promise<void>;
}

/**
 * The one-at-a-time rule (src/domain/periods.ts placeExclusive) on a sub-record: read the teacher's
 * other rows of the same kind, then either end the open predecessor (creation only, with
 * END_REASONS.superseded, audited as an end with the reason and the record that superseded it) or
 * refuse the overlap, pointed at `pointer`.
 */
export async function enforceExclusive<K extends RecordKind>(
  ctx: WriteContext<K>,
  kind: K,
  noun: string,
  options: ExclusiveOptions<K>,
): Promise<void> {
  const next = ctx.next as unknown as Period;
  const rows = await competingPeriods(ctx.tx, kind, ctx.teacherId, next.id, options.sameKind);
  const placement = placeExclusive(rows, next, ctx.action === "create");
  if (!placement.ok) throw periodConflict(noun, options.pointer ?? "/validFrom", placement.conflict);
  if (!placement.close) return;
  const { close } = placement;
  await options.mayClose?.(close.id);
  const before = await closeSuperseded(ctx.tx, kind, close);
  await recordAudit(ctx.tx, ctx.actor, {
    action: "end",
    entity: options.entity,
    entityId: close.id,
    teacherId: ctx.teacherId,
    before: { validTo: null, endReason: before.endReason },
    after: { validTo: close.validTo, endReason: END_REASONS.superseded, supersededBy: next.id },
  });
}

/** A rule's overlap as the refusal a clerk sees. */
function periodConflict(noun: string, pointer: string, conflict: Period): Conflict {
  const until = conflict.validTo ?? "open";
  return new Conflict(`${noun} dates overlap record ${conflict.id} (${conflict.validFrom} – ${until}); correct or end it first`, [
    { pointer, detail: `Overlaps ${conflict.validFrom} – ${until}` },
  ]);
}
