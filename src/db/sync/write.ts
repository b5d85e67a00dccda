import { CLAIMS, RECORD_COLLECTIONS } from "../../domain/sync/collections.ts";
import type { BatchPlan, RecordUpdate } from "../../domain/sync/rows.ts";
import { insertWithCreateAudit } from "../audit/bulk-create.ts";
import { recordAuditMany, type AuditActor, type AuditEntry } from "../audit/record.ts";
import { insertJsonRows, updateJsonRows } from "../json-rows.ts";
import type { Pipeline } from "../pipeline.ts";
import { syncSourceKeys, teacherEmployment, teachers, trainingRecords } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { RECORD_TABLES } from "./tables.ts";

/**
 * A batch's writes as multi-row statements through `via` (pipelined: each chunk is built while the
 * database runs the one before; the caller awaits `via.done()`). Each statement's key mappings go
 * before it (the change-feed trigger picks the sourceKey up from them); the teachers before the
 * records that refer to them. Creates are audited by the statements that insert them; updates and
 * ends together at the end, in the order they were planned.
 */
export async function writePlan(tx: Queryable, actor: AuditActor, plan: BatchPlan, via: Pipeline): Promise<void> {
  const audit: AuditEntry[] = [];
  const audited = (entity: string, updates: RecordUpdate[]) => {
    for (const u of updates)
      audit.push({
        action: u.outcome === "ended" ? "end" : "update",
        entity,
        entityId: u.id,
        teacherId: u.teacherId,
        before: u.before,
        after: { ...u.before, ...u.change, ...u.note },
      });
  };
  await insertJsonRows(tx, syncSourceKeys, plan.teacherKeys as unknown as Record<string, unknown>[], { via });
  await insertWithCreateAudit(tx, teachers, plan.newTeachers, { actor, entity: "Teacher", teacherKey: "id" }, { via });
  await updateJsonRows(tx, teachers, plan.teacherUpdates, { via });
  audited("Teacher", plan.teacherUpdates);
  // Employment periods: ends before new ones (one open period per teacher).
  await updateJsonRows(tx, teacherEmployment, plan.employment.updates, { via });
  audited("TeacherEmployment", plan.employment.updates);
  await insertWithCreateAudit(
    tx,
    teacherEmployment,
    plan.employment.inserts,
    { actor, entity: "TeacherEmployment", teacherKey: "teacherId" },
    { via },
  );

  await insertJsonRows(tx, syncSourceKeys, plan.recordKeys as unknown as Record<string, unknown>[], { via });
  for (const rules of RECORD_COLLECTIONS) {
    const table = RECORD_TABLES[rules.collection];
    const { inserts, updates } = plan.records[rules.collection];
    // A predecessor ends before its successor opens (one open primary assignment is a unique index):
    // stored rows are updated first, and a row this batch inserts goes in with its later changes.
    const inserted = new Set(inserts.map((r) => r.id as string));
    const later = new Map<string, Record<string, unknown>>();
    for (const u of updates) if (inserted.has(u.id)) later.set(u.id, { ...later.get(u.id), ...u.change });
    const rows = later.size ? inserts.map((r) => ({ ...r, ...later.get(r.id as string) })) : inserts;
    await updateJsonRows(
      tx,
      table,
      updates.filter((u) => !inserted.has(u.id)),
      { via },
    );
    await insertWithCreateAudit(tx, table, rows, { actor, entity: rules.audit, teacherKey: "teacherId" }, { via });
    audited(rules.audit, updates);
  }
  const claims = plan.newClaims.filter((c) => c.status === "submitted");
  // Imports carry their decision; it is recorded now. 'now' is PostgreSQL's input for the transaction's
  // start, the instant submittedAt defaults to, so the decision is known exactly when the record is.
  const imports = plan.newClaims
    .filter((c) => c.status !== "submitted")
    .map((c) => ({ ...c, verifiedAt: c.status === "verified" ? "now" : null, rejectedAt: c.status === "rejected" ? "now" : null }));
  const claimAudit = { actor, entity: CLAIMS.audit, teacherKey: "teacherId" };
  await insertWithCreateAudit(tx, trainingRecords, claims, { ...claimAudit, action: "submit" }, { via });
  await insertWithCreateAudit(tx, trainingRecords, imports, { ...claimAudit, action: "import" }, { via });
  await updateJsonRows(tx, trainingRecords, plan.claimUpdates, { via });
  audited(CLAIMS.audit, plan.claimUpdates);
  await recordAuditMany(tx, actor, audit, via);
}
