import type { Context } from "hono";
import { insertJsonRows } from "../db/json-rows.ts";
import { through, type Pipeline } from "../db/pipeline.ts";
import { auditEvents } from "../db/schema/index.ts";
import { uuidv7 } from "../lib/ids.ts";
import type { Queryable } from "../db/types.ts";
import type { AppEnv } from "../lib/context.ts";
import { auditDiff } from "./diff.ts";

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

/** Who writes outside a request: a command-line load names itself (actor id "cli:targets:load", role "cli"). */
export interface AuditActor {
  id: string;
  role: string;
  requestId?: string | null;
}

const CHUNK = 1000;

/**
 * Events attributed to an explicit actor (a CLI load has no Hono context), inside the caller's
 * transaction: one insert for one event, multi-row inserts for many (`via` as insertJsonRows takes it;
 * the events are built a chunk at a time, so one chunk's diffs are computed while the database inserts
 * the one before).
 */
export async function recordAuditAs(tx: Queryable, actor: AuditActor, entries: AuditEntry[], via?: Pipeline): Promise<void> {
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
    for (let i = 0; i < entries.length; i += CHUNK) await insertJsonRows(tx, auditEvents, entries.slice(i, i + CHUNK).map(toRow), { chunk: CHUNK, via: p, constants: who });
  });
}

/**
 * Append one audit event inside the caller's transaction: if the write rolls back, so does its
 * event. The actor is the authenticated principal (or "anonymous" on a route without one).
 */
export async function recordAudit(tx: Queryable, c: Context<AppEnv>, entry: AuditEntry): Promise<void> {
  await recordAuditMany(tx, c, [entry]);
}

/** Many events (a sync batch), same rules as recordAudit. */
export async function recordAuditMany(tx: Queryable, c: Context<AppEnv>, entries: AuditEntry[], via?: Pipeline): Promise<void> {
  await recordAuditAs(tx, actorOf(c), entries, via);
}

/** The request's actor: the authenticated principal (or "anonymous" on a route without one). */
export function actorOf(c: Context<AppEnv>): AuditActor {
  const principal = c.get("principal");
  return { id: principal?.id ?? "anonymous", role: principal?.role ?? "anonymous", requestId: c.get("requestId") ?? null };
}
