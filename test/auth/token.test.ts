import { base64url, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { insertClient } from "../../src/auth/client-records.ts";
import * as appModule from "../../src/app.ts";
import { testAuthService as testAuth, useTestApp } from "../support/app.ts";
import { makeJurisdiction } from "../support/factories.ts";
import { client } from "../support/http.ts";

const ctx = useTestApp();

const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  ctx.app.request("/v1/oauth/token", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });
const basic = (id: string, secret: string) => ({ authorization: `Basic ${btoa(`${id}:${secret}`)}` });

async function newClient(role: "bureau_admin" | "hr_clerk" = "bureau_admin", jurisdictionId?: string) {
  return insertClient(ctx.db, ctx.auth, { name: "t", role, jurisdictionId });
}

async function call(token: string | null, path = "/v1/me") {
  const res = await client(ctx, token).get(path);
  return res;
}

describe("POST /v1/oauth/token", () => {
  it("issues an ES256 JWT with the registered claims, by HTTP Basic or form fields", async () => {
    const { client: c, secret } = await newClient();
    for (const res of [
      await form({ grant_type: "client_credentials" }, basic(c.id, secret)),
      await form({ grant_type: "client_credentials", client_id: c.id, client_secret: secret }),
    ]) {
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
      expect(body.token_type).toBe("Bearer");
      expect(body.expires_in).toBe(3600);
      const [h, p] = body.access_token
        .split(".")
        .slice(0, 2)
        .map((s) => JSON.parse(new TextDecoder().decode(base64url.decode(s))));
      expect(h).toMatchObject({ alg: "ES256", typ: "JWT" });
      expect(typeof h.kid).toBe("string");
      expect(p).toMatchObject({ sub: c.id, iss: "urn:shizi", aud: "urn:shizi:api", role: "bureau_admin", org_type: "root", org_id: null });
      expect(p.exp - p.iat).toBe(3600);
      expect(typeof p.jti).toBe("string");
      const me = await call(body.access_token);
      expect(me.status).toBe(200);
      expect(me.body.clientId).toBe(c.id);
    }
  });

  it("answers RFC 6749 errors", async () => {
    const { client: c, secret } = await newClient();
    const cases: [Response, number, string][] = [
      [await form({ grant_type: "password" }, basic(c.id, secret)), 400, "unsupported_grant_type"],
      [await form({}, basic(c.id, secret)), 400, "invalid_request"],
      [await form({ grant_type: "client_credentials" }), 400, "invalid_request"],
      [
        await form({ grant_type: "client_credentials", client_id: c.id, client_secret: secret }, basic(c.id, secret)),
        400,
        "invalid_request",
      ],
      [await form({ grant_type: "client_credentials" }, basic(c.id, "wrong")), 401, "invalid_client"],
      [await form({ grant_type: "client_credentials" }, basic("01930000-0000-7000-8000-000000000000", secret)), 401, "invalid_client"],
      [await form({ grant_type: "client_credentials", client_id: "not-a-uuid", client_secret: secret }), 401, "invalid_client"],
    ];
    for (const [res, status, error] of cases) {
      expect(res.status).toBe(status);
      expect(((await res.json()) as { error: string }).error).toBe(error);
    }
    const json = await ctx.app.request("/v1/oauth/token", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(415);
  });

  it("gives an unknown client and a wrong secret the same answer and similar timing", async () => {
    const { client: c } = await newClient();
    const time = async (id: string) => {
      const started = performance.now();
      const res = await form({ grant_type: "client_credentials", client_id: id, client_secret: "nope-nope-nope" });
      return { ms: performance.now() - started, body: await res.text(), status: res.status };
    };
    await time(c.id); // warm the decoy hash
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 15; i++) {
      const a = await time(c.id);
      const b = await time("01930000-0000-7000-8000-00000000dead");
      expect(a.status).toBe(401);
      expect(b.body).toBe(a.body);
      known.push(a.ms);
      unknown.push(b.ms);
    }
    const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    // Both run the same PBKDF2; without the decoy the unknown id would answer far faster.
    expect(median(unknown) / median(known)).toBeGreaterThan(0.5);
  });

  it("disabling a client rejects its new token requests and its unexpired tokens", async () => {
    const { client: c, secret } = await newClient();
    const res = await form({ grant_type: "client_credentials" }, basic(c.id, secret));
    const token = ((await res.json()) as { access_token: string }).access_token;
    expect((await call(token)).status).toBe(200);
    const off = await client(ctx).patch(`/v1/clients/${c.id}`, { disabled: true });
    expect(off.status).toBe(200);
    const after = await call(token);
    expect(after.status).toBe(401);
    expect(after.headers.get("content-type")).toContain("application/problem+json");
    expect((await form({ grant_type: "client_credentials" }, basic(c.id, secret))).status).toBe(401);
  });

  it("rate-limits token requests per client with 429 and Retry-After", async () => {
    const limited = useLimited();
    const { client: c, secret } = await insertClient(ctx.db, limited.auth, { name: "t", role: "bureau_admin" });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await limited.app.request("/v1/oauth/token", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...basic(c.id, secret) },
        body: "grant_type=client_credentials",
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

/** A second app over the same database with tight limits. */
function useLimited() {
  const { createApp } = appModule;
  const auth = testAuth({ TOKEN_RATE_LIMIT_PER_MINUTE: "3", RATE_LIMIT_PER_MINUTE: "2" });
  const app = createApp({ getDb: () => ctx.db, dbKind: ctx.kind, logger: { log() {} }, maxBodyBytes: 1024 * 1024, auth });
  return { app, auth };
}

describe("bearer tokens", () => {
  it("rate-limits API calls per principal with a 429 problem", async () => {
    const limited = useLimited();
    const { client: c } = await insertClient(ctx.db, limited.auth, { name: "t", role: "bureau_admin" });
    const { tokenForClient } = await import("../../src/auth/client-records.ts");
    const token = await tokenForClient(ctx.db, limited.auth, c);
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 3; i++) {
      last = await limited.app.request("/v1/me", { headers: { authorization: `Bearer ${token}` } });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect(last!.headers.get("content-type")).toContain("application/problem+json");
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("rejects every kind of bad token with a 401 problem", async () => {
    const { client: c, secret } = await newClient();
    const good = ((await (await form({ grant_type: "client_credentials" }, basic(c.id, secret))).json()) as { access_token: string })
      .access_token;
    const [h, p, s] = good.split(".") as [string, string, string];
    const enc = (o: unknown) => base64url.encode(JSON.stringify(o));
    const header = JSON.parse(new TextDecoder().decode(base64url.decode(h)));
    const payload = JSON.parse(new TextDecoder().decode(base64url.decode(p)));
    const ring = await ctx.auth.keyRing(ctx.db);
    const pubJwk = ring.jwks.keys[0]!;
    const now = Math.floor(Date.now() / 1000);
    const { privateKey: strangerKey } = await generateKeyPair("ES256");
    const sign = (claims: Record<string, unknown>, key: CryptoKey = ring.signer.key, kid = ring.signer.kid) =>
      new SignJWT({ role: "bureau_admin", org_type: "root", org_id: null, ...claims })
        .setProtectedHeader({ alg: "ES256", kid })
        .setSubject(c.id)
        .setJti("j")
        .setIssuedAt(now - 10)
        .setIssuer((claims.iss as string) ?? "urn:shizi")
        .setAudience((claims.aud as string) ?? "urn:shizi:api")
        .setExpirationTime((claims.exp as number) ?? now + 600)
        .setNotBefore((claims.nbf as number) ?? now - 10)
        .sign(key);
    const hmacKey = new TextEncoder().encode(JSON.stringify(pubJwk));
    const hs256 = await new SignJWT(payload).setProtectedHeader({ alg: "HS256", kid: header.kid }).sign(hmacKey);
    const cases: Record<string, string | null> = {
      missing: null,
      malformed: "not.a.jwt",
      "alg none": `${enc({ alg: "none", typ: "JWT" })}.${p}.`,
      "HS256 signed with the public key": hs256,
      expired: await sign({ exp: now - 120 }),
      "not yet valid": await sign({ nbf: now + 600 }),
      "wrong issuer": await sign({ iss: "urn:evil" }),
      "wrong audience": await sign({ aud: "urn:other" }),
      "unknown kid": await sign({}, strangerKey, "stranger"),
      "tampered payload": `${h}.${enc({ ...payload, role: "bureau_admin", sub: "01930000-0000-7000-8000-000000000000" })}.${s}`,
    };
    for (const [name, token] of Object.entries(cases)) {
      const res = await call(token);
      expect(res.status, name).toBe(401);
      expect(res.headers.get("content-type"), name).toContain("application/problem+json");
      expect(res.body.type, name).toBe("/problems/unauthorized");
    }
    const raw = await ctx.app.request("/v1/me", { headers: { authorization: "Basic abc" } });
    expect(raw.status).toBe(401);
    expect(raw.headers.get("www-authenticate")).toContain("Bearer");
    expect((await call(good)).status).toBe(200);
  });

  it("keeps tokens valid across a key rotation: old and new keys verify, the JWKS lists both", async () => {
    const { generatePrivateJwk } = await import("../../src/auth/keys.ts");
    const { createAuthService } = await import("../../src/auth/service.ts");
    const { parseEnv } = await import("../../src/env.ts");
    const oldKey = await generatePrivateJwk();
    const newKey = await generatePrivateJwk();
    const before = createAuthService(parseEnv({ JWT_PRIVATE_JWKS: JSON.stringify([oldKey]), SECRET_HASH_ITERATIONS: "1000" }));
    const after = createAuthService(parseEnv({ JWT_PRIVATE_JWKS: JSON.stringify([newKey, oldKey]), SECRET_HASH_ITERATIONS: "1000" }));
    const { client: c } = await insertClient(ctx.db, before, { name: "rot", role: "bureau_admin" });
    const { tokenForClient } = await import("../../src/auth/client-records.ts");
    const oldToken = await tokenForClient(ctx.db, before, c);
    const newToken = await tokenForClient(ctx.db, after, c);
    const app = appModule.createApp({
      getDb: () => ctx.db,
      dbKind: ctx.kind,
      logger: { log() {} },
      maxBodyBytes: 1024 * 1024,
      auth: after,
    });
    for (const t of [oldToken, newToken])
      expect((await app.request("/v1/me", { headers: { authorization: `Bearer ${t}` } })).status).toBe(200);
    const jwks = (await (await app.request("/.well-known/jwks.json")).json()) as { keys: { kid: string; d?: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toEqual([newKey.kid, oldKey.kid]);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
  });

  it("keeps the generated signing key in the database, so a restarted server accepts earlier tokens", async () => {
    const { client: c } = await newClient();
    const { tokenForClient } = await import("../../src/auth/client-records.ts");
    const token = await tokenForClient(ctx.db, ctx.auth, c);
    const restarted = testAuth(); // a fresh service: no key in memory, none configured
    const app = appModule.createApp({
      getDb: () => ctx.db,
      dbKind: ctx.kind,
      logger: { log() {} },
      maxBodyBytes: 1024 * 1024,
      auth: restarted,
    });
    expect((await app.request("/v1/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it("binds a client to its org and exposes it at /v1/me", async () => {
    const city = await makeJurisdiction(client(ctx));
    const token = await ctx.tokenFor("hr_clerk", { jurisdictionId: city.id });
    const me = await call(token);
    expect(me.body).toMatchObject({ role: "hr_clerk", orgType: "jurisdiction", orgId: city.id, teacher: null });
  });
});
