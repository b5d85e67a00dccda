import { describe, expect, it } from "vitest";
import { jurisdictionPageSchema, jurisdictionSchema } from "../../../src/contract/jurisdictions.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, uniqueCode } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

describe("jurisdictions", () => {
  it("creates a tree and reads it back with an ETag", async () => {
    const city = await makeJurisdiction(api());
    const county = await makeJurisdiction(api(), { level: "county", parentId: city.id, name: "某县" });
    const res = await api().get(`/v1/jurisdictions/${county.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"1"');
    const body = jurisdictionSchema.parse(res.body);
    expect(body).toMatchObject({ parentId: city.id, level: "county", name: "某县" });
  });

  it("rejects a child that is not below its parent's level", async () => {
    const county = await makeJurisdiction(api(), { level: "county" });
    const res = await api().post("/v1/jurisdictions", { code: uniqueCode("J"), name: "x", level: "city", parentId: county.id });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors).toEqual([{ pointer: "/level", detail: "A city cannot sit under a county" }]);
  });

  it("rejects an unknown parent with a pointer", async () => {
    const res = await api().post("/v1/jurisdictions", {
      code: uniqueCode("J"),
      name: "x",
      level: "county",
      parentId: "01930000-0000-7000-8000-000000000000",
    });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].pointer).toBe("/parentId");
  });

  it("reports a duplicate code as a conflict", async () => {
    const city = await makeJurisdiction(api());
    const res = await api().post("/v1/jurisdictions", { code: city.code, name: "again", level: "city" });
    expect(res.status).toBe(409);
    expect(res.body.type).toBe("/problems/conflict");
  });

  it("lists by parent, level and subtree", async () => {
    const city = await makeJurisdiction(api());
    const a = await makeJurisdiction(api(), { level: "county", parentId: city.id });
    const b = await makeJurisdiction(api(), { level: "district", parentId: city.id });
    const t = await makeJurisdiction(api(), { level: "township", parentId: a.id });
    const children = jurisdictionPageSchema.parse((await api().get(`/v1/jurisdictions?parentId=${city.id}`)).body);
    expect(children.items.map((j) => j.id)).toEqual([a.id, b.id]);
    const subtree = jurisdictionPageSchema.parse((await api().get(`/v1/jurisdictions?subtreeOf=${city.id}`)).body);
    expect(subtree.items.map((j) => j.id)).toEqual([city.id, a.id, b.id, t.id]);
    const townships = jurisdictionPageSchema.parse((await api().get(`/v1/jurisdictions?subtreeOf=${city.id}&level=township`)).body);
    expect(townships.items.map((j) => j.id)).toEqual([t.id]);
  });

  it("moves a subtree and refuses cycles", async () => {
    const city = await makeJurisdiction(api());
    const a = await makeJurisdiction(api(), { level: "county", parentId: city.id });
    const b = await makeJurisdiction(api(), { level: "county", parentId: city.id });
    const t = await makeJurisdiction(api(), { level: "township", parentId: a.id });
    const cycle = await api().patch(`/v1/jurisdictions/${a.id}`, { parentId: t.id });
    expect(cycle.status).toBe(422);
    const moved = await api().patch(`/v1/jurisdictions/${t.id}`, { parentId: b.id });
    expect(moved.status).toBe(200);
    const underB = jurisdictionPageSchema.parse((await api().get(`/v1/jurisdictions?subtreeOf=${b.id}`)).body);
    expect(underB.items.map((j) => j.id)).toEqual([b.id, t.id]);
    const underA = jurisdictionPageSchema.parse((await api().get(`/v1/jurisdictions?subtreeOf=${a.id}`)).body);
    expect(underA.items.map((j) => j.id)).toEqual([a.id]);
  });

  it("guards updates with If-Match", async () => {
    const city = await makeJurisdiction(api());
    const ok = await api().patch(`/v1/jurisdictions/${city.id}`, { name: "新名" }, { "if-match": '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("etag")).toBe('"2"');
    const stale = await api().patch(`/v1/jurisdictions/${city.id}`, { name: "旧名" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body.type).toBe("/problems/precondition_failed");
    const missing = await api().patch(`/v1/jurisdictions/01930000-0000-7000-8000-000000000000`, { name: "x" });
    expect(missing.status).toBe(404);
    const empty = await api().patch(`/v1/jurisdictions/${city.id}`, {});
    expect(empty.status).toBe(422);
  });
});
