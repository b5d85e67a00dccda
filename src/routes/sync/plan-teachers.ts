import type { z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { teacherScope } from "../../auth/scope.ts";
import { inList } from "../../db/json-rows.ts";
import { teachers } from "../../db/schema/index.ts";
import { checkTeacherCore } from "../../domain/teacher.ts";
import { uuidv7 } from "../../lib/ids.ts";
import type { syncTeacherSchema } from "../../contract/sync.ts";
import { changedFields, mappings, pick, problem, uniqueBySourceKey, type Work } from "./work.ts";

type TeacherRow = z.infer<typeof syncTeacherSchema>;
type Teacher = typeof teachers.$inferSelect;
export type AcceptedTeacher = { id: string; pointer: string; created: boolean; row: TeacherRow };

const TEACHER_FIELDS = ["name", "gender", "birthDate", "nationalId", "staffNumber", "employmentCategory", "onEstablishmentNotAtPost", "hireDate", "teachingStartDate"] as const;

/**
 * Teachers: duplicates, the teacher rules, matching by the school's key then by national ID (one
 * query each), scope (a teacher at a school outside the caller's reach is not taken over), and what
 * changed. Returns what to write and the teachers accepted by sourceKey.
 */
export async function planTeachers(w: Work) {
  const { tx, school, batch, results, newMappings, reject, principal } = w;
  // ---- Teachers ---------------------------------------------------------------------------
  const teacherRows = uniqueBySourceKey(batch.teachers, (r, first) => reject(r, "teacher", problem("conflict", `sourceKey already used by ${first.pointer}`, `${r.pointer}/sourceKey`)));
  const mapped = await mappings(tx, school.id, "teacher", [...batch.teachers.map((r) => r.row.sourceKey), ...batch.rejected.filter((r) => r.entity === "teacher" && r.sourceKey).map((r) => r.sourceKey!)]);
  const nationalIds = [...new Set(teacherRows.map((r) => r.row.nationalId?.toUpperCase()).filter((x): x is string => !!x))];
  const owners = new Map<string, string>();
  if (nationalIds.length) {
    for (const o of await tx.select({ id: teachers.id, nationalId: teachers.nationalId }).from(teachers).where(inList(teachers.nationalId, nationalIds))) owners.set(o.nationalId!, o.id);
  }
  const candidateIds = [...new Set([...mapped.values(), ...owners.values()])];
  const existing = new Map<string, Teacher & { visible: boolean }>();
  if (candidateIds.length) {
    const scope = teacherScope(principal) ?? sql`true`;
    const rows = await tx.select({ t: teachers, visible: sql<boolean>`${scope}` }).from(teachers).where(inList(teachers.id, candidateIds));
    for (const r of rows) existing.set(r.t.id, { ...r.t, visible: Boolean(r.visible) });
  }

  const accepted = new Map<string, { id: string; pointer: string; created: boolean; row: TeacherRow }>();
  const seenNid = new Map<string, string>();
  const newTeachers: (typeof teachers.$inferInsert)[] = [];
  const teacherUpdates: { id: string; before: Teacher; change: Partial<Teacher> }[] = [];
  for (const r of teacherRows) {
    const row = { ...r.row, nationalId: r.row.nationalId ? r.row.nationalId.toUpperCase() : r.row.nationalId };
    const issues = checkTeacherCore(row);
    if (issues.length) {
      reject(r, "teacher", { ...problem("validation_failed", `${issues.length} field(s) inconsistent`)!, errors: issues.map((i) => ({ pointer: `${r.pointer}/${i.field}`, detail: i.detail })) });
      continue;
    }
    if (row.nationalId && seenNid.has(row.nationalId)) {
      reject(r, "teacher", problem("conflict", `The same national ID is on ${seenNid.get(row.nationalId)}`, `${r.pointer}/nationalId`));
      continue;
    }
    const byKey = mapped.get(row.sourceKey);
    const byNid = row.nationalId ? owners.get(row.nationalId) : undefined;
    const id = byKey ?? byNid;
    if (byKey && byNid && byKey !== byNid) {
      reject(r, "teacher", problem("conflict", "This national ID belongs to another teacher in the register", `${r.pointer}/nationalId`), byKey);
      continue;
    }
    if (id && !existing.get(id)?.visible) {
      reject(r, "teacher", problem("conflict", "This teacher is registered at a school outside your scope; a transfer goes through the bureau", `${r.pointer}/${byKey ? "sourceKey" : "nationalId"}`), null);
      continue;
    }
    if (row.nationalId) seenNid.set(row.nationalId, r.pointer);
    const matchedBy = byKey ? "source_key" : byNid ? "national_id" : null;
    if (!id) {
      const created = { id: uuidv7(), ...pick(row, TEACHER_FIELDS) } as typeof teachers.$inferInsert;
      newTeachers.push(created);
      newMappings.push({ schoolId: school.id, entity: "teacher", sourceKey: row.sourceKey, entityId: created.id! });
      accepted.set(row.sourceKey, { id: created.id!, pointer: r.pointer, created: true, row });
      results.push({ pointer: r.pointer, entity: "teacher", sourceKey: row.sourceKey, outcome: "created", id: created.id!, teacherId: created.id!, matchedBy: null, problem: null });
      continue;
    }
    if (!byKey) newMappings.push({ schoolId: school.id, entity: "teacher", sourceKey: row.sourceKey, entityId: id });
    const before = existing.get(id)!;
    const change = changedFields(before, row, TEACHER_FIELDS);
    accepted.set(row.sourceKey, { id, pointer: r.pointer, created: false, row });
    if (Object.keys(change).length) teacherUpdates.push({ id, before, change });
    results.push({ pointer: r.pointer, entity: "teacher", sourceKey: row.sourceKey, outcome: Object.keys(change).length ? "updated" : "unchanged", id, teacherId: id, matchedBy, problem: null });
  }

  return { accepted, mapped, owners, newTeachers, teacherUpdates };
}
