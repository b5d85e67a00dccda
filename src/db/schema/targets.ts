import { sql } from "drizzle-orm";
import { date, index, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Metric } from "../../domain/metrics/definition.ts";
import { COMPARATORS, TARGET_STATUSES, TARGET_UNITS } from "../../domain/metrics/targets.ts";
import { idColumn, versioned } from "./columns.ts";
import { jurisdictions } from "./org.ts";

/**
 * A numeric target of a jurisdiction's plan ("双师型 ≥ 60% by 2025"): data, never code. The metric is
 * the declarative definition (src/domain/metrics/definition.ts) evaluated over the jurisdiction's subtree.
 */
export const targets = pgTable(
  "targets",
  {
    id: idColumn(),
    jurisdictionId: uuid()
      .notNull()
      .references(() => jurisdictions.id),
    code: text(),
    title: text().notNull(),
    planTitle: text().notNull(),
    planFrom: date({ mode: "string" }),
    planTo: date({ mode: "string" }),
    sourceDocument: text(),
    sourceQuote: text(),
    metric: jsonb().$type<Metric>().notNull(),
    comparator: text({ enum: COMPARATORS }).notNull(),
    value: numeric({ precision: 14, scale: 4 }).notNull(),
    tolerance: numeric({ precision: 14, scale: 4 }),
    unit: text({ enum: TARGET_UNITS }).notNull(),
    deadline: date({ mode: "string" }),
    notes: text(),
    status: text({ enum: TARGET_STATUSES }).notNull().default("active"),
    ...versioned,
  },
  (t) => [
    index("targets_jurisdiction_idx").on(t.jurisdictionId, t.id),
    uniqueIndex("targets_jurisdiction_code_key").on(t.jurisdictionId, t.code).where(sql`${t.code} is not null`),
  ],
);

/** A stored evaluation of a target (the trend): the figures as computed then, kept as they were. */
export const targetSnapshots = pgTable(
  "target_snapshots",
  {
    id: idColumn(),
    targetId: uuid()
      .notNull()
      .references(() => targets.id),
    asOf: date({ mode: "string" }).notNull(),
    groupBy: text({ enum: ["none", "school", "jurisdiction"] }).notNull(),
    evaluation: jsonb().$type<Record<string, unknown>>().notNull(),
    createdBy: text().notNull(),
    createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("target_snapshots_target_idx").on(t.targetId, t.asOf, t.createdAt)],
);
