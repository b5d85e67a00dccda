import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { and, asc, eq, gt, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { defineRoute, type Permission } from "../../../auth/permissions.ts";
import { teachers } from "../../../db/schema/index.ts";
import type { Queryable, Tx } from "../../../db/types.ts";
import type { Principal } from "../../../auth/principal.ts";
import { teacherScope } from "../../../auth/scope.ts";
import { recordAudit } from "../../../db/audit/record.ts";
import { registerTeacherInclude } from "./includes.ts";
import { updateVersioned } from "../../../db/versioned.ts";
import { actorOf, type AppEnv } from "../../../lib/context.ts";
import {
  decodeCursor,
  etagFor,
  etagHeaderDoc,
  expectedVersion,
  idempotencyHeader,
  ifMatchHeader,
  isoDate,
  pageQuery,
  pageSchema,
  pathId,
  toPage,
} from "../../../lib/http.ts";
import { uuidv7 } from "../../../lib/ids.ts";
import { ApiError, errorResponses } from "../../../lib/problem.ts";
import { createRouter } from "../../../lib/router.ts";

/** A sub-record table: keyed by teacher, effective-dated, versioned. */
export type RecordTable = PgTable & {
  id: PgColumn;
  teacherId: PgColumn;
  validFrom: PgColumn;
  validTo: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
};

type Row<T extends RecordTable> = T["$inferSelect"];

/** Handler context with validated input; the generic factory cannot name the route's exact types. */
type Ctx = Context<AppEnv> & { req: { valid(target: "param" | "query" | "json"): any } };

export interface WriteContext<T extends RecordTable> {
  tx: Tx;
  /** The caller: references a rule checks (e.g. a school) must lie in its scope. */
  principal: Principal;
  teacherId: string;
  /** The record being corrected (PATCH) or ended; undefined on create. */
  current?: Row<T>;
  /** The column values the write will store (for a PATCH: current merged with the change). */
  next: Row<T>;
  /** "create", "update" or "end": rules may act differently (e.g. only creation ends a predecessor). */
  action: "create" | "update" | "end";
}

export interface RecordDefinition<T extends RecordTable, Item extends z.ZodObject, Create extends z.ZodObject, Update extends z.ZodType> {
  /** URL segment under /teachers/{teacherId}/, e.g. "titles". */
  segment: string;
  /** Path parameter for one record, e.g. "titleId". */
  idParam: string;
  /** Singular and plural operation stems, e.g. "TeacherTitle" / "TeacherTitles". */
  singular: string;
  plural: string;
  /** Human name for messages, e.g. "Title". */
  noun: string;
  table: T;
  item: Item;
  create: Create;
  update: Update;
  toApi(row: Row<T>): z.infer<Item>;
  /** API fields -> column values (dates renamed to validFrom/validTo, etc.). Called with partial input on PATCH. */
  toColumns(input: Record<string, unknown>): Partial<Row<T>>;
  read: Permission;
  write: Permission;
  /** False for records that do not end (e.g. an annual appraisal): no /end operation. */
  endable?: boolean;
  description?: string;
  /** Domain rules inside the write transaction: validate references, end predecessors, or throw an ApiError. */
  beforeWrite?(ctx: WriteContext<T>): Promise<void>;
}

export const endBodySchema = z
  .object({
    endedOn: isoDate.openapi({ description: "Last day the record is valid (inclusive)" }),
    reason: z.string().trim().max(500).optional(),
  })
  .openapi("RecordEnd", { example: { endedOn: "2025-08-31", reason: "调出" } });

const recordListQuery = pageQuery.extend({
  asOf: isoDate.optional().openapi({ description: "Only records valid on this date; omit for the full history" }),
});

/** The teacher must exist and be in the caller's scope; otherwise 404, whatever the reason. */
async function requireTeacher(db: Queryable, teacherId: string, principal: Principal, lock: boolean) {
  const q = db.select({ id: teachers.id }).from(teachers).where(and(eq(teachers.id, teacherId), teacherScope(principal)));
  const [t] = await (lock ? q.for("share") : q);
  if (!t) throw ApiError.notFound("Teacher", teacherId);
}

/**
 * Builds the five operations every teacher sub-record has: list (history, or as of a date), get,
 * create, correct in place (PATCH with If-Match) and end. Each sub-record module supplies its table,
 * its public schemas and its domain rule; this keeps their HTTP behaviour identical.
 */
export function defineTeacherRecord<T extends RecordTable, Item extends z.ZodObject, Create extends z.ZodObject, Update extends z.ZodType>(
  def: RecordDefinition<T, Item, Create, Update>,
) {
  const table = def.table;
  const tag = "Teacher records";
  const base = `/teachers/{teacherId}/${def.segment}`;
  const one = `${base}/{${def.idParam}}`;
  const teacherParams = z.object({ teacherId: pathId("teacherId") });
  const recordParams = z.object({ teacherId: pathId("teacherId"), [def.idParam]: pathId(def.idParam) });
  const page = pageSchema(def.item, `${def.singular}Page`);
  const itemContent = { "application/json": { schema: def.item } };
  const recordId = (params: Record<string, string>) => params[def.idParam]!;
  // The API names of validFrom / validTo (issuedOn, expiresOn, ...), found through toColumns, so
  // date-order problems point at the field the caller actually sent.
  const apiName = (column: "validFrom" | "validTo") =>
    Object.keys(def.item.shape).find((k) => def.toColumns({ [k]: "x" })[column as keyof Row<T>] === "x") ?? column;
  const fromField = apiName("validFrom");
  const toField = apiName("validTo");
  const endsBeforeStart = (next: Row<T>) => next.validTo != null && (next.validTo as string) < (next.validFrom as string);
  const inverted = (next: Row<T>, pointer: string) =>
    ApiError.invalid("The record would end before it starts", [{ pointer, detail: `Must be on or after ${String(next.validFrom)}` }]);
  registerTeacherInclude(def.segment, { table, order: table.validFrom, toApi: def.toApi as (row: never) => unknown, read: def.read });

  const list = defineRoute({
    method: "get",
    path: base,
    operationId: `list${def.plural}`,
    summary: `List a teacher's ${def.segment.replace(/-/g, " ")}`,
    description: `Ordered by start date. With \`asOf\`, only the records valid on that date.${def.description ? ` ${def.description}` : ""}`,
    tags: [tag],
    "x-permission": def.read,
    request: { params: teacherParams, query: recordListQuery },
    responses: {
      200: { description: "A page of records", content: { "application/json": { schema: page } } },
      ...errorResponses(404),
    },
  });

  const get = defineRoute({
    method: "get",
    path: one,
    operationId: `get${def.singular}`,
    summary: `Get one ${def.noun.toLowerCase()} record`,
    tags: [tag],
    "x-permission": def.read,
    request: { params: recordParams },
    responses: {
      200: { description: "The record", headers: etagHeaderDoc, content: itemContent },
      ...errorResponses(404),
    },
  });

  const create = defineRoute({
    method: "post",
    path: base,
    operationId: `create${def.singular}`,
    summary: `Add a ${def.noun.toLowerCase()} record`,
    description: def.description,
    tags: [tag],
    "x-permission": def.write,
    request: {
      params: teacherParams,
      headers: idempotencyHeader,
      body: { required: true, content: { "application/json": { schema: def.create } } },
    },
    responses: {
      201: { description: "Created", headers: etagHeaderDoc, content: itemContent },
      ...errorResponses(404, 409, 415),
    },
  });

  const update = defineRoute({
    method: "patch",
    path: one,
    operationId: `update${def.singular}`,
    summary: `Correct a ${def.noun.toLowerCase()} record in place`,
    description: "Corrections keep the record's id; send only the fields to change.",
    tags: [tag],
    "x-permission": def.write,
    request: {
      params: recordParams,
      headers: ifMatchHeader,
      body: { required: true, content: { "application/json": { schema: def.update } } },
    },
    responses: {
      200: { description: "Updated", headers: etagHeaderDoc, content: itemContent },
      ...errorResponses(404, 409, 412, 415),
    },
  });

  const end = defineRoute({
    method: "post",
    path: `${one}/end`,
    operationId: `end${def.singular}`,
    summary: `End a ${def.noun.toLowerCase()} record`,
    description: "Records are never deleted: ending sets the last valid day.",
    tags: [tag],
    "x-permission": def.write,
    request: {
      params: recordParams,
      headers: ifMatchHeader.extend(idempotencyHeader.shape),
      body: { required: true, content: { "application/json": { schema: endBodySchema } } },
    },
    responses: {
      200: { description: "Ended", headers: etagHeaderDoc, content: itemContent },
      ...errorResponses(404, 409, 412, 415),
    },
  });

  const scoped = (teacherId: string, id: string): SQL => and(eq(table.id, id), eq(table.teacherId, teacherId))!;

  async function findIn(tx: Tx, teacherId: string, id: string, lock: boolean) {
    const q = tx.select().from(table as PgTable).where(scoped(teacherId, id));
    const [row] = (await (lock ? q.for("update") : q)) as Row<T>[];
    if (!row) throw ApiError.notFound(def.noun, id);
    return row;
  }

  const listHandler = async (c: Ctx) => {
    const { teacherId } = c.req.valid("param");
    const q = c.req.valid("query");
    const db = c.var.db;
    await requireTeacher(db, teacherId, c.var.principal, false);
    const where: (SQL | undefined)[] = [eq(table.teacherId, teacherId)];
    if (q.asOf) where.push(sql`${table.validFrom} <= ${q.asOf}::date and (${table.validTo} is null or ${table.validTo} >= ${q.asOf}::date)`);
    if (q.cursor) {
      const [from, id] = decodeCursor(q.cursor, 2) as [string, string];
      where.push(or(gt(table.validFrom, from), and(eq(table.validFrom, from), gt(table.id, id))));
    }
    const rows = (await db
      .select()
      .from(table as PgTable)
      .where(and(...where))
      .orderBy(asc(table.validFrom), asc(table.id))
      .limit(q.limit + 1)) as Row<T>[];
    const r = rows as Record<string, unknown>[];
    return c.json(toPage(r, q.limit, (x) => [x.validFrom, x.id], (x) => def.toApi(x as Row<T>)), 200);
  };

  const getHandler = async (c: Ctx) => {
    const params = c.req.valid("param") as Record<string, string>;
    const row = await c.var.db.transaction(async (tx) => {
      await requireTeacher(tx, params.teacherId!, c.var.principal, false);
      return findIn(tx, params.teacherId!, recordId(params), false);
    });
    c.header("ETag", etagFor(row.version as number));
    return c.json(def.toApi(row), 200);
  };

  const createHandler = async (c: Ctx) => {
    const { teacherId } = c.req.valid("param");
    const input = c.req.valid("json") as Record<string, unknown>;
    const row = await c.var.db.transaction(async (tx) => {
      await requireTeacher(tx, teacherId, c.var.principal, true);
      const next = { ...def.toColumns(input), id: uuidv7(), teacherId } as Row<T>;
      if (endsBeforeStart(next)) throw inverted(next, `/${toField}`);
      await def.beforeWrite?.({ tx, principal: c.var.principal, teacherId, next, action: "create" });
      const [created] = (await tx.insert(table).values(next as never).returning()) as Row<T>[];
      await recordAudit(tx, actorOf(c), { action: "create", entity: def.singular, entityId: created!.id as string, teacherId, after: created! });
      return created!;
    });
    c.header("ETag", etagFor(row.version as number));
    c.header("Location", `/v1/teachers/${teacherId}/${def.segment}/${row.id as string}`);
    return c.json(def.toApi(row), 201);
  };

  async function write(c: Ctx, action: "update" | "end", change: Record<string, unknown>) {
    const params = c.req.valid("param") as Record<string, string>;
    const teacherId = params.teacherId!;
    const id = recordId(params);
    const expected = expectedVersion(c);
    return c.var.db.transaction(async (tx) => {
      await requireTeacher(tx, teacherId, c.var.principal, true);
      const current = await findIn(tx, teacherId, id, true);
      if (expected !== undefined && current.version !== expected) {
        throw new ApiError("precondition_failed", `${def.noun} ${id} is at version ${String(current.version)}; read it again`);
      }
      const next = { ...current, ...change } as Row<T>;
      if (endsBeforeStart(next)) throw inverted(next, action === "end" ? "/endedOn" : `/${"validTo" in change ? toField : fromField}`);
      await def.beforeWrite?.({ tx, principal: c.var.principal, teacherId, current, next, action });
      const updated = await updateVersioned(tx, table, def.noun, id, current.version as number, change, eq(table.teacherId, teacherId));
      await recordAudit(tx, actorOf(c), { action, entity: def.singular, entityId: id, teacherId, before: current, after: updated });
      return updated;
    });
  }

  const updateHandler = async (c: Ctx) => {
    const row = await write(c, "update", def.toColumns(c.req.valid("json") as Record<string, unknown>));
    c.header("ETag", etagFor(row.version as number));
    return c.json(def.toApi(row as Row<T>), 200);
  };

  const endHandler = async (c: Ctx) => {
    const body = c.req.valid("json");
    const row = await write(c, "end", { validTo: body.endedOn, endReason: body.reason ?? null });
    c.header("ETag", etagFor(row.version as number));
    return c.json(def.toApi(row as Row<T>), 200);
  };

  // Generic over the record's schemas, so the handlers are registered untyped; each record's test
  // suite parses every response with its item schema instead.
  const router = createRouter();
  const register = router.openapi.bind(router) as unknown as (route: unknown, handler: (c: Ctx) => Promise<Response>) => void;
  register(list, listHandler);
  register(get, getHandler);
  register(create, createHandler);
  register(update, updateHandler);
  if (def.endable !== false) register(end, endHandler);
  return router;
}

/** Turn a rule's conflict into the problem a clerk sees. */
export function periodConflict(noun: string, pointer: string, conflict: { id: string; validFrom: string; validTo: string | null }): ApiError {
  const until = conflict.validTo ?? "open";
  return new ApiError("conflict", `${noun} dates overlap record ${conflict.id} (${conflict.validFrom} – ${until}); correct or end it first`, [
    { pointer, detail: `Overlaps ${conflict.validFrom} – ${until}` },
  ]);
}
