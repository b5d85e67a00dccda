import { describe, expect, it } from "vitest";
import { schoolPageSchema, schoolSchema } from "../../../src/contract/schools.ts";
import { useTestApp } from "../../support/app.ts";
import { makeJurisdiction, makeSchool, uniqueCode } from "../../support/factories.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

describe("schools", () => {
  it("creates and reads a school with defaults", async () => {
    const city = await makeJurisdiction(api());
    const created = await makeSchool(api(), city.id, { stages: ["nine_year", "primary", "junior_secondary"], staffingQuota: 60 });
    const res = await api().get(`/v1/schools/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBe('"1"');
    expect(schoolSchema.parse(res.body)).toMatchObject({
      jurisdictionId: city.id,
      stages: ["nine_year", "primary", "junior_secondary"],
      remote: false,
      weak: false,
      staffingQuota: 60,
    });
  });

  it("validates stages, quota and the jurisdiction reference", async () => {
    const city = await makeJurisdiction(api());
    const bad = await api().post("/v1/schools", {
      code: uniqueCode("S"),
      name: "x",
      jurisdictionId: city.id,
      stages: [],
      ownership: "state",
      locationClass: "urban",
      staffingQuota: -1,
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/ownership", "/staffingQuota", "/stages"]);
    const missing = await api().post("/v1/schools", {
      code: uniqueCode("S"),
      name: "x",
      jurisdictionId: "01930000-0000-7000-8000-000000000000",
      stages: ["primary"],
      ownership: "public",
      locationClass: "urban",
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].pointer).toBe("/jurisdictionId");
    expect((await api().get("/v1/schools/01930000-0000-7000-8000-000000000000")).status).toBe(404);
    expect((await api().get("/v1/schools/not-a-uuid")).status).toBe(422);
  });

  it("filters by jurisdiction subtree, stage, class and flags", async () => {
    const city = await makeJurisdiction(api());
    const county = await makeJurisdiction(api(), { level: "county", parentId: city.id });
    const other = await makeJurisdiction(api());
    const urban = await makeSchool(api(), city.id);
    const rural = await makeSchool(api(), county.id, { locationClass: "rural", remote: true, weak: true, stages: ["junior_secondary"] });
    const vocational = await makeSchool(api(), county.id, { stages: ["vocational"], ownership: "private", locationClass: "town" });
    await makeSchool(api(), other.id, { locationClass: "rural" });
    const ids = async (query: string) =>
      schoolPageSchema.parse((await api().get(`/v1/schools?jurisdictionId=${city.id}&${query}`)).body).items.map((s) => s.id);
    expect(await ids("")).toEqual([urban.id, rural.id, vocational.id]);
    expect(await ids("locationClass=rural")).toEqual([rural.id]);
    expect(await ids("remote=true")).toEqual([rural.id]);
    expect(await ids("weak=false")).toEqual([urban.id, vocational.id]);
    expect(await ids("stage=vocational")).toEqual([vocational.id]);
    expect(await ids("ownership=private")).toEqual([vocational.id]);
    const countyOnly = schoolPageSchema.parse((await api().get(`/v1/schools?jurisdictionId=${county.id}`)).body);
    expect(countyOnly.items.map((s) => s.id)).toEqual([rural.id, vocational.id]);
    expect((await api().get(`/v1/schools?remote=maybe`)).status).toBe(422);
  });

  it("moves a school between jurisdictions and guards with If-Match", async () => {
    const a = await makeJurisdiction(api());
    const b = await makeJurisdiction(api());
    const school = await makeSchool(api(), a.id);
    const moved = await api().patch(`/v1/schools/${school.id}`, { jurisdictionId: b.id, name: "新名" }, { "if-match": '"1"' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ jurisdictionId: b.id, name: "新名", weak: false, version: 2 });
    const inB = schoolPageSchema.parse((await api().get(`/v1/schools?jurisdictionId=${b.id}`)).body);
    expect(inB.items.map((s) => s.id)).toEqual([school.id]);
    const inA = schoolPageSchema.parse((await api().get(`/v1/schools?jurisdictionId=${a.id}`)).body);
    expect(inA.items).toEqual([]);
    const stale = await api().patch(`/v1/schools/${school.id}`, { name: "旧名" }, { "if-match": '"1"' });
    expect(stale.status).toBe(412);
  });

  it("follows its jurisdiction when the jurisdiction moves", async () => {
    const city = await makeJurisdiction(api());
    const county = await makeJurisdiction(api(), { level: "county" });
    const school = await makeSchool(api(), county.id);
    expect((await api().patch(`/v1/jurisdictions/${county.id}`, { parentId: city.id })).status).toBe(200);
    const inCity = schoolPageSchema.parse((await api().get(`/v1/schools?jurisdictionId=${city.id}`)).body);
    expect(inCity.items.map((s) => s.id)).toEqual([school.id]);
  });
});
