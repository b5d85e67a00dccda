import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { currentSpec, README_FILE, readmeText, SPEC_FILE, specText, TYPES_FILE, typesText } from "../../src/cli/contract.ts";
import { useTestApp } from "../support/app.ts";

type Op = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  "x-permission"?: string;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};

const ctx = useTestApp();
const spec = currentSpec() as { info: { description: string }; paths: Record<string, Record<string, Op>>; components: { schemas: Record<string, unknown> } };
const ops = Object.entries(spec.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ method, path, op })));

describe("contract", () => {
  it("matches the committed snapshot (run `npm run contract:update` after changing the API)", async () => {
    expect(await readFile(SPEC_FILE, "utf8")).toBe(specText(spec));
  });

  it("has generated client types that are current", async () => {
    expect(await readFile(TYPES_FILE, "utf8")).toBe(await typesText(spec));
  });

  it("keeps the README's permission table equal to the policy", async () => {
    const readme = await readFile(README_FILE, "utf8");
    expect(readme).toBe(readmeText(readme));
  });

  it("is what the running app serves at /openapi.json", async () => {
    const res = await ctx.app.request("/openapi.json");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(specText(spec)));
  });

  it("documents every operation fully", () => {
    const ids = new Set<string>();
    for (const { method, path, op } of ops) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z0-9]+$/);
      expect(ids.has(op.operationId!), `duplicate ${op.operationId}`).toBe(false);
      ids.add(op.operationId!);
      expect(op.summary, where).toBeTruthy();
      expect(op.tags?.length, where).toBeGreaterThan(0);
      expect(op["x-permission"], where).toBeTruthy();
      const statuses = Object.keys(op.responses);
      expect(statuses.some((s) => s.startsWith("2")), where).toBe(true);
      for (const s of ["422", "500"]) {
        expect(op.responses[s]?.content?.["application/problem+json"]?.schema?.$ref, `${where} ${s}`).toBe("#/components/schemas/Problem");
      }
      for (const s of statuses.filter((x) => x.startsWith("2"))) {
        const json = op.responses[s]!.content?.["application/json"];
        if (json) expect(json.schema?.$ref, `${where} ${s} should use a named schema`).toMatch(/^#\/components\/schemas\//);
      }
    }
  });

  it("names the shared schemas and lists the problem catalogue", () => {
    expect(spec.components.schemas).toHaveProperty("Problem");
    expect(spec.components.schemas).toHaveProperty("FieldError");
    expect(spec.info.description).toContain("/problems/validation_failed");
    expect(spec.info.description).toContain("/problems/precondition_failed");
  });
});
