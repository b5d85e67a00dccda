import { auditDiff } from "../../domain/audit-diff.ts";
import { uuidv7 } from "../../lib/ids.ts";
import { insertJsonRows } from "../json-rows.ts";
import { through, type Pipeline } from "../pipeline.ts";
import { auditEvents } from "../schema/index.ts";
import type { Queryable } from "../types.ts";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  teacherId?: string | null;
  /** Org path of the record (school or jurisdiction), so the trail is scoped like the data. */
  orgPath?: string | null;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** Who an event is attributed to (src/services/actor.ts Actor has these; a CLI load is "cli:…", role "cli"). */
export interface AuditActor {
  id: string;
  role: string;
  requestId?: string | null;
}

const CHUNK = 1000;

/**
 * Append audit events inside the caller's transaction (if the write rolls back, so do its events):
 * one insert for one event, multi-row inserts for many (`via` as insertJsonRows takes it; the events
 * are built a chunk at a time, so one chunk's diffs are computed while the database inserts the one
 * before).
 */
export async function recordAuditMany(tx: Queryable, actor: AuditActor, entries: AuditEntry[], via?: Pipeline): Promise<void> {
  if (entries.length === 0) return;
  const toRow = (entry: AuditEntry) => {
    const diff = auditDiff(entry.before, entry.after);
    return {
      id: uuidv7(), // the JSON bulk insert bypasses drizzle's $defaultFn
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      teacherId: entry.teacherId ?? null,
      orgPath: entry.orgPath ?? null,
      before: diff.before,
      after: diff.after,
    };
  };
  const who = { actorId: actor.id, actorRole: actor.role, requestId: actor.requestId ?? null };
  if (entries.length === 1) return void (await tx.insert(auditEvents).values({ ...toRow(entries[0]!), ...who }));
  await through(via, async (p) => {
    for (let i = 0; i < entries.length; i += CHUNK)
      await insertJsonRows(tx, auditEvents, entries.slice(i, i + CHUNK).map(toRow), { chunk: CHUNK, via: p, constants: who });
  });
}

/** One audit event, as recordAuditMany. */
export async function recordAudit(tx: Queryable, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await recordAuditMany(tx, actor, [entry]);
}
