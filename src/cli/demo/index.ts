import { jurisdictionCount } from "../../db/jurisdictions/jurisdictions.ts";
import type { Database } from "../../db/types.ts";
import { loadPolicyTargets } from "../targets/load.ts";
import { DEMO_DEFAULTS, generateDataset, type Dataset, type DatasetOptions } from "./generate.ts";
import { loadDataset } from "./load.ts";

export { DEMO_DEFAULTS, generateDataset, loadDataset, type Dataset, type DatasetOptions };

/** Audit actor of the demo's policy targets (the register rows themselves are not audited). */
export const DEMO_ACTOR = "cli:demo";

/** True when the database holds no jurisdiction yet (a fresh register). */
export async function isEmpty(db: Database): Promise<boolean> {
  return (await jurisdictionCount(db)) === 0;
}

/**
 * Generate and load the demo register and the policy targets (policy-targets.json) for its city, in
 * one transaction; returns the row counts (`targets` included), the city's id and the milliseconds taken.
 */
export async function loadDemo(db: Database, options: DatasetOptions = {}) {
  const started = performance.now();
  const ds = generateDataset(options);
  const cityId = ds.jurisdictions[0]!.id!;
  const counts = await db.transaction(async (tx) => {
    const rows: Record<string, number> = await loadDataset(tx, ds);
    const { created } = await loadPolicyTargets(tx, cityId, { actor: DEMO_ACTOR });
    return { ...rows, targets: created.length };
  });
  return { counts, cityId, ms: Math.round(performance.now() - started) };
}

/** "1 city, 3 counties/districts, 12 schools, 300 teachers, 38 targets (8,866 rows)" for a log line. */
export function describeCounts(counts: Record<string, number>): string {
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  const areas = (counts.jurisdictions ?? 1) - 1;
  const targets = counts.targets === undefined ? "" : `, ${counts.targets} targets`;
  return `1 city, ${areas} counties/districts, ${counts.schools} schools, ${counts.teachers} teachers${targets} (${rows.toLocaleString("en")} rows)`;
}
