import { describe, expect, it } from "vitest";
import { EMPLOYMENT_CATEGORIES, JURISDICTION_LEVELS } from "../../../src/domain/vocab.ts";
import { vocabularyListSchema, vocabularySchema } from "../../../src/contract/vocabularies.ts";
import { useTestApp } from "../../support/app.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

describe("vocabularies", () => {
  it("lists every code list with zh-CN and en labels for every code", async () => {
    const res = await api().get("/v1/vocabularies");
    expect(res.status).toBe(200);
    const { items } = vocabularyListSchema.parse(res.body);
    const byName = Object.fromEntries(items.map((v) => [v.name, v]));
    expect(byName.employment_category!.entries.map((e) => e.code)).toEqual([...EMPLOYMENT_CATEGORIES]);
    for (const v of items) for (const e of v.entries) expect(e.labels["zh-CN"].length * e.labels.en.length).toBeGreaterThan(0);
  });

  it("gets one list with its ranks, and 404s an unknown name", async () => {
    const res = await api().get("/v1/vocabularies/jurisdiction_level");
    const v = vocabularySchema.parse(res.body);
    expect(v.ordered).toBe(true);
    expect(v.entries.map((e) => [e.code, e.rank])).toEqual(JURISDICTION_LEVELS.map((c, i) => [c, i]));
    expect(v.entries.find((e) => e.code === "county")!.labels["zh-CN"]).toBe("县");
    const missing = await api().get("/v1/vocabularies/nope");
    expect(missing.status).toBe(404);
    expect(missing.body.type).toBe("/problems/not_found");
  });
});
