import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { JURISDICTION_LEVELS, LOCATION_CLASSES, OWNERSHIPS, type SchoolStage } from "../../domain/vocab.ts";
import { idColumn, versioned } from "./columns.ts";

/**
 * Organisations. Both tables carry a materialised `path` ("/<root id>/<child id>/.../") so "this node
 * and everything below it" is one indexed prefix match (`path LIKE '/a/b/%'`). A school's path extends
 * its jurisdiction's path with the school id, so one prefix also covers the schools in a subtree.
 */
export const jurisdictions = pgTable(
  "jurisdictions",
  {
    id: idColumn(),
    code: text().notNull().unique(),
    name: text().notNull(),
    level: text({ enum: JURISDICTION_LEVELS }).notNull(),
    parentId: uuid().references((): AnyPgColumn => jurisdictions.id),
    path: text().notNull(),
    ...versioned,
  },
  (t) => [
    index("jurisdictions_path_idx").using("btree", sql`${t.path} text_pattern_ops`),
    index("jurisdictions_parent_idx").on(t.parentId, t.id),
  ],
);

export const schools = pgTable(
  "schools",
  {
    id: idColumn(),
    code: text().notNull().unique(),
    name: text().notNull(),
    jurisdictionId: uuid()
      .notNull()
      .references(() => jurisdictions.id),
    path: text().notNull(),
    stages: text().array().$type<SchoolStage[]>().notNull(),
    ownership: text({ enum: OWNERSHIPS }).notNull(),
    locationClass: text({ enum: LOCATION_CLASSES }).notNull(),
    remote: boolean().notNull().default(false),
    weak: boolean().notNull().default(false),
    staffingQuota: integer(),
    ...versioned,
  },
  (t) => [
    index("schools_path_idx").using("btree", sql`${t.path} text_pattern_ops`),
    index("schools_jurisdiction_idx").on(t.jurisdictionId, t.id),
    check("schools_quota_nonnegative", sql`${t.staffingQuota} is null or ${t.staffingQuota} >= 0`),
  ],
);
