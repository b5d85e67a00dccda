import { closeSuperseded, competingPeriods, type SameKind } from "../../db/teacher-records/exclusive.ts";
import type { RecordKind } from "../../db/teacher-records/tables.ts";
import { Conflict } from "../../domain/errors.ts";
import { placeExclusive, type Period } from "../../domain/periods.ts";
import type { WriteContext } from "./definition.ts";

/**
 * The one-at-a-time rule (src/domain/periods.ts placeExclusive) on a sub-record: read the teacher's
 * other rows of the same kind, then either end the open predecessor (creation only, with
 * END_REASONS.superseded) or refuse the overlap, pointed at `pointer`.
 */
export async function enforceExclusive<K extends RecordKind>(
  ctx: WriteContext<K>,
  kind: K,
  noun: string,
  options: { sameKind?: SameKind<K>; pointer?: string } = {},
): Promise<void> {
  const next = ctx.next as unknown as Period;
  const rows = await competingPeriods(ctx.tx, kind, ctx.teacherId, next.id, options.sameKind);
  const placement = placeExclusive(rows, next, ctx.action === "create");
  if (!placement.ok) throw periodConflict(noun, options.pointer ?? "/validFrom", placement.conflict);
  if (placement.close) await closeSuperseded(ctx.tx, kind, placement.close);
}

/** A rule's overlap as the refusal a clerk sees. */
function periodConflict(noun: string, pointer: string, conflict: Period): Conflict {
  const until = conflict.validTo ?? "open";
  return new Conflict(`${noun} dates overlap record ${conflict.id} (${conflict.validFrom} – ${until}); correct or end it first`, [
    { pointer, detail: `Overlaps ${conflict.validFrom} – ${until}` },
  ]);
}
