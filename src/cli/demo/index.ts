import { count } from "drizzle-orm";
import { jurisdictions } from "../../db/schema/index.ts";
import type { Database } from "../../db/types.ts";
import { generateDataset, type DatasetOptions } from "./generate.ts";
import { loadDataset } from "./load.ts";

export { generateDataset, loadDataset };

export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(jurisdictions);
  return Number(row?.n ?? 0) === 0;
}

/** Generate and load the demo register; returns the row counts and the time taken. */
export async function loadDemo(db: Database, options: DatasetOptions = {}) {
  const started = performance.now();
  const counts = await loadDataset(db, generateDataset(options));
  return { counts, ms: Math.round(performance.now() - started) };
}
