import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createShiziClient, type ShiziClient } from "../../src/client/index.ts";
import { useTestApp } from "../support/app.ts";
import { uniqueCode } from "../support/factories.ts";

/** End to end: a real listening server, driven through the generated TypeScript client. */
const ctx = useTestApp();
let server: ServerType;
let shizi: ShiziClient;
let baseUrl: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: ctx.app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
      baseUrl = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  shizi = createShiziClient({ baseUrl, token: () => ctx.token });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("generated client against a live server", () => {
  it("checks health", async () => {
    const { data } = await shizi.GET("/health");
    expect(data).toMatchObject({ status: "ok", database: ctx.kind });
  });

  it("creates, reads, updates and pages through records", async () => {
    const created = await shizi.POST("/v1/jurisdictions", { body: { code: uniqueCode("E"), name: "端到端市", level: "city" } });
    expect(created.response.status).toBe(201);
    const city = created.data!;
    const got = await shizi.GET("/v1/jurisdictions/{jurisdictionId}", { params: { path: { jurisdictionId: city.id } } });
    expect(got.response.headers.get("etag")).toBe('"1"');
    const updated = await shizi.PATCH("/v1/jurisdictions/{jurisdictionId}", {
      params: { path: { jurisdictionId: city.id }, header: { "if-match": '"1"' } },
      body: { name: "端到端市（改）" },
    });
    expect(updated.data?.version).toBe(2);
    const stale = await shizi.PATCH("/v1/jurisdictions/{jurisdictionId}", {
      params: { path: { jurisdictionId: city.id }, header: { "if-match": '"1"' } },
      body: { name: "x" },
    });
    expect(stale.response.status).toBe(412);

    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await shizi.POST("/v1/jurisdictions", { body: { code: uniqueCode("E"), name: `区${i}`, level: "district", parentId: city.id } });
      ids.push(r.data!.id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await shizi.GET("/v1/jurisdictions", { params: { query: { parentId: city.id, limit: 2, cursor } } });
      seen.push(...page.data!.items.map((j) => j.id));
      cursor = page.data!.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(ids);

    const school = await shizi.POST("/v1/schools", {
      body: { code: uniqueCode("S"), name: "端到端小学", jurisdictionId: city.id, stages: ["primary"], ownership: "public", locationClass: "town" },
    });
    const teacher = await shizi.POST("/v1/teachers", {
      body: { name: "端到端", gender: "male", birthDate: "1990-05-05", employmentCategory: "contract", schoolId: school.data!.id, hireDate: "2014-09-01" },
    });
    const read = await shizi.GET("/v1/teachers/{teacherId}", { params: { path: { teacherId: teacher.data!.id }, query: { asOf: "2025-05-05" } } });
    expect(read.data).toMatchObject({ age: 35, yearsOfTeaching: 10, currentSchoolId: school.data!.id });
  });

  it("returns typed problems for bad input, unknown ids and missing tokens", async () => {
    const bad = await shizi.POST("/v1/jurisdictions", { body: { code: "", name: "x", level: "city" } });
    expect(bad.response.status).toBe(422);
    expect(bad.error?.errors?.[0]?.pointer).toBe("/code");
    const missing = await shizi.GET("/v1/teachers/{teacherId}", { params: { path: { teacherId: "01930000-0000-7000-8000-000000000000" } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.type).toBe("/problems/not_found");
    const anonymous = await createShiziClient({ baseUrl }).GET("/v1/me");
    expect(anonymous.response.status).toBe(401);
  });
});
