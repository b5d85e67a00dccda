import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
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
    ...versioned,
  },
  (t) => [
    index("schools_path_idx").using("btree", sql`${t.path} text_pattern_ops`),
    index("schools_jurisdiction_idx").on(t.jurisdictionId, t.id),
  ],
);

/**
 * A school's classification history: the six facts that change over time (stages, ownership, location
 * class, remote, weak, approved staffing quota), one row per period. The periods of a school tile time
 * without gaps or overlaps: the first has no start (`validFrom` null: since the school's creation), each
 * later one ends its predecessor the day before, the last is open (`validTo` null). So exactly one row
 * answers "the classification on d" (src/db/as-of.ts schoolClassificationOn).
 */
export const schoolClassifications = pgTable(
  "school_classifications",
  {
    id: idColumn(),
    schoolId: uuid()
      .notNull()
      .references(() => schools.id),
    stages: text().array().$type<SchoolStage[]>().notNull(),
    ownership: text({ enum: OWNERSHIPS }).notNull(),
    locationClass: text({ enum: LOCATION_CLASSES }).notNull(),
    remote: boolean().notNull().default(false),
    weak: boolean().notNull().default(false),
    staffingQuota: integer(),
    validFrom: date({ mode: "string" }),
    validTo: date({ mode: "string" }),
    ...versioned,
  },
  (t) => [
    uniqueIndex("school_classifications_start_idx").on(t.schoolId, t.validFrom),
    uniqueIndex("school_classifications_first_idx").on(t.schoolId).where(sql`${t.validFrom} is null`),
    uniqueIndex("school_classifications_open_idx").on(t.schoolId).where(sql`${t.validTo} is null`),
    check("school_classifications_range", sql`${t.validFrom} is null or ${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check("school_classifications_quota_nonnegative", sql`${t.staffingQuota} is null or ${t.staffingQuota} >= 0`),
  ],
);

/** A school with the classification valid on the date it was read for (`classificationId` names that period). */
export type SchoolOn = typeof schools.$inferSelect &
  Pick<typeof schoolClassifications.$inferSelect, "stages" | "ownership" | "locationClass" | "remote" | "weak" | "staffingQuota"> & {
    classificationId: string;
  };
