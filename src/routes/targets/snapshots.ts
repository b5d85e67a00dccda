import { z, type RouteHandler } from "@hono/zod-openapi";
import { and, asc, eq, sql } from "drizzle-orm";
import { defineRoute } from "../../auth/permissions.ts";
import { seesSmallCells } from "../../auth/policy.ts";
import { withheldEvaluation } from "../../domain/metrics/evaluation.ts";
import type { Role } from "../../domain/vocab.ts";
import { recordAudit } from "../../db/audit/record.ts";
import { targetSnapshots } from "../../db/schema/index.ts";
import { actorOf, type AppEnv } from "../../lib/context.ts";
import { decodeCursor, idempotencyHeader, isoDate, pageQuery, pageSchema, toPage, today } from "../../lib/http.ts";
import { errorResponses } from "../../lib/problem.ts";
import { evaluationSchema, GROUP_BY, type Evaluation } from "../../contract/metrics.ts";
import { evaluateTarget } from "./evaluation.ts";
import { targetParams } from "../../contract/targets.ts";
import { findTarget } from "../../db/targets/targets.ts";

export const snapshotSchema = z
  .object({
    id: z.uuid(),
    targetId: z.uuid(),
    asOf: isoDate,
    createdAt: z.iso.datetime(),
    createdBy: z.string().openapi({ description: "The client that stored it" }),
    evaluation: evaluationSchema,
  })
  .openapi("TargetSnapshot");

const snapshotRequest = z
  .object({
    asOf: isoDate.optional().openapi({ description: "Default: today" }),
    groupBy: z.enum(GROUP_BY).default("none"),
  })
  .openapi("TargetSnapshotRequest");

type Row = typeof targetSnapshots.$inferSelect;
/**
 * A stored snapshot as the reader may see it: it was computed for its creator (with every cell), so
 * a reader without `reports.small_cells.read` gets the small cells withheld here, as a live evaluation would.
 */
function toSnapshot(r: Row, suppress: boolean) {
  const e = r.evaluation as Evaluation;
  const evaluation = suppress ? withheldEvaluation(e) : e;
  return { id: r.id, targetId: r.targetId, asOf: r.asOf, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy, evaluation };
}
const suppressFor = (role: Role) => !seesSmallCells(role);

export const createRoute = defineRoute({
  method: "post",
  path: "/targets/{targetId}/snapshots",
  operationId: "createTargetSnapshot",
  summary: "Store an evaluation of the target (a point of its trend)",
  description: "Evaluates the target as of `asOf` and keeps the result as it is now, so the trend shows what was reported then.",
  tags: ["Targets"],
  "x-permission": "targets.write",
  request: { params: targetParams, headers: idempotencyHeader, body: { required: false, content: { "application/json": { schema: snapshotRequest } } } },
  responses: {
    201: { description: "Stored", content: { "application/json": { schema: snapshotSchema } } },
    ...errorResponses(403, 404, 415),
  },
});

export const createHandler: RouteHandler<typeof createRoute, AppEnv> = async (c) => {
  const body = (c.req.valid("json") as z.infer<typeof snapshotRequest> | undefined) ?? { groupBy: "none" as const };
  const t = await findTarget(c.var.db, c.var.principal, c.req.valid("param").targetId);
  const asOf = body.asOf ?? today();
  const evaluation = await evaluateTarget(c.var.db, c.var.principal, t, asOf, body.groupBy);
  const row = await c.var.db.transaction(async (tx) => {
    const [stored] = await tx.insert(targetSnapshots).values({ targetId: t.id, asOf, groupBy: body.groupBy, evaluation, createdBy: c.var.principal.id }).returning();
    await recordAudit(tx, actorOf(c), { action: "create", entity: "TargetSnapshot", entityId: stored!.id, orgPath: t.jurisdictionPath, after: { targetId: t.id, asOf, value: evaluation.value } });
    return stored!;
  });
  c.header("Location", `/v1/targets/${t.id}/snapshots`);
  return c.json(toSnapshot(row, suppressFor(c.var.principal.role)), 201);
};

export const listRoute = defineRoute({
  method: "get",
  path: "/targets/{targetId}/snapshots",
  operationId: "listTargetSnapshots",
  summary: "The target's stored evaluations (its trend), oldest date first",
  tags: ["Targets"],
  "x-permission": "targets.read",
  request: { params: targetParams, query: pageQuery },
  responses: {
    200: { description: "A page of snapshots", content: { "application/json": { schema: pageSchema(snapshotSchema, "TargetSnapshotPage") } } },
    ...errorResponses(403, 404),
  },
});

export const listHandler: RouteHandler<typeof listRoute, AppEnv> = async (c) => {
  const q = c.req.valid("query");
  const t = await findTarget(c.var.db, c.var.principal, c.req.valid("param").targetId);
  // Keyset on (asOf, id): the trend in date order, stable across pages.
  const after = q.cursor ? (decodeCursor(q.cursor, 2) as [string, string]) : undefined;
  const where = [eq(targetSnapshots.targetId, t.id)];
  const rows = await c.var.db
    .select()
    .from(targetSnapshots)
    .where(and(...where, after ? sqlAfter(after) : undefined))
    .orderBy(asc(targetSnapshots.asOf), asc(targetSnapshots.id))
    .limit(q.limit + 1);
  const suppress = suppressFor(c.var.principal.role);
  return c.json(toPage(rows, q.limit, (r) => [r.asOf, r.id], (r) => toSnapshot(r, suppress)), 200);
};

const sqlAfter = ([asOf, id]: [string, string]) => sql`(${targetSnapshots.asOf}, ${targetSnapshots.id}) > (${asOf}::date, ${id}::uuid)`;
