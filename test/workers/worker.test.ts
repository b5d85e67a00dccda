import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";

/**
 * The Worker entry inside workerd. Database tests need a PostgreSQL server behind the Hyperdrive
 * binding and are skipped without one (a Hyperdrive query against a missing server crashes vitest).
 */
const hasPg = Boolean((env as { HAS_PG?: string }).HAS_PG);

describe("worker", () => {
  it("runs in workerd", () => {
    expect((globalThis as unknown as { navigator: { userAgent: string } }).navigator.userAgent).toContain("Cloudflare-Workers");
  });

  it("serves the OpenAPI document", async () => {
    const res = await SELF.fetch("http://shizi.test/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/v1/teachers");
  });

  it("serves the docs page and its UI bundle without a CDN", async () => {
    const page = await SELF.fetch("http://shizi.test/docs");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("/docs/scalar.js");
    const bundle = await SELF.fetch("http://shizi.test/docs/scalar.js");
    expect(bundle.status, await bundle.clone().text()).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });

  it("answers unknown routes with problem+json", async () => {
    const res = await SELF.fetch("http://shizi.test/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });

  it.skipIf(!hasPg)("reports health from PostgreSQL through Hyperdrive", async () => {
    const res = await SELF.fetch("http://shizi.test/health");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { database: string; migrations: number };
    expect(body.database).toBe("postgres");
    expect(body.migrations).toBeGreaterThan(0);
  });

  it.skipIf(!hasPg)("reads the database with a token it issued itself", async () => {
    // The JWKS read creates or loads the signing key from the database; an unauthenticated list is 401.
    const keys = await SELF.fetch("http://shizi.test/.well-known/jwks.json");
    expect(keys.status).toBe(200);
    expect(((await keys.json()) as { keys: unknown[] }).keys.length).toBeGreaterThan(0);
    const anonymous = await SELF.fetch("http://shizi.test/v1/jurisdictions?limit=1");
    expect(anonymous.status).toBe(401);
  });
});
