import { serve, type ServerType } from "@hono/node-server";
import type { Middleware } from "openapi-fetch";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
// The public entry point, exactly as a consumer imports it (package.json "exports": "./client").
import { createShiziClient, type Problem, type ShiziClient } from "shizi/client";
import { useTestApp } from "../support/app.ts";
import { uniqueCode } from "../support/factories.ts";
import { conformance, loadSpec, type Violation } from "./conformance.ts";

/**
 * End to end: a real listening server, driven through the generated TypeScript client. Every response is
 * also checked against src/client/openapi.json (status, media type, documented headers, body schema), so
 * a handler that answers something its contract does not describe fails here even when the call "works".
 */
const ctx = useTestApp();
const spec = loadSpec();
const violations: Violation[] = [];
let server: ServerType;
let baseUrl: string;
let shizi: ShiziClient;

/**
 * Responses known today to differ from the contract. Each is a bug in someone's route; the last test
 * fails once an entry no longer occurs, so the entry is removed together with the fix.
 */
const KNOWN_DRIFT: { operationId: string; status: number; pointer: string; why: string }[] = [];
const isKnown = (v: Violation) =>
  KNOWN_DRIFT.some((d) => d.operationId === v.operationId && d.status === v.status && d.pointer === v.pointer);

const requestIds: Middleware = {
  onResponse({ request, response, schemaPath }) {
    if (!response.headers.get("x-request-id")) {
      violations.push({
        operationId: `${request.method} ${schemaPath}`,
        status: response.status,
        pointer: "",
        message: "no X-Request-Id header",
      });
    }
  },
};

function connect(token?: string | (() => string)): ShiziClient {
  const client = createShiziClient({ baseUrl, token });
  client.use(conformance(spec, violations), requestIds);
  return client;
}

const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

