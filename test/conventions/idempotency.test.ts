import { decodeJwt } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { idempotencyKeys } from "../../src/db/schema/index.ts";
import { jurisdictionPageSchema, jurisdictionSchema } from "../../src/contract/jurisdictions.ts";
import { useTestApp } from "../support/app.ts";
import { makeJurisdiction, uniqueCode } from "../support/factories.ts";
import { client, type JsonResponse } from "../support/http.ts";

/**
 * Idempotency-Key on POST (ARCHITECTURE.md): the same key and body replay the stored response; the same
 * key with a different body is 422; concurrent duplicates never create two records.
 */
const ctx = useTestApp();
const api = () => client(ctx);
const newKey = () => `idem-${crypto.randomUUID()}`;

async function childrenOf(parentId: string) {
  const res = await api().get(`/v1/jurisdictions?parentId=${parentId}&limit=200`);
  expect(res.status).toBe(200);
  return jurisdictionPageSchema.parse(res.body).items;
}

function countyUnder(parentId: string) {
  return { code: uniqueCode("IK"), name: "幂等县", level: "county", parentId };
}

const replayed = (res: JsonResponse) => res.headers.get("idempotent-replayed");

afterEach(() => {
  vi.useRealTimers();
});

describe("Idempotency-Key", () => {
  it("replays the stored response for the same key and body, and creates one record", async () => {
    const parent = await makeJurisdiction(api());
    const body = countyUnder(parent.id);
    const key = newKey();
    const first = await api().post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(first.status).toBe(201);
    expect(replayed(first)).toBeNull();
    const created = jurisdictionSchema.parse(first.body);

    for (let i = 0; i < 2; i++) {
      const again = await api().post("/v1/jurisdictions", body, { "idempotency-key": key });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
      expect(again.headers.get("location")).toBe(`/v1/jurisdictions/${created.id}`);
      expect(again.headers.get("location")).toBe(first.headers.get("location"));
      expect(again.headers.get("content-type")).toBe(first.headers.get("content-type"));
      expect(replayed(again)).toBe("true");
      // The replay is a new request: it has its own request id.
      expect(again.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    }
    expect((await childrenOf(parent.id)).map((j) => j.id)).toEqual([created.id]);
  });

  it("treats the same key with a different body as 422 idempotency_key_reused, and keeps the original", async () => {
    const parent = await makeJurisdiction(api());
    const body = countyUnder(parent.id);
    const key = newKey();
    const first = await api().post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(first.status).toBe(201);

    const changed = await api().post("/v1/jurisdictions", { ...body, name: "别的县" }, { "idempotency-key": key });
    expect(changed.status).toBe(422);
    expect(changed.headers.get("content-type")).toBe("application/problem+json");
    expect(changed.body).toMatchObject({ type: "/problems/idempotency_key_reused", status: 422, instance: "/v1/jurisdictions" });
    expect(replayed(changed)).toBeNull();

    const original = await api().post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(original.status).toBe(201);
    expect(original.body).toEqual(first.body);
    expect(await childrenOf(parent.id)).toHaveLength(1);
  });

  it("treats the same key on a different path as reused", async () => {
    const parent = await makeJurisdiction(api());
    const key = newKey();
    expect((await api().post("/v1/jurisdictions", countyUnder(parent.id), { "idempotency-key": key })).status).toBe(201);
    const elsewhere = await api().post("/v1/schools", { code: uniqueCode("S") }, { "idempotency-key": key });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.type).toBe("/problems/idempotency_key_reused");
  });

  it("stores and replays a 422 validation answer (the outcome is deterministic for that body)", async () => {
    const parent = await makeJurisdiction(api());
    const bad = { code: uniqueCode("IK"), name: "", level: "county", parentId: parent.id };
    const key = newKey();
    const first = await api().post("/v1/jurisdictions", bad, { "idempotency-key": key });
    expect(first.status).toBe(422);
    expect(first.body.errors).toEqual([expect.objectContaining({ pointer: "/name" })]);
    const again = await api().post("/v1/jurisdictions", bad, { "idempotency-key": key });
    expect(again.status).toBe(422);
    expect(replayed(again)).toBe("true");
    expect(again.headers.get("content-type")).toBe("application/problem+json");
    expect(again.body).toEqual(first.body); // byte for byte, including the first request's id
    expect(await childrenOf(parent.id)).toHaveLength(0);
  });

  it("stores and replays a 409 conflict as well", async () => {
    const existing = await makeJurisdiction(api());
    const key = newKey();
    const dup = { code: existing.code, name: "重复", level: "city" };
    const first = await api().post("/v1/jurisdictions", dup, { "idempotency-key": key });
    expect(first.status).toBe(409);
    const again = await api().post("/v1/jurisdictions", dup, { "idempotency-key": key });
    expect(again.status).toBe(409);
    expect(replayed(again)).toBe("true");
  });

  it("lets concurrent requests with one key create exactly one record", async () => {
    const parent = await makeJurisdiction(api());
    const body = countyUnder(parent.id);
    const key = newKey();
    const results = await Promise.all(Array.from({ length: 5 }, () => api().post("/v1/jurisdictions", body, { "idempotency-key": key })));
    const fresh = results.filter((r) => r.status === 201 && replayed(r) === null);
    expect(fresh, JSON.stringify(results.map((r) => [r.status, r.body]))).toHaveLength(1);
    for (const r of results) {
      if (r === fresh[0]) continue;
      if (r.status === 409) {
        expect(r.body.type).toBe("/problems/idempotency_in_progress");
      } else {
        expect(r.status).toBe(201);
        expect(replayed(r)).toBe("true");
        expect(r.body).toEqual(fresh[0]!.body);
      }
    }
    const children = await childrenOf(parent.id);
    expect(children.map((j) => j.id)).toEqual([fresh[0]!.body.id]);
    // After the first finished, a retry replays.
    const retry = await api().post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(replayed(retry)).toBe("true");
    expect(retry.body).toEqual(fresh[0]!.body);
  });

  it("answers 409 idempotency_in_progress while a claim is live, and takes over an abandoned one", async () => {
    // White box: plant the claim row a running (or crashed) request leaves behind.
    const parent = await makeJurisdiction(api());
    const body = countyUnder(parent.id);
    const text = JSON.stringify(body);
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`POST /v1/jurisdictions\n${text}`));
    const requestHash = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
    const scope = decodeJwt(ctx.token).sub!;
    const live = newKey();
    const abandoned = newKey();
    await ctx.db.insert(idempotencyKeys).values([
      { scope, key: live, method: "POST", path: "/v1/jurisdictions", requestHash },
      { scope, key: abandoned, method: "POST", path: "/v1/jurisdictions", requestHash, createdAt: new Date(Date.now() - 10 * 60_000) },
    ]);
    const busy = await api().post("/v1/jurisdictions", text, { "idempotency-key": live });
    expect(busy.status).toBe(409);
    expect(busy.body.type).toBe("/problems/idempotency_in_progress");
    expect(busy.headers.get("content-type")).toBe("application/problem+json");

    const taken = await api().post("/v1/jurisdictions", text, { "idempotency-key": abandoned });
    expect(taken.status).toBe(201);
    expect(replayed(taken)).toBeNull();
    expect(await childrenOf(parent.id)).toHaveLength(1);
  });

  it("runs every POST without a key: the second identical one is executed, not replayed", async () => {
    const parent = await makeJurisdiction(api());
    const a = await api().post("/v1/jurisdictions", countyUnder(parent.id));
    const b = await api().post("/v1/jurisdictions", countyUnder(parent.id));
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
    expect((await childrenOf(parent.id)).map((j) => j.id).sort()).toEqual([a.body.id, b.body.id].sort());

    const body = countyUnder(parent.id);
    expect((await api().post("/v1/jurisdictions", body)).status).toBe(201);
    const again = await api().post("/v1/jurisdictions", body);
    expect(again.status).toBe(409); // the unique code proves it ran again
    expect(replayed(again)).toBeNull();
    expect(await childrenOf(parent.id)).toHaveLength(3);
  });

  it("rejects an over-long key with 422 naming the header", async () => {
    const res = await api().post("/v1/jurisdictions", countyUnder(crypto.randomUUID()), { "idempotency-key": "k".repeat(256) });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ parameter: "idempotency-key", detail: expect.any(String) }]);
  });
});

