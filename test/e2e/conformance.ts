import { readFileSync } from "node:fs";
import type { Middleware } from "openapi-fetch";

/**
 * Does what the server sends match what the contract promises? The generated client is typed from
 * src/client/openapi.json, so a response that the document misdescribes is a type lie in every caller.
 * `conformance(spec, sink)` is an openapi-fetch middleware that checks each response against the
 * operation it came from: the status is documented, the media type is one documented for that status,
 * documented headers are present, and a JSON body validates against its schema.
 */

export type Schema = Record<string, unknown>;
type Operation = {
  operationId: string;
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema?: Schema }> }>;
};
export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

export interface Violation {
  operationId: string;
  status: number;
  /** JSON pointer into the response body, or "" for the response as a whole. */
  pointer: string;
  message: string;
}

export function loadSpec(): OpenApiDocument {
  return JSON.parse(readFileSync(new URL("../../src/client/openapi.json", import.meta.url), "utf8")) as OpenApiDocument;
}

// Keywords that only annotate; everything else must be understood below, or the validator says so.
const ANNOTATIONS = new Set([
  "description",
  "example",
  "examples",
  "default",
  "title",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "discriminator",
  "$schema",
  "$id",
  "$comment",
]);
/** The assertion keywords `validate` handles (keep in step with its switch). */
const KEYWORDS = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "allOf",
  "anyOf",
  "oneOf",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "format",
]);
const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i,
};

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function hasType(v: unknown, t: string): boolean {
  if (t === "integer") return Number.isInteger(v);
  if (t === "number") return typeof v === "number" && Number.isFinite(v);
  return typeOf(v) === t;
}

const escapePointer = (k: string) => k.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * Validates `value` against an OpenAPI 3.1 schema object (the JSON Schema subset zod-openapi emits:
 * $ref, type, enum, const, allOf/anyOf/oneOf, properties/required/additionalProperties, items, length,
 * range and the uuid/date/date-time formats). Returns one message per failure, each with a JSON pointer.
 */
