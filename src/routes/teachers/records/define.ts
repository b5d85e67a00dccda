import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { defineRoute, type Permission } from "../../../auth/permissions.ts";
import { getRecordInScope, listRecords } from "../../../db/teacher-records/rows.ts";
import type { RecordKind, RecordRow } from "../../../db/teacher-records/tables.ts";
import { requireTeacher } from "../../../db/teachers/read.ts";
import { registerTeacherInclude } from "./includes.ts";
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
import { errorResponses } from "../../../lib/problem.ts";
import { createRouter } from "../../../lib/router.ts";
import type { EthicsOverride, RecordRules } from "../../../services/teacher-records/definition.ts";
import { correctRecord, createRecord, endRecord } from "../../../services/teacher-records/write.ts";

/** Handler context with validated input; the generic factory cannot name the route's exact types. */
// biome-ignore lint/suspicious/noExplicitAny: the generic factory cannot name each record route's validated input types
type Ctx = Context<AppEnv> & { req: { valid(target: "param" | "query" | "json"): any } };

export interface RecordDefinition<K extends RecordKind, Item extends z.ZodObject, Create extends z.ZodObject, Update extends z.ZodType> {
  /** The sub-record as the writes know it (src/services/teacher-records/records.ts): table, names, date fields, rule. */
  record: RecordRules<K>;
  /** URL segment under /teachers/{teacherId}/, e.g. "titles". */
  segment: string;
  /** Path parameter for one record, e.g. "titleId". */
  idParam: string;
  /** Plural operation stem, e.g. "TeacherTitles" (the singular is the record's, e.g. "TeacherTitle"). */
  plural: string;
  item: Item;
  create: Create;
  update: Update;
  toApi(row: RecordRow<K>): z.infer<Item>;
  /**
   * API fields -> column values (the record's date fields renamed to validFrom/validTo, etc.). Called
   * with partial input on PATCH.
   */
  toColumns(input: Record<string, unknown>): Partial<RecordRow<K>>;
  read: Permission;
  write: Permission;
  /** False for records that do not end (e.g. an annual appraisal): no /end operation. */
  endable?: boolean;
  description?: string;
}

const endBodySchema = z
  .object({
    endedOn: isoDate.openapi({ description: "Last day the record is valid (inclusive)" }),
    reason: z.string().trim().max(500).optional(),
  })
  .openapi("RecordEnd", { example: { endedOn: "2025-08-31", reason: "调出" } });

const recordListQuery = pageQuery.extend({
  asOf: isoDate.optional().openapi({ description: "Only records valid on this date; omit for the full history" }),
});

/**
 * Builds the five operations every teacher sub-record has: list (history, or as of a date), get,
 * create, correct in place (PATCH with If-Match) and end. Each sub-record module supplies its record
 * (table, names, rule) and its public schemas; this keeps their HTTP behaviour identical.
 */
export function defineTeacherRecord<K extends RecordKind, Item extends z.ZodObject, Create extends z.ZodObject, Update extends z.ZodType>(
  def: RecordDefinition<K, Item, Create, Update>,
) {
  const { record } = def;
  const tag = "Teacher records";
  const base = `/teachers/{teacherId}/${def.segment}`;
  const one = `${base}/{${def.idParam}}`;
  const teacherParams = z.object({ teacherId: pathId("teacherId") });
  const recordParams = z.object({ teacherId: pathId("teacherId"), [def.idParam]: pathId(def.idParam) });
  const page = pageSchema(def.item, `${record.singular}Page`);
  const itemContent = { "application/json": { schema: def.item } };
  const recordId = (params: Record<string, string>) => params[def.idParam]!;
  registerTeacherInclude(def.segment, { kind: record.kind, toApi: def.toApi as (row: never) => unknown, read: def.read });

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
    operationId: `get${record.singular}`,
    summary: `Get one ${record.noun.toLowerCase()} record`,
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
    operationId: `create${record.singular}`,
    summary: `Add a ${record.noun.toLowerCase()} record`,
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
    operationId: `update${record.singular}`,
    summary: `Correct a ${record.noun.toLowerCase()} record in place`,
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
    operationId: `end${record.singular}`,
    summary: `End a ${record.noun.toLowerCase()} record`,
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

  const listHandler = async (c: Ctx) => {
    const { teacherId } = c.req.valid("param");
    const q = c.req.valid("query");
    await requireTeacher(c.var.db, teacherId, c.var.principal);
    const after = q.cursor ? (decodeCursor(q.cursor, 2) as [string, string]) : undefined;
    const rows = await listRecords(c.var.db, record.kind, { teacherId, asOf: q.asOf, after, limit: q.limit });
    return c.json(
      toPage(rows, q.limit, (x) => [x.validFrom, x.id], def.toApi),
      200,
    );
  };

  const getHandler = async (c: Ctx) => {
    const params = c.req.valid("param") as Record<string, string>;
    const row = await getRecordInScope(c.var.db, record.kind, record.noun, c.var.principal, params.teacherId!, recordId(params));
    c.header("ETag", etagFor(row.version));
    return c.json(def.toApi(row), 200);
  };

  /** The body's columns, and the ethics override some records take (never a column). */
  const body = (c: Ctx) => {
    const { ethicsOverride, ...fields } = c.req.valid("json") as Record<string, unknown> & { ethicsOverride?: EthicsOverride };
    return { columns: def.toColumns(fields), ethicsOverride };
  };

  const createHandler = async (c: Ctx) => {
    const { teacherId } = c.req.valid("param");
    const { columns: values, ethicsOverride } = body(c);
    const row = await createRecord(c.var.db, actorOf(c), record, { teacherId, values, ethicsOverride });
    c.header("ETag", etagFor(row.version));
    c.header("Location", `/v1/teachers/${teacherId}/${def.segment}/${row.id}`);
    return c.json(def.toApi(row), 201);
  };

  /** The record a PATCH or an end names, and the version the caller read. */
  const target = (c: Ctx) => {
    const params = c.req.valid("param") as Record<string, string>;
    return { teacherId: params.teacherId!, id: recordId(params), expectedVersion: expectedVersion(c) };
  };

  const updateHandler = async (c: Ctx) => {
    const { columns: change, ethicsOverride } = body(c);
    const row = await correctRecord(c.var.db, actorOf(c), record, { ...target(c), change, ethicsOverride });
    c.header("ETag", etagFor(row.version));
    return c.json(def.toApi(row), 200);
  };

  const endHandler = async (c: Ctx) => {
    const body = c.req.valid("json");
    const row = await endRecord(c.var.db, actorOf(c), record, { ...target(c), endedOn: body.endedOn, reason: body.reason });
    c.header("ETag", etagFor(row.version));
    return c.json(def.toApi(row), 200);
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
