import { describe, expect, it } from "vitest";
import { checkResponse, loadSpec, unsupported, validate, type OpenApiDocument } from "./conformance.ts";

const doc: OpenApiDocument = {
  paths: {
    "/things/{id}": {
      get: {
        operationId: "getThing",
        responses: {
          200: { headers: { ETag: {} }, content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
          404: { content: { "application/problem+json": { schema: { type: "object", required: ["type"] } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: "object",
        properties: {
          id: { type: "string", format: "uuid" },
          on: { type: ["string", "null"], format: "date" },
          n: { type: "integer", minimum: 1, maximum: 3 },
          kind: { type: "string", enum: ["a", "b"] },
          tags: { type: "array", items: { type: "string", minLength: 1 }, maxItems: 2 },
          owner: { anyOf: [{ $ref: "#/components/schemas/Owner" }, { type: "null" }] },
        },
        required: ["id", "on", "n"],
      },
      Owner: { type: "object", properties: { name: { type: "string" } }, required: ["name"], additionalProperties: false },
    },
  },
};
const thing = doc.components.schemas.Thing!;
const good = { id: "0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d", on: null, n: 2, kind: "a", tags: ["x"], owner: { name: "o" } };

describe("conformance validator", () => {
  it("accepts a conforming value", () => {
    expect(validate(thing, good, doc)).toEqual([]);
    expect(validate(thing, { ...good, on: "2025-02-28", owner: null }, doc)).toEqual([]);
  });

  it("reports each failure with a JSON pointer", () => {
    const bad = { id: "nope", on: "2025-13-01", n: 1.5, kind: "c", tags: ["", "y", "z"], owner: { name: "o", extra: 1 } };
    expect(
      validate(thing, bad, doc)
        .map((e) => e.pointer)
        .sort(),
    ).toEqual(["/id", "/kind", "/n", "/on", "/owner", "/tags", "/tags/0"]);
    expect(validate(thing, { id: good.id }, doc)).toEqual([
      { pointer: "/on", message: "missing required property" },
      { pointer: "/n", message: "missing required property" },
    ]);
  });

  it("catches a nullable field documented as a bare $ref", () => {
    expect(validate({ $ref: "#/components/schemas/Owner" }, null, doc)).toEqual([{ pointer: "", message: "expected object, got null" }]);
  });

  it("refuses keywords it does not understand instead of passing them", () => {
    expect(validate({ not: { type: "string" } }, 1, doc)[0]?.message).toMatch(/does not understand "not"/);
  });

  it("checks status, media type, headers and body of a response", async () => {
    const json = (body: unknown, status: number, headers: Record<string, string>) =>
      new Response(JSON.stringify(body), { status, headers });
    expect(await checkResponse(doc, "GET", "/things/{id}", json(good, 200, { "content-type": "application/json", etag: '"1"' }))).toEqual(
      [],
    );
    const messages = async (r: Response) => (await checkResponse(doc, "GET", "/things/{id}", r)).map((v) => v.message);
    expect(await messages(json(good, 200, { "content-type": "application/json" }))).toEqual(["documented header ETag is missing"]);
    expect(await messages(json({}, 404, { "content-type": "application/json" }))).toEqual([
      "media type application/json is not documented for 404 (documented: application/problem+json)",
    ]);
    expect(await messages(json({}, 409, { "content-type": "application/problem+json" }))).toEqual([
      "status 409 is not documented (documented: 200, 404)",
    ]);
  });

  it("understands every keyword and format the committed contract uses", () => {
    const spec = loadSpec();
    expect(unsupported(thing)).toEqual([]);
    expect(unsupported({ properties: { a: { not: {} } }, items: { format: "email" } })).toEqual(["not", "format email"]);
    const schemas = [
      ...Object.values(spec.components.schemas),
      ...Object.values(spec.paths).flatMap((item) =>
        Object.values(item).flatMap((op) =>
          Object.values(op.responses).flatMap((r) => Object.values(r.content ?? {}).map((m) => m.schema)),
        ),
      ),
    ];
    expect([...new Set(schemas.flatMap(unsupported))]).toEqual([]);
  });
});