describe("Idempotency-Key belongs to the caller", () => {
  it("never replays a stored response to a caller without credentials", async () => {
    const parent = await makeJurisdiction(api());
    const body = countyUnder(parent.id);
    const key = newKey();
    const first = await api().post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(first.status).toBe(201);
    const anonymous = await client(ctx, null).post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(anonymous.status).toBe(401);
    expect(replayed(anonymous)).toBeNull();
    expect(JSON.stringify(anonymous.body)).not.toContain(first.body.id);
    const forged = await client(ctx, "not.a.token").post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.body)).not.toContain(first.body.id);
  });

  it("never replays one client's response to another client", async () => {
    const parent = await makeJurisdiction(api());
    const body = countyUnder(parent.id);
    const key = newKey();
    const first = await api().post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(first.status).toBe(201);
    const other = client(ctx, await ctx.tokenFor("bureau_admin"));
    const second = await other.post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(replayed(second)).toBeNull();
    expect(second.status).toBe(409); // it ran, and hit the unique code
    // Different clients may use the same key for different requests.
    const own = await other.post("/v1/jurisdictions", countyUnder(parent.id), { "idempotency-key": newKey() });
    expect(own.status).toBe(201);
  });

  it("a keyed request that fails authentication does not poison the key for its owner", async () => {
    const parent = await makeJurisdiction(api());
    const body = countyUnder(parent.id);
    const key = newKey();
    const anonymous = await client(ctx, null).post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(anonymous.status).toBe(401);
    const owner = await api().post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(owner.status).toBe(201);
    expect(replayed(owner)).toBeNull();
  });

  it("does not store a 429: the retry after the window runs the request", async () => {
    const token = await ctx.tokenFor("bureau_admin");
    const limited = client(ctx, token);
    const parent = await makeJurisdiction(limited);
    const body = countyUnder(parent.id);
    const key = newKey();
    const id = decodeJwt(token).sub!;
    while (ctx.auth.apiLimiter.hit(id) === 0) {
      // use up this client's window
    }
    const refused = await limited.post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(refused.status).toBe(429);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 61_000);
    const retry = await limited.post("/v1/jurisdictions", body, { "idempotency-key": key });
    expect(retry.status).toBe(201);
    expect(replayed(retry)).toBeNull();
    expect(await childrenOf(parent.id)).toHaveLength(1);
  });
});
