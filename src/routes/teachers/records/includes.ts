import { asc, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Permission } from "../../../auth/policy.ts";
import type { Database } from "../../../db/types.ts";

/**
 * Sub-record lists a teacher read can embed with `?include=`. Every sub-record module registers
 * itself (defineTeacherRecord does it for effective-dated ones), so adding a module adds an include.
 */
export interface IncludeSource {
  table: PgTable & { teacherId: PgColumn; id: PgColumn };
  order: PgColumn;
  toApi(row: never): unknown;
  read: Permission;
}

const sources = new Map<string, IncludeSource>();

export function registerTeacherInclude(name: string, source: IncludeSource): void {
  sources.set(name, source);
}

export function includeNames(): string[] {
  return [...sources.keys()].sort();
}

export function includeSource(name: string): IncludeSource | undefined {
  return sources.get(name);
}

/** The full history of one sub-record for one teacher (one indexed query per include). */
export async function loadInclude(db: Database, source: IncludeSource, teacherId: string): Promise<unknown[]> {
  const rows = await db
    .select()
    .from(source.table as PgTable)
    .where(eq(source.table.teacherId, teacherId))
    .orderBy(asc(source.order), asc(source.table.id));
  return rows.map((r) => source.toApi(r as never));
}
