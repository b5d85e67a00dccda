import { recordAudit } from "../../db/audit/record.ts";
import { nationalIdOf } from "../../db/teachers/read.ts";
import type { Database } from "../../db/types.ts";
import { NotFound } from "../../domain/errors.ts";
import type { Actor } from "../actor.ts";

/** A teacher's full national ID number (null when none is stored); every read is an audit event. */
export function readNationalId(db: Database, actor: Actor, input: { teacherId: string }): Promise<string | null> {
  const { teacherId } = input;
  return db.transaction(async (tx) => {
    const row = await nationalIdOf(tx, teacherId, actor.scope);
    if (!row) throw new NotFound("Teacher", teacherId);
    await recordAudit(tx, actor, { action: "read_national_id", entity: "Teacher", entityId: teacherId, teacherId });
    return row.nationalId;
  });
}
