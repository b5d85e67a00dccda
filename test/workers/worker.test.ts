import { env, SELF } from "cloudflare:test";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import journal from "../../drizzle/meta/_journal.json";
import { insertClient } from "../../src/auth/client-records.ts";
import { createAuthService } from "../../src/auth/service.ts";
import * as schema from "../../src/db/schema/index.ts";
import type { Database } from "../../src/db/types.ts";
import { parseEnv } from "../../src/env.ts";

/**
 * The Worker entry inside workerd (the same isolate as these tests; SELF.fetch goes through the
 * static-assets layer and then the Worker, as in production).
 *
 * Database tests need a PostgreSQL server behind the Hyperdrive binding and are skipped without one
 * (HAS_PG is set by vitest.config.ts when DATABASE_URL is): a local Hyperdrive query against a missing
 * server crashes the whole vitest process (stack.md §4). The Worker never migrates; the database must
 * be migrated first (`npm test` does it in the node project's globalSetup, CI runs `npm run db:migrate`).
 */
const bindings = env as unknown as { HAS_PG?: string; HYPERDRIVE?: { connectionString: string }; SECRET_HASH_ITERATIONS?: string };
const hasPg = Boolean(bindings.HAS_PG);
const base = "http://shizi.test";

describe("worker without a database", () => {
  it("runs in workerd", () => {
    expect((globalThis as unknown as { navigator: { userAgent: string } }).navigator.userAgent).toContain("Cloudflare-Workers");
  });

  it("serves the OpenAPI 3.1 document", async () => {
    const res = await SELF.fetch(`${base}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/v1/jurisdictions");
  });

  it("serves the docs page and its UI bundle from static assets, without a CDN", async () => {
    const page = await SELF.fetch(`${base}/docs`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("/docs/scalar.js");
    expect(html).not.toContain("cdn.jsdelivr.net");
    const bundle = await SELF.fetch(`${base}/docs/scalar.js`);
    expect(bundle.status, "dist/assets/docs/scalar.js missing? run `npm run build:assets`").toBe(200);
    expect(bundle.headers.get("content-type")).toContain("javascript");
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });

  it("answers unknown routes with problem+json and a request id", async () => {
    const res = await SELF.fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.headers.get("x-request-id")).toBeTruthy();
  });

  it("takes its configuration from wrangler.toml [vars]", () => {
    // Production Workers refuse PBKDF2 above 100,000 iterations (workerd#1346); see the database tests.
    expect(parseEnv(env as Record<string, unknown>).SECRET_HASH_ITERATIONS).toBeLessThanOrEqual(100_000);
  });
});

describe.skipIf(!hasPg)("worker on PostgreSQL through Hyperdrive", () => {
  const secret = `worker-test-${crypto.randomUUID()}`;
  let clientId = "";
  let token = "";

  const api = (path: string, init: RequestInit = {}) =>
    SELF.fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) } });

  const tokenFor = (id: string, pass: string) =>
    SELF.fetch(`${base}/v1/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${btoa(`${id}:${pass}`)}` },
      body: "grant_type=client_credentials",
    });

  beforeAll(async () => {
    // Local workerd does not enforce the production PBKDF2 cap; impose it here so a hash the Worker
    // could not verify in production fails the test instead of passing locally.
    const derive = crypto.subtle.deriveBits.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, "deriveBits").mockImplementation(async (algorithm, key, length) => {
      const iterations = (algorithm as { iterations: number }).iterations;
      if (iterations > 100_000)
        throw new DOMException(
          `Pbkdf2 failed: iteration counts above 100000 are not supported (requested ${iterations})`,
          "NotSupportedError",
        );
      return derive(algorithm, key, length);
    });

    // A root administrator, inserted the way an operator would before the first deploy. The test
    // isolate has its own postgres.js client over the same binding; like the Worker, it never calls end().
    const sql = postgres(bindings.HYPERDRIVE!.connectionString, { max: 1, fetch_types: false, onnotice: () => {} });
    const db = drizzle(sql, { schema, casing: "snake_case" }) as unknown as Database;
    const auth = createAuthService(parseEnv(env as Record<string, unknown>));
    const { client } = await insertClient(db, auth, { name: "worker test admin", role: "bureau_admin", secret });
    clientId = client.id;
    const res = await tokenFor(clientId, secret);
    if (res.status === 200) token = ((await res.json()) as { access_token: string }).access_token;
  });

  afterAll(() => {
    vi.restoreAllMocks();
  });

  it("reports health from PostgreSQL with every committed migration applied", async () => {
    const res = await SELF.fetch(`${base}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: string; migrations: number };
    expect(body).toEqual({ status: "ok", database: "postgres", migrations: journal.entries.length });
  });

  it("issues tokens for client credentials under the production PBKDF2 cap", async () => {
    const res = await tokenFor(clientId, secret);
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as { access_token: string; token_type: string };
    expect(body.token_type.toLowerCase()).toBe("bearer");
    expect(token).not.toBe("");
    expect((await tokenFor(clientId, `${secret}-wrong`)).status).toBe(401);
    expect((await tokenFor(crypto.randomUUID(), secret)).status).toBe(401);
  });

  it("reads a list page", async () => {
    expect((await SELF.fetch(`${base}/v1/jurisdictions?limit=1`)).status).toBe(401);
    const res = await api("/v1/jurisdictions?limit=1");
    expect(res.status, await res.clone().text()).toBe(200);
    const page = (await res.json()) as { items: unknown[] };
    expect(Array.isArray(page.items)).toBe(true);
    expect(page.items.length).toBeLessThanOrEqual(1);
  });

  it("writes and reads back a jurisdiction with its ETag", async () => {
    const code = `W${crypto.randomUUID().slice(0, 8)}`;
    const created = await api("/v1/jurisdictions", {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": crypto.randomUUID() },
      body: JSON.stringify({ code, name: "Worker City", level: "city" }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const read = await api(`/v1/jurisdictions/${id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get("etag")).toBeTruthy();
    expect(await read.json()).toMatchObject({ id, code, name: "Worker City", level: "city", version: 1 });
  });

  it("creates clients whose secrets the Worker can verify", async () => {
    const res = await api("/v1/clients", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "worker-made admin", role: "bureau_admin" }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const made = (await res.json()) as { id: string; clientSecret: string };
    expect((await tokenFor(made.id, made.clientSecret)).status).toBe(200);
  });
});
