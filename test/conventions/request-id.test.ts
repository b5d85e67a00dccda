import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/app.ts";
import { uniqueCode } from "../support/factories.ts";
import { client } from "../support/http.ts";

/** X-Request-Id on every response, and exactly one structured log line per request. */
const ctx = useTestApp();
const api = () => client(ctx);

const UUIDV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

type LogLine = {
  time: string;
  level: string;
  msg: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestId: string;
};

function requestLines(requestId: string): LogLine[] {
  return ctx.logs.map((l) => JSON.parse(l) as LogLine).filter((l) => l.msg === "request" && l.requestId === requestId);
}

const sane = () => `req-${Math.random().toString(36).slice(2)}`;

describe("X-Request-Id", () => {
  it("echoes a sane caller id on success, on errors and in problem bodies", async () => {
    for (const [method, path] of [
      ["GET", "/health"],
      ["GET", "/v1/jurisdictions"],
      ["GET", "/v1/does-not-exist"],
      ["GET", "/v1/jurisdictions?limit=0"],
      ["DELETE", "/v1/jurisdictions"],
    ] as const) {
      const id = sane();
      const res = await api().send(method, path, undefined, { "x-request-id": id });
      expect(res.headers.get("x-request-id"), `${method} ${path}`).toBe(id);
      if (res.status >= 400) expect(res.body.requestId).toBe(id);
    }
  });

  it("accepts the usual id alphabets up to 128 characters", async () => {
    for (const id of ["0193a0c5-8f1e-7b2a-9c4d-5e6f7a8b9c0d", "1-5759e988-bd862e3fe1be46a994272793", "a.b_c:d-e", "x".repeat(128)]) {
      const res = await api().get("/health", { "x-request-id": id });
      expect(res.headers.get("x-request-id")).toBe(id);
    }
  });

  it("replaces an insane or missing id with a new UUIDv7, also on errors", async () => {
    const insane = ["", "Root=1-abc", "has space", "semi;colon", "<script>", "x".repeat(129), "a,b", "tab\there"];
    const seen = new Set<string>();
    for (const id of insane) {
      const res = await api().get("/v1/jurisdictions?limit=abc", { "x-request-id": id });
      expect(res.status).toBe(422);
      const got = res.headers.get("x-request-id")!;
      expect(got, JSON.stringify(id)).toMatch(UUIDV7);
      expect(res.body.requestId).toBe(got);
      seen.add(got);
    }
    const none = await api().get("/v1/nowhere");
    expect(none.status).toBe(404);
    expect(none.headers.get("x-request-id")).toMatch(UUIDV7);
    seen.add(none.headers.get("x-request-id")!);
    expect(seen.size).toBe(insane.length + 1);
  });

  it("is set on a 401 (the permission middleware runs inside the request context)", async () => {
    const id = sane();
    const res = await client(ctx, null).get("/v1/jurisdictions", { "x-request-id": id });
    expect(res.status).toBe(401);
    expect(res.headers.get("x-request-id")).toBe(id);
  });
});

describe("request log", () => {
  it("writes exactly one JSON line per request with method, path, status, durationMs and requestId", async () => {
    const cases = [
      { method: "GET", path: "/health", status: 200 },
      { method: "POST", path: "/v1/jurisdictions", body: { code: uniqueCode("J"), name: "日志市", level: "city" }, status: 201 },
      { method: "POST", path: "/v1/jurisdictions", body: "{oops", status: 400 },
      { method: "GET", path: "/v1/jurisdictions?limit=0", status: 422 },
      { method: "GET", path: "/v1/unknown", status: 404 },
      { method: "PATCH", path: "/v1/jurisdictions", body: {}, status: 405 },
    ];
    for (const { method, path, body, status } of cases) {
      const id = sane();
      const res = await api().send(method, path, body, { "x-request-id": id });
      expect(res.status, `${method} ${path}`).toBe(status);
      const lines = requestLines(id);
      expect(lines, `${method} ${path}`).toHaveLength(1);
      const [line] = lines;
      expect(line).toMatchObject({ level: "info", method, path: path.split("?")[0], status, requestId: id });
      expect(typeof line!.durationMs).toBe("number");
      expect(line!.durationMs).toBeGreaterThanOrEqual(0);
      expect(Number.isNaN(Date.parse(line!.time))).toBe(false);
    }
  });

  it("logs the generated id when the caller sent none, and never logs the query string", async () => {
    const res = await api().get("/v1/jurisdictions?limit=3&subtreeOf=01930000-0000-7000-8000-000000000000");
    const id = res.headers.get("x-request-id")!;
    const lines = requestLines(id);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.path).toBe("/v1/jurisdictions");
  });

  it("every log line is a single line of JSON", () => {
    expect(ctx.logs.length).toBeGreaterThan(0);
    for (const line of ctx.logs) {
      expect(line).not.toContain("\n");
      expect(() => JSON.parse(line)).not.toThrow();
    }
  });
});
