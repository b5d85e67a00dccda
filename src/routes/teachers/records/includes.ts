import type { Permission } from "../../../auth/policy.ts";
import { recordHistory } from "../../../db/teacher-records/rows.ts";
import type { RecordKind } from "../../../db/teacher-records/tables.ts";
import type { Database } from "../../../db/types.ts";

/**
 * Sub-record lists a teacher read can embed with `?include=`. Every sub-record module registers
 * itself (defineTeacherRecord does it for effective-dated ones), so adding a module adds an include.
 */
interface IncludeSource {
  kind: RecordKind;
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
  const rows = await recordHistory(db, source.kind, teacherId);
  return rows.map((r) => source.toApi(r as never));
}
