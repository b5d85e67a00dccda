import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { encodeCursor } from "../../src/lib/http.ts";
import { createLogger } from "../../src/lib/logger.ts";
import { PROBLEM_TYPES, problemSchema, type Problem } from "../../src/lib/problem.ts";
import { testAuthService, useTestApp } from "../support/app.ts";
import { uniqueCode } from "../support/factories.ts";
import { client, type JsonResponse } from "../support/http.ts";

/**
 * The error conventions (ARCHITECTURE.md, "Errors"): every non-2xx answer is an RFC 9457 problem with
 * type/title/status/instance/requestId, served as application/problem+json, from the closed catalogue.
 */
const ctx = useTestApp();
const api = () => client(ctx);

const UUIDV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Asserts the shared problem shape and returns the parsed body. */
function expectProblem(res: JsonResponse, status: number, code: keyof typeof PROBLEM_TYPES, instance: string): Problem {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = problemSchema.strict().parse(res.body);
  expect(body.type).toBe(`/problems/${code}`);
  expect(body.title).toBe(PROBLEM_TYPES[code].title);
  expect(body.status).toBe(status);
  expect(PROBLEM_TYPES[code].status).toBe(status);
  expect(body.instance).toBe(instance);
  expect(body.requestId).toMatch(UUIDV7);
  expect(res.headers.get("x-request-id")).toBe(body.requestId);
  return body;
}

const jurisdiction = () => ({ code: uniqueCode("J"), name: "问题测试市", level: "city" });

describe("problem+json for every error", () => {
  it("answers malformed JSON with 400 malformed_json", async () => {
    const res = await api().post("/v1/jurisdictions", '{"code": "x", "name": ', {});
    expectProblem(res, 400, "malformed_json", "/v1/jurisdictions");
  });

  it("answers a non-JSON media type with 415", async () => {
    const res = await api().post("/v1/jurisdictions", JSON.stringify(jurisdiction()), { "content-type": "text/plain" });
    const body = expectProblem(res, 415, "unsupported_media_type", "/v1/jurisdictions");
    expect(body.detail).toMatch(/application\/json/);
  });

  it("answers an unknown route with 404 naming the method and path", async () => {
    const res = await api().get("/v1/no-such-resource");
    const body = expectProblem(res, 404, "not_found", "/v1/no-such-resource");
    expect(body.detail).toContain("GET /v1/no-such-resource");
    // Outside /v1 too.
    expectProblem(await api().get("/nothing/here"), 404, "not_found", "/nothing/here");
  });

  it("answers a wrong method with 405 and an Allow header listing the right ones", async () => {
    const collection = await api().send("DELETE", "/v1/jurisdictions");
    expectProblem(collection, 405, "method_not_allowed", "/v1/jurisdictions");
    expect(collection.headers.get("allow")?.split(/,\s*/).sort()).toEqual(["GET", "POST"]);

    const path = "/v1/jurisdictions/01930000-0000-7000-8000-000000000000";
    const item = await api().send("PUT", path, jurisdiction());
    expectProblem(item, 405, "method_not_allowed", path);
    expect(item.headers.get("allow")?.split(/,\s*/).sort()).toEqual(["GET", "PATCH"]);
  });

  it("answers a body over the limit (256 KiB in the harness) with 413, before reading it as JSON", async () => {
    const big = { ...jurisdiction(), name: "大".repeat(100 * 1024) }; // 300 KiB of UTF-8
    const res = await api().post("/v1/jurisdictions", big);
    const body = expectProblem(res, 413, "payload_too_large", "/v1/jurisdictions");
    expect(body.detail).toContain(String(256 * 1024));
    // Not JSON at all, still 413 (the limit comes first).
    const junk = await api().post("/v1/jurisdictions", "x".repeat(300 * 1024), {});
    expectProblem(junk, 413, "payload_too_large", "/v1/jurisdictions");
  });

  it("applies the limit to a streamed body without Content-Length", async () => {
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const raw = await ctx.app.request("/v1/jurisdictions", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json", authorization: `Bearer ${ctx.token}` },
      duplex: "half",
    } as RequestInit);
    expect(raw.status).toBe(413);
    expect(raw.headers.get("content-type")).toBe("application/problem+json");
  });

  it("accepts a body just under the limit (the limit is not off by a lot)", async () => {
    // 200 KiB is under the limit; the request fails validation (name too long), not with 413.
    const res = await api().post("/v1/jurisdictions", { ...jurisdiction(), name: "n".repeat(200 * 1024) });
    const body = expectProblem(res, 422, "validation_failed", "/v1/jurisdictions");
    expect(body.errors).toEqual([expect.objectContaining({ pointer: "/name" })]);
  });

  it("answers validation failures with 422 and a JSON pointer per body field", async () => {
    const res = await api().post("/v1/jurisdictions", { code: "", level: "planet", parentId: "not-a-uuid" });
    const body = expectProblem(res, 422, "validation_failed", "/v1/jurisdictions");
    const pointers = body.errors!.map((e) => e.pointer).sort();
    expect(pointers).toEqual(["/code", "/level", "/name", "/parentId"]);
    for (const e of body.errors!) {
      expect(e.parameter).toBeUndefined();
      expect(e.detail.length).toBeGreaterThan(0);
    }
  });

  it("escapes pointer segments per RFC 6901", async () => {
    // No route body has keys with "/" or "~", so check the mapping helper directly.
    const { issuesToFieldErrors } = await import("../../src/lib/zod-issues.ts");
    expect(issuesToFieldErrors("json", [{ path: ["a/b", "c~d", 0], message: "m" }])).toEqual([{ pointer: "/a~1b/c~0d/0", detail: "m" }]);
    expect(issuesToFieldErrors("query", [{ path: ["limit"], message: "m" }])).toEqual([{ parameter: "limit", detail: "m" }]);
  });

  it("answers a bad query parameter with 422 naming the parameter, not a pointer", async () => {
    for (const limit of ["0", "abc", "201", "-1", "1.5"]) {
      const path = `/v1/jurisdictions?limit=${limit}`;
      const res = await api().get(path);
      const body = expectProblem(res, 422, "validation_failed", "/v1/jurisdictions");
      expect(body.errors, limit).toEqual([{ parameter: "limit", detail: expect.any(String) }]);
    }
    const badFilter = await api().get("/v1/jurisdictions?parentId=nope");
    expect(expectProblem(badFilter, 422, "validation_failed", "/v1/jurisdictions").errors).toEqual([
      { parameter: "parentId", detail: expect.any(String) },
    ]);
  });

  it("answers a bad path parameter with 422 naming it", async () => {
    const res = await api().get("/v1/jurisdictions/not-a-uuid");
    const body = expectProblem(res, 422, "validation_failed", "/v1/jurisdictions/not-a-uuid");
    expect(body.errors).toEqual([{ parameter: "jurisdictionId", detail: expect.any(String) }]);
  });

  it("answers a garbage cursor with 422 parameter cursor", async () => {
    const garbage = ["!!!", "bm90IGpzb24", encodeCursor([]), encodeCursor(["a", "b"]), btoa('{"id":1}'), "%E4%B8%AD"];
    for (const cursor of garbage) {
      const res = await api().get(`/v1/jurisdictions?cursor=${cursor}`);
      const body = expectProblem(res, 422, "validation_failed", "/v1/jurisdictions");
      expect(body.errors, cursor).toEqual([{ parameter: "cursor", detail: expect.any(String) }]);
    }
  });

  it("answers a well-formed cursor holding a value of the wrong type with 422, not 500", async () => {
    for (const keys of [["not-a-uuid"], [12345]]) {
      const res = await api().get(`/v1/jurisdictions?cursor=${encodeCursor(keys)}`);
      expectProblem(res, 422, "validation_failed", "/v1/jurisdictions");
    }
  });

  it("answers a missing token with 401 problem and WWW-Authenticate", async () => {
    const res = await client(ctx, null).get("/v1/jurisdictions");
    expectProblem(res, 401, "unauthorized", "/v1/jurisdictions");
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
  });

  it("documents the whole catalogue in the OpenAPI description", async () => {
    const res = await client(ctx, null).get("/openapi.json");
    expect(res.status).toBe(200);
    const text = JSON.stringify(res.body);
    for (const code of Object.keys(PROBLEM_TYPES)) expect(text, code).toContain(`/problems/${code}`);
  });
});

