import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { idColumn } from "./columns.ts";
import { schools } from "./org.ts";

/**
 * A school system's own keys for the records it pushes: (school, entity, sourceKey) -> our id. The
 * school is the source system (one system per school). Ids never change when a date is corrected,
 * and a sourceKey keeps pointing at its record.
 */
export const syncSourceKeys = pgTable(
  "sync_source_keys",
  {
    // No foreign key: a batch writes one mapping per record, and the per-row check cost a third of
    // the insert (BENCHMARKS.md). The batch reads its school in the same transaction, and schools
    // are never deleted (no API removes one).
    schoolId: uuid().notNull(),
    // entity and sourceKey are COLLATE "C" (drizzle/0007): byte order, so every comparison in the key
    // index is a memcmp instead of a locale comparison; equality is the same under any collation.
    entity: text().notNull(),
    sourceKey: text().notNull(),
    entityId: uuid().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.schoolId, t.entity, t.sourceKey] }), index("sync_source_keys_entity_idx").on(t.entity, t.entityId)],
);

/** A pushed batch and its stored result (also for dry runs, which write nothing else). */
export const syncBatches = pgTable(
  "sync_batches",
  {
    id: idColumn(),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id),
    clientId: text().notNull(),
    mode: text({ enum: ["dry_run", "apply"] }).notNull(),
    scope: text({ enum: ["delta", "full"] }).notNull(),
    atomic: boolean().notNull(),
    /** applied, dry_run (nothing written), rolled_back (atomic with a rejected row). */
    outcome: text({ enum: ["applied", "dry_run", "rolled_back"] }).notNull(),
    rows: integer().notNull(),
    result: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("sync_batches_school_idx").on(t.schoolId, t.id)],
);
