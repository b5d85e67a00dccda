import { integer, timestamp, uuid } from "drizzle-orm/pg-core";
import { uuidv7 } from "../../lib/ids.ts";

/** Shared columns: app-generated UUIDv7 id, optimistic-concurrency version, audit timestamps. */
export const idColumn = () =>
  uuid()
    .primaryKey()
    .$defaultFn(() => uuidv7());

export const versioned = {
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
};
