import type { PgTable } from "drizzle-orm/pg-core";
import { IGNORED } from "../../domain/audit-diff.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { bulkShape, sendChunks } from "../json-rows.ts";
import type { Pipeline } from "../pipeline.ts";
import type { Queryable } from "../types.ts";
import type { AuditActor } from "./record.ts";

export interface CreateAudit {
  actor: AuditActor;
  /** The audit trail's entity name, e.g. "TeacherAssignment". */
  entity: string;
  /** "create" unless the resource names it otherwise (a training claim is "submit"). */
  action?: string;
  /** The row's property holding the teacher the event is about ("id" for a teacher itself). */
  teacherKey: string;
}

/**
 * Insert many new rows with their audit events, one statement per chunk: the database builds each
 * event from the row it inserts, with what auditDiff gives for a create (every field sent but the
 * bookkeeping ones, national IDs masked as maskNationalId masks them, numerics as their text). The
 * rows are sent and parsed once: for a sync batch's 30,000 records, sending the events' own JSON cost
 * the server more to parse than the records (BENCHMARKS.md, "School staff sync"). The event ids are
 * UUIDv7s made here, so the trail keeps the order of the writes. Pipelined like insertJsonRows.
 */
export async function insertWithCreateAudit(
  tx: Queryable,
  table: PgTable,
  rows: Record<string, unknown>[],
  audit: CreateAudit,
  { chunk = 1000, via }: { chunk?: number; via?: Pipeline } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const { name, keys, column, type, json } = bulkShape(table, rows, [audit.teacherKey]);
  const value = (k: string) =>
    k === "nationalId"
      ? `"api_masked_national_id"(v.${column(k)})`
      : type(k).startsWith("numeric")
        ? `v.${column(k)}::text`
        : `v.${column(k)}`;
  const cols = keys.map(column).join(", ");
  const after = keys.filter((k) => !IGNORED.has(k)).map((k) => `'${k}', ${value(k)}`);
  const text = `with v as materialized (select * from json_populate_recordset(null::${name}, $1::json) with ordinality),
    ins as (insert into ${name} (${cols}) select ${cols} from v)
    insert into "audit_events" ("id", "actor_id", "actor_role", "action", "entity", "entity_id", "teacher_id", "after", "request_id")
    select e.id::uuid, $3::text, $4::text, $5::text, $6::text, v."id"::text, v.${column(audit.teacherKey)}, jsonb_build_object(${after.join(", ")}), $7::text
    from v join json_array_elements_text($2::json) with ordinality e(id, n) on e.n = v.ordinality`;
  const fixed = [audit.actor.id, audit.actor.role, audit.action ?? "create", audit.entity, audit.actor.requestId ?? null];
  await sendChunks(tx, text, rows, (part) => [json(part), JSON.stringify(part.map(() => uuidv7())), ...fixed], { chunk, via });
}