beforeAll(async () => {
  await new Promise<void>((resolve) => {
    server = serve({ fetch: ctx.app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
      baseUrl = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
  shizi = connect(() => ctx.token);
});
afterAll(() => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))));
afterEach(() => {
  const unexpected = violations.filter((v) => !isKnown(v));
  violations.length = 0;
  expect(unexpected, "responses that differ from src/client/openapi.json").toEqual([]);
});

describe("generated client against a live server", () => {
  it("checks health", async () => {
    const { data, response } = await shizi.GET("/health");
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ status: "ok", database: ctx.kind });
  });

  it("creates, reads, updates and pages through records", async () => {
    const created = await shizi.POST("/v1/jurisdictions", { body: { code: uniqueCode("E"), name: "端到端市", level: "city" } });
    expect(created.response.status).toBe(201);
    const city = created.data!;
    expect(created.response.headers.get("etag")).toBe('"1"');

    const got = await shizi.GET("/v1/jurisdictions/{jurisdictionId}", { params: { path: { jurisdictionId: city.id } } });
    expect(got.data).toEqual(city);
    const etag = got.response.headers.get("etag")!;
    expect(etag).toBe('"1"');

    const updated = await shizi.PATCH("/v1/jurisdictions/{jurisdictionId}", {
      params: { path: { jurisdictionId: city.id }, header: { "if-match": etag } },
      body: { name: "端到端市（改）" },
    });
    expect(updated.response.status).toBe(200);
    expect(updated.data).toMatchObject({ name: "端到端市（改）", version: 2 });
    expect(updated.response.headers.get("etag")).toBe('"2"');
    const stale = await shizi.PATCH("/v1/jurisdictions/{jurisdictionId}", {
      params: { path: { jurisdictionId: city.id }, header: { "if-match": etag } },
      body: { name: "x" },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error?.type).toBe("/problems/precondition_failed");

    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await shizi.POST("/v1/jurisdictions", {
        body: { code: uniqueCode("E"), name: `区${i}`, level: "district", parentId: city.id },
      });
      expect(r.response.status).toBe(201);
      ids.push(r.data!.id);
    }
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await shizi.GET("/v1/jurisdictions", { params: { query: { parentId: city.id, limit: 2, cursor } } });
      expect(page.response.status).toBe(200);
      pages.push(page.data!.items.map((j) => j.id));
      cursor = page.data!.nextCursor ?? undefined;
    } while (cursor && pages.length < 10);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat()).toEqual(ids);

    const school = await shizi.POST("/v1/schools", {
      body: {
        code: uniqueCode("S"),
        name: "端到端小学",
        jurisdictionId: city.id,
        stages: ["primary"],
        ownership: "public",
        locationClass: "town",
      },
    });
    expect(school.response.status).toBe(201);
    const teacher = await shizi.POST("/v1/teachers", {
      body: {
        name: "端到端",
        gender: "male",
        birthDate: "1990-05-05",
        employmentCategory: "contract",
        schoolId: school.data!.id,
        hireDate: "2014-09-01",
      },
    });
    expect(teacher.response.status).toBe(201);
    const read = await shizi.GET("/v1/teachers/{teacherId}", {
      params: { path: { teacherId: teacher.data!.id }, query: { asOf: "2025-05-05" } },
    });
    expect(read.data).toMatchObject({ age: 35, yearsOfTeaching: 10, currentSchoolId: school.data!.id });
  });

  it("replays a POST with the same Idempotency-Key", async () => {
    const body = { code: uniqueCode("E"), name: "重放市", level: "city" as const };
    const key = uniqueCode("idem");
    const first = await shizi.POST("/v1/jurisdictions", { params: { header: { "idempotency-key": key } }, body });
    const again = await shizi.POST("/v1/jurisdictions", { params: { header: { "idempotency-key": key } }, body });
    expect(first.response.status).toBe(201);
    expect(again.response.status).toBe(201);
    expect(again.data).toEqual(first.data);
    const reused = await shizi.POST("/v1/jurisdictions", {
      params: { header: { "idempotency-key": key } },
      body: { ...body, name: "别的" },
    });
    expect(reused.response.status).toBe(422);
    expect(reused.error?.type).toBe("/problems/idempotency_key_reused");
  });

  it("gets a token for a new client and sees only that client's subtree", async () => {
    const city = (await shizi.POST("/v1/jurisdictions", { body: { code: uniqueCode("E"), name: "人事市", level: "city" } })).data!;
    const other = (await shizi.POST("/v1/jurisdictions", { body: { code: uniqueCode("E"), name: "别市", level: "city" } })).data!;
    const registered = await shizi.POST("/v1/clients", { body: { name: "端到端人事科", role: "hr_clerk", jurisdictionId: city.id } });
    expect(registered.response.status).toBe(201);
    const { id, clientSecret } = registered.data!;

    const issued = await connect().POST("/v1/oauth/token", {
      body: { grant_type: "client_credentials", client_id: id, client_secret: clientSecret },
      headers: FORM,
    });
    expect(issued.response.status).toBe(200);
    expect(issued.data?.token_type).toBe("Bearer");

    const clerk = connect(issued.data!.access_token);
    const me = await clerk.GET("/v1/me");
    expect(me.data).toMatchObject({ clientId: id, role: "hr_clerk", orgType: "jurisdiction", orgId: city.id, teacher: null });
    const own = await clerk.GET("/v1/jurisdictions/{jurisdictionId}", { params: { path: { jurisdictionId: city.id } } });
    expect(own.response.status).toBe(200);
    const outside = await clerk.GET("/v1/jurisdictions/{jurisdictionId}", { params: { path: { jurisdictionId: other.id } } });
    expect(outside.response.status).toBe(404);
  });

  it("returns typed problems for bad input, unknown ids and missing tokens", async () => {
    const bad = await shizi.POST("/v1/jurisdictions", { body: { code: "", name: "x", level: "city" } });
    expect(bad.response.status).toBe(422);
    expect(bad.response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem: Problem | undefined = bad.error;
    expect(problem).toMatchObject({ type: "/problems/validation_failed", status: 422 });
    expect(problem?.errors?.[0]?.pointer).toBe("/code");

    const unknownId = "01930000-0000-7000-8000-000000000000";
    const missing = await shizi.GET("/v1/jurisdictions/{jurisdictionId}", { params: { path: { jurisdictionId: unknownId } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ type: "/problems/not_found", status: 404 });
    const noTeacher = await shizi.GET("/v1/teachers/{teacherId}", { params: { path: { teacherId: unknownId } } });
    expect(noTeacher.response.status).toBe(404);

    const anonymous = await connect().GET("/v1/me");
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.error?.type).toBe("/problems/unauthorized");
  });

  it("answers token errors in the documented RFC 6749 shape, and still shows any known drift", async () => {
    const anonymous = connect();
    const bad = await anonymous.POST("/v1/oauth/token", { body: { client_id: "nobody", client_secret: "x" }, headers: FORM });
    expect(bad.response.status).toBe(400);
    const unknown = await anonymous.POST("/v1/oauth/token", {
      body: { grant_type: "client_credentials", client_id: "nobody", client_secret: "x" },
      headers: FORM,
    });
    expect(unknown.response.status).toBe(401);
    for (const d of KNOWN_DRIFT) {
      const seen = violations.filter((v) => v.operationId === d.operationId && v.status === d.status && v.pointer === d.pointer);
      expect(
        seen.length,
        `${d.operationId} ${d.status} ${d.pointer || "(response)"} conforms now: delete it from KNOWN_DRIFT`,
      ).toBeGreaterThan(0);
    }
  });
});
