import { and, asc, eq, getTableColumns, gt, ne, type SQL } from "drizzle-orm";
import type { Principal } from "../../auth/principal.ts";
import { canSeeJurisdiction, jurisdictionScope } from "../../auth/scope.ts";
import { NotFound } from "../../domain/errors.ts";
import { underPath } from "../paths.ts";
import { jurisdictions, targets } from "../schema/index.ts";
import type { Queryable } from "../types.ts";
import { updateVersioned } from "../versioned.ts";

export type TargetRow = typeof targets.$inferSelect & { jurisdictionPath: string };

function targetsWithPath(db: Queryable) {
  return db
    .select({ ...getTableColumns(targets), jurisdictionPath: jurisdictions.path })
    .from(targets)
    .innerJoin(jurisdictions, eq(jurisdictions.id, targets.jurisdictionId));
}

/** A target the principal may see (its jurisdiction is in the principal's subtree), or NotFound. */
export async function findTarget(db: Queryable, principal: Principal, id: string): Promise<TargetRow> {
  const [row] = await targetsWithPath(db).where(eq(targets.id, id));
  if (!row || !canSeeJurisdiction(principal, row.jurisdictionPath)) throw new NotFound("Target", id);
  return row;
}

export interface TargetFilter {
  /** The materialised path of the jurisdiction whose subtree's targets to list. */
  under?: string;
  status?: "active" | "archived";
  code?: string;
  /** Keyset: ids after this one. */
  after?: string;
  limit: number;
}

/** A page (limit + 1 rows, by id) of the targets of the principal's subtree. */
export function listTargets(db: Queryable, p: Principal, f: TargetFilter): Promise<TargetRow[]> {
  const where: (SQL | undefined)[] = [jurisdictionScope(p)];
  if (f.under) where.push(underPath(jurisdictions.path.getSQL(), f.under));
  if (f.status) where.push(eq(targets.status, f.status));
  if (f.code) where.push(eq(targets.code, f.code));
  if (f.after) where.push(gt(targets.id, f.after));
  return targetsWithPath(db)
    .where(and(...where))
    .orderBy(asc(targets.id))
    .limit(f.limit + 1);
}

/** Every active target of a subtree ("/" = the whole tree), by id. */
export function activeTargetsUnder(db: Queryable, path: string): Promise<TargetRow[]> {
  const where = [eq(targets.status, "active"), path === "/" ? undefined : underPath(jurisdictions.path.getSQL(), path)];
  return targetsWithPath(db)
    .where(and(...where))
    .orderBy(asc(targets.id));
}

/** Row-lock a target before reading it for an update. */
export async function lockTarget(tx: Queryable, id: string): Promise<void> {
  await tx.select({ id: targets.id }).from(targets).where(eq(targets.id, id)).for("update");
}

/** Insert a target from its columns (targetColumns of a create body, which has every required one). */
export async function insertTarget(tx: Queryable, values: Partial<typeof targets.$inferInsert>): Promise<typeof targets.$inferSelect> {
  const [created] = await tx
    .insert(targets)
    .values(values as typeof targets.$inferInsert)
    .returning();
  return created!;
}

/** Versioned update (NotFound / VersionConflict). */
export function updateTargetRow(tx: Queryable, id: string, expected: number | undefined, values: Record<string, unknown>) {
  return updateVersioned(tx, targets, "Target", id, expected, values);
}

/** The id of another target of the jurisdiction with this code, if there is one. */
export async function targetWithCode(tx: Queryable, jurisdictionId: string, code: string, except?: string): Promise<string | undefined> {
  const where = [eq(targets.jurisdictionId, jurisdictionId), eq(targets.code, code)];
  if (except) where.push(ne(targets.id, except));
  const [clash] = await tx
    .select({ id: targets.id })
    .from(targets)
    .where(and(...where))
    .limit(1);
  return clash?.id;
}