export function validate(schema: Schema, value: unknown, doc: OpenApiDocument, pointer = ""): { pointer: string; message: string }[] {
  const out: { pointer: string; message: string }[] = [];
  const fail = (message: string, at = pointer) => out.push({ pointer: at, message });
  for (const [key, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    switch (key) {
      case "$ref": {
        const name = /^#\/components\/schemas\/(.+)$/.exec(rule as string)?.[1];
        const target = name === undefined ? undefined : doc.components.schemas[name];
        if (!target) fail(`unresolvable $ref ${String(rule)}`);
        else out.push(...validate(target, value, doc, pointer));
        break;
      }
      case "type": {
        const types = Array.isArray(rule) ? (rule as string[]) : [rule as string];
        if (!types.some((t) => hasType(value, t))) fail(`expected ${types.join(" | ")}, got ${typeOf(value)}`);
        break;
      }
      case "enum":
        if (!(rule as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(value)))
          fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(rule)}`);
        break;
      case "const":
        if (JSON.stringify(rule) !== JSON.stringify(value)) fail(`expected ${JSON.stringify(rule)}`);
        break;
      case "allOf":
        for (const s of rule as Schema[]) out.push(...validate(s, value, doc, pointer));
        break;
      case "anyOf":
      case "oneOf": {
        const passing = (rule as Schema[]).filter((s) => validate(s, value, doc, pointer).length === 0).length;
        if (passing === 0 || (key === "oneOf" && passing > 1))
          fail(`${key}: ${passing} of ${(rule as Schema[]).length} alternatives match`);
        break;
      }
      case "properties":
        if (typeOf(value) !== "object") break;
        for (const [name, sub] of Object.entries(rule as Record<string, Schema>)) {
          const obj = value as Record<string, unknown>;
          if (Object.hasOwn(obj, name)) out.push(...validate(sub, obj[name], doc, `${pointer}/${escapePointer(name)}`));
        }
        break;
      case "required":
        if (typeOf(value) !== "object") break;
        for (const name of rule as string[])
          if (!Object.hasOwn(value as object, name)) fail(`missing required property`, `${pointer}/${escapePointer(name)}`);
        break;
      case "additionalProperties": {
        if (typeOf(value) !== "object" || rule === true) break;
        const known = new Set(Object.keys((schema.properties as object | undefined) ?? {}));
        for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
          if (known.has(name)) continue;
          if (rule === false) fail(`unexpected property`, `${pointer}/${escapePointer(name)}`);
          else out.push(...validate(rule as Schema, v, doc, `${pointer}/${escapePointer(name)}`));
        }
        break;
      }
      case "items":
        if (Array.isArray(value)) value.forEach((item, i) => out.push(...validate(rule as Schema, item, doc, `${pointer}/${i}`)));
        break;
      case "minItems":
      case "maxItems":
        if (Array.isArray(value) && (key === "minItems" ? value.length < (rule as number) : value.length > (rule as number)))
          fail(`${key} ${String(rule)}, got ${value.length}`);
        break;
      case "minLength":
      case "maxLength": {
        if (typeof value !== "string") break;
        const n = [...value].length; // JSON Schema counts code points
        if (key === "minLength" ? n < (rule as number) : n > (rule as number)) fail(`${key} ${String(rule)}, got ${n}`);
        break;
      }
      case "pattern":
        if (typeof value === "string" && !new RegExp(rule as string, "u").test(value)) fail(`does not match ${String(rule)}`);
        break;
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        if (typeof value !== "number") break;
        const r = rule as number;
        const ok = key === "minimum" ? value >= r : key === "maximum" ? value <= r : key === "exclusiveMinimum" ? value > r : value < r;
        if (!ok) fail(`${key} ${r}, got ${value}`);
        break;
      }
      case "format": {
        const re = FORMATS[rule as string];
        if (!re) fail(`the conformance validator does not know format "${String(rule)}": teach test/e2e/conformance.ts`);
        else if (typeof value === "string" && !re.test(value)) fail(`not a ${String(rule)}: ${JSON.stringify(value)}`);
        break;
      }
      default:
        fail(`the conformance validator does not understand "${key}": teach test/e2e/conformance.ts`);
    }
  }
  return out;
}

/** Keywords and formats anywhere in `schema` that `validate` would not understand. */
export function unsupported(schema: unknown): string[] {
  if (!schema || typeof schema !== "object") return [];
  if (Array.isArray(schema)) return schema.flatMap(unsupported);
  const out: string[] = [];
  for (const [key, rule] of Object.entries(schema as Schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (!KEYWORDS.has(key)) out.push(key);
    else if (key === "format" && !FORMATS[rule as string]) out.push(`format ${String(rule)}`);
    else if (key === "properties") out.push(...Object.values(rule as Record<string, unknown>).flatMap(unsupported));
    else if (["items", "additionalProperties", "allOf", "anyOf", "oneOf"].includes(key)) out.push(...unsupported(rule));
  }
  return out;
}

/** Checks one response against the operation `method schemaPath` of the document. */
export async function checkResponse(doc: OpenApiDocument, method: string, schemaPath: string, response: Response): Promise<Violation[]> {
  const op = doc.paths[schemaPath]?.[method.toLowerCase()];
  const status = response.status;
  if (!op) return [{ operationId: `${method} ${schemaPath}`, status, pointer: "", message: "operation not in the document" }];
  const v = (pointer: string, message: string): Violation => ({ operationId: op.operationId, status, pointer, message });
  const documented = op.responses[String(status)] ?? op.responses[`${String(status)[0]}XX`] ?? op.responses.default;
  if (!documented) return [v("", `status ${status} is not documented (documented: ${Object.keys(op.responses).join(", ")})`)];

  const out: Violation[] = [];
  for (const name of Object.keys(documented.headers ?? {})) {
    if (!response.headers.has(name)) out.push(v("", `documented header ${name} is missing`));
  }
  const mediaType = response.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  const content = documented.content ?? {};
  if (!mediaType) {
    if (Object.keys(content).length > 0 && response.body !== null) out.push(v("", "response has a body but no Content-Type"));
    return out;
  }
  const media = content[mediaType];
  if (!media) {
    out.push(v("", `media type ${mediaType} is not documented for ${status} (documented: ${Object.keys(content).join(", ") || "none"})`));
    return out;
  }
  if (media.schema && /[/+]json$/.test(mediaType)) {
    const body: unknown = await response.clone().json();
    for (const e of validate(media.schema, body, doc)) out.push(v(e.pointer, e.message));
  }
  return out;
}

/** An openapi-fetch middleware pushing every mismatch into `sink` (the response itself is left alone). */
export function conformance(doc: OpenApiDocument, sink: Violation[]): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      sink.push(...(await checkResponse(doc, request.method, schemaPath, response)));
    },
  };
}
