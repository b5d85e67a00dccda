import { count } from "drizzle-orm";
import { jurisdictions } from "../../db/schema/index.ts";
import type { Database } from "../../db/types.ts";
import { DEMO_DEFAULTS, generateDataset, type Dataset, type DatasetOptions } from "./generate.ts";
import { loadDataset } from "./load.ts";

export { DEMO_DEFAULTS, generateDataset, loadDataset, type Dataset, type DatasetOptions };

/** True when the database holds no jurisdiction yet (a fresh register). */
export async function isEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(jurisdictions);
  return Number(row?.n ?? 0) === 0;
}

/** Generate and load the demo register; returns the row counts and the milliseconds taken. */
export async function loadDemo(db: Database, options: DatasetOptions = {}) {
  const started = performance.now();
  const counts = await loadDataset(db, generateDataset(options));
  return { counts, ms: Math.round(performance.now() - started) };
}

/** "1 city, 3 counties/districts, 12 schools, 300 teachers (3,871 rows)" for a log line. */
export function describeCounts(counts: Record<string, number>): string {
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  const areas = (counts.jurisdictions ?? 1) - 1;
  return `1 city, ${areas} counties/districts, ${counts.schools} schools, ${counts.teachers} teachers (${rows.toLocaleString("en")} rows)`;
}
