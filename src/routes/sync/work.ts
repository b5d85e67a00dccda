import type { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { inList } from "../../db/json-rows.ts";
import type { Context } from "hono";
import type { AuditEntry } from "../../db/audit/record.ts";
import type { Principal } from "../../auth/principal.ts";
import { syncSourceKeys } from "../../db/schema/index.ts";
import type { Queryable } from "../../db/types.ts";
import type { AppEnv } from "../../lib/context.ts";
import { PROBLEM_TYPES, type ProblemCode } from "../../lib/problem.ts";
import type { Indexed, ParsedBatch } from "./parse.ts";
import type { syncRowResultSchema } from "../../contract/sync.ts";

export type RowResult = z.infer<typeof syncRowResultSchema>;

/** What every step of a batch shares: the transaction, the batch, and what the steps produce. */
export interface Work {
  tx: Queryable;
  c: Context<AppEnv>;
  principal: Principal;
  school: { id: string; path: string };
  batch: ParsedBatch;
  today: string;
  results: RowResult[];
  audit: AuditEntry[];
  newMappings: (typeof syncSourceKeys.$inferInsert)[];
  reject(r: Indexed<{ sourceKey: string }>, entity: RowResult["entity"], p: RowResult["problem"], teacherId?: string | null): void;
}

export function newWork(tx: Queryable, c: Context<AppEnv>, school: { id: string; path: string }, batch: ParsedBatch, today: string): Work {
  const results: RowResult[] = [...batch.rejected];
  return {
    tx, c, principal: c.var.principal, school, batch, today, results, audit: [], newMappings: [],
    reject: (r, entity, p, teacherId = null) =>
      results.push({ pointer: r.pointer, entity, sourceKey: r.row.sourceKey, outcome: "rejected", id: null, teacherId, matchedBy: null, problem: p }),
  };
}

export function problem(code: ProblemCode, detail: string, pointer?: string): RowResult["problem"] {
  const p = PROBLEM_TYPES[code];
  return { type: `/problems/${code}`, title: p.title, status: p.status, detail, ...(pointer ? { errors: [{ pointer, detail }] } : {}) };
}

export function uniqueBySourceKey<T extends { sourceKey: string }>(rows: Indexed<T>[], duplicate: (r: Indexed<T>, first: Indexed<T>) => void): Indexed<T>[] {
  const first = new Map<string, Indexed<T>>();
  const out: Indexed<T>[] = [];
  for (const r of rows) {
    const f = first.get(r.row.sourceKey);
    if (f) duplicate(r, f);
    else {
      first.set(r.row.sourceKey, r);
      out.push(r);
    }
  }
  return out;
}

export async function mappings(tx: Queryable, schoolId: string, entity: string, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (keys.length === 0) return out;
  const rows = await tx
    .select({ key: syncSourceKeys.sourceKey, id: syncSourceKeys.entityId })
    .from(syncSourceKeys)
    .where(and(eq(syncSourceKeys.schoolId, schoolId), eq(syncSourceKeys.entity, entity), inList(syncSourceKeys.sourceKey, [...new Set(keys)])));
  for (const r of rows) out.set(r.key, r.id);
  return out;
}

export function pick<T extends object, K extends readonly (keyof T)[]>(row: T, keys: K): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (row[k] !== undefined) out[k] = row[k];
  return out;
}

/** The fields the row sends whose value differs from the stored one. */
export function changedFields<K extends string>(stored: Record<string, unknown>, row: Record<string, unknown>, keys: readonly K[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (row[k] === undefined) continue;
    if ((row[k] ?? null) !== (stored[k] ?? null)) out[k] = row[k] ?? null;
  }
  return out;
}

