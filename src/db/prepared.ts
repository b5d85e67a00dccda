import type { Database } from "./types.ts";

/**
 * Prepared statements per database handle: drizzle builds the SQL once, the driver keeps the plan.
 * On Node the handle lives for the process; on Workers it lives for one request.
 */
const cache = new WeakMap<object, Map<string, unknown>>();
export function prepared<P>(db: Database, name: string, build: (db: Database) => P): P {
  let forDb = cache.get(db);
  if (!forDb) cache.set(db, (forDb = new Map()));
  let stmt = forDb.get(name) as P | undefined;
  if (!stmt) forDb.set(name, (stmt = build(db)));
  return stmt;
}
