import type { RecordKind, RecordRow } from "../../db/teacher-records/tables.ts";
import type { Tx } from "../../db/types.ts";
import type { Actor } from "../actor.ts";

/** What a sub-record's rule sees inside the write transaction. */
export interface WriteContext<K extends RecordKind> {
  tx: Tx;
  /** The caller: references a rule checks (e.g. a school) must lie in its scope. */
  actor: Actor;
  teacherId: string;
  /** The record being corrected (PATCH) or ended; undefined on create. */
  current?: RecordRow<K>;
  /** The column values the write will store (for a PATCH: current merged with the change). */
  next: RecordRow<K>;
  /** "create", "update" or "end": rules may act differently (e.g. only creation ends a predecessor). */
  action: "create" | "update" | "end";
  /** A bureau_admin's reason to write what an ethics veto blocks (services/teacher-records/ethics-veto.ts). */
  ethicsOverride?: EthicsOverride;
}

export interface EthicsOverride {
  reason: string;
}

/** What the generic writes (write.ts) need of a sub-record; records.ts holds one per kind. */
export interface RecordRules<K extends RecordKind> {
  kind: K;
  /** Human name for messages, e.g. "Title". */
  noun: string;
  /** The audit trail's entity and the operations' stem, e.g. "TeacherTitle" (createTeacherTitle). */
  singular: string;
  /**
   * The API names of validFrom / validTo (issuedOn, expiresOn, ...), so date-order problems point at
   * the field sent; the route module renames these to the columns.
   */
  fields: { from: string; to: string };
  /** Domain rules inside the write transaction: validate references, end predecessors, or throw a domain error. */
  beforeWrite?(ctx: WriteContext<K>): Promise<void>;
}
