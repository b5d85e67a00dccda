import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { ROLES } from "../../domain/vocab.ts";
import { idColumn, versioned } from "./columns.ts";
import { jurisdictions, schools } from "./org.ts";
import { teachers } from "./teachers.ts";

/**
 * API clients (OAuth 2.0 client credentials). A client is bound to one org node: a jurisdiction or a
 * school (or, for role teacher, a teacher). Only a bureau_admin may be unbound (the root). The secret
 * is stored as a slow salted hash and shown once.
 */
export const clients = pgTable(
  "clients",
  {
    id: idColumn(),
    name: text().notNull(),
    role: text({ enum: ROLES }).notNull(),
    jurisdictionId: uuid().references(() => jurisdictions.id),
    schoolId: uuid().references(() => schools.id),
    teacherId: uuid().references(() => teachers.id),
    secretHash: text().notNull(),
    disabled: boolean().notNull().default(false),
    lastUsedAt: timestamp({ withTimezone: true, mode: "date" }),
    ...versioned,
  },
  (t) => [index("clients_role_idx").on(t.role, t.id)],
);

/** Signing keys kept in the database for the embedded default (configured keys never touch the DB). */
export const signingKeys = pgTable("signing_keys", {
  kid: text().primaryKey(),
  privateJwk: jsonb().$type<Record<string, unknown>>().notNull(),
  createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  retiredAt: timestamp({ withTimezone: true, mode: "date" }),
});

/**
 * Append-only audit trail: every write, and every read of a full national ID. `orgPath` is the
 * materialised path of the record's org at the time, so history stays visible to the right subtree.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: idColumn(),
    occurredAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
    actorId: text().notNull(),
    actorRole: text().notNull(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text().notNull(),
    teacherId: uuid(),
    orgPath: text(),
    before: jsonb().$type<Record<string, unknown>>(),
    after: jsonb().$type<Record<string, unknown>>(),
    requestId: text(),
  },
  (t) => [
    index("audit_events_entity_idx").on(t.entity, t.entityId, t.id),
    index("audit_events_teacher_idx").on(t.teacherId, t.id),
    index("audit_events_actor_idx").on(t.actorId, t.id),
    // The org path scopes only the events about no teacher (src/routes/audit/scope.ts), so only they
    // are indexed: a sync batch's tens of thousands of teacher events skip this index entirely.
    index("audit_events_org_idx").using("btree", sql`${t.orgPath} text_pattern_ops`).where(sql`${t.teacherId} is null`),
  ],
);
