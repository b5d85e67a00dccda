import type { JurisdictionLevel } from "./vocab.ts";

/** Depth of each administrative level; county and district are peers (both below a city). */
const LEVEL_DEPTH: Record<JurisdictionLevel, number> = { province: 0, city: 1, county: 2, district: 2, township: 3 };

/** A child must sit strictly below its parent in the administrative hierarchy. */
export function canNest(parent: JurisdictionLevel, child: JurisdictionLevel): boolean {
  return LEVEL_DEPTH[child] > LEVEL_DEPTH[parent];
}

/** Materialised path of a node: its parent's path plus its own id. */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? "/"}${id}/`;
}

/** True when `candidate` is `node` itself or lies below it. */
export function isWithin(candidatePath: string, nodePath: string): boolean {
  return candidatePath.startsWith(nodePath);
}