describe("unhandled errors", () => {
  const secret = "password=hunter2 host=db.internal";
  const logs: string[] = [];
  /** A database whose every method throws: the least intrusive way to make a route fail unexpectedly. */
  const brokenDb = new Proxy(
    {},
    {
      get(_target, prop) {
        if (prop === "then") return undefined; // not a thenable
        return () => {
          throw new Error(`connection refused (${secret})`);
        };
      },
    },
  );
  const broken = createApp({
    getDb: () => brokenDb as never,
    dbKind: "pglite",
    logger: createLogger("info", (line) => logs.push(line)),
    maxBodyBytes: 256 * 1024,
    auth: testAuthService(),
  });

  it("answers 500 with the request id and nothing internal", async () => {
    const res = await broken.request("/health");
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = problemSchema.strict().parse(JSON.parse(text));
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toMatch(UUIDV7);
    expect(body).toMatchObject({
      type: "/problems/internal",
      title: PROBLEM_TYPES.internal.title,
      status: 500,
      instance: "/health",
      requestId,
    });
    expect(body.detail).toContain(requestId!);
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("connection refused");
    expect(text).not.toMatch(/\bat .*\.ts:\d+/); // no stack frames
    expect(text).not.toContain("Error:");
  });

  it("keeps the internals in the log, tied to the request id", async () => {
    const res = await broken.request("/health", { headers: { "x-request-id": "trace-500-abc" } });
    expect(res.status).toBe(500);
    expect(res.headers.get("x-request-id")).toBe("trace-500-abc");
    const mine = logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.requestId === "trace-500-abc");
    const error = mine.find((l) => l.msg === "unhandled error");
    expect(error).toMatchObject({ level: "error" });
    expect(String(error!.error)).toContain("connection refused");
    expect(String(error!.stack)).toContain("at ");
    const request = mine.filter((l) => l.msg === "request");
    expect(request).toEqual([expect.objectContaining({ level: "error", status: 500, path: "/health", method: "GET" })]);
  });

  it("answers 500 on an authenticated route too (the failure happens inside authentication)", async () => {
    const res = await broken.request("/v1/jurisdictions", { headers: { authorization: `Bearer ${ctx.token}` } });
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(JSON.parse(text)).toMatchObject({ type: "/problems/internal", instance: "/v1/jurisdictions" });
    expect(text).not.toContain("hunter2");
  });
});
