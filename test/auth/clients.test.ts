import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.ts";
import { clientPageSchema, clientWithSecretSchema } from "../../src/contract/clients.ts";
import { testAuthService, useTestApp } from "../support/app.ts";
import { makeJurisdiction, makeSchool, makeTeacher } from "../support/factories.ts";
import { client } from "../support/http.ts";

const ctx = useTestApp();
const api = () => client(ctx);

async function tokenWith(id: string, secret: string) {
  const res = await ctx.app.request("/v1/oauth/token", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: id, client_secret: secret }).toString(),
  });
  return { status: res.status, token: ((await res.json()) as { access_token?: string }).access_token };
}

describe("clients", () => {
  it("creates a client whose secret is shown once and works at the token endpoint", async () => {
    const city = await makeJurisdiction(api());
    const res = await api().post("/v1/clients", { name: "人事科", role: "hr_clerk", jurisdictionId: city.id });
    expect(res.status).toBe(201);
    const created = clientWithSecretSchema.parse(res.body);
    expect(created.clientSecret.length).toBeGreaterThanOrEqual(40);
    const got = await api().get(`/v1/clients/${created.id}`);
    expect(got.body.clientSecret).toBeUndefined();
    expect(JSON.stringify(got.body)).not.toContain(created.clientSecret);
    expect(got.body.lastUsedAt).toBeNull();
    const { status, token } = await tokenWith(created.id, created.clientSecret);
    expect(status).toBe(200);
    expect((await client(ctx, token!).get("/v1/me")).body).toMatchObject({ role: "hr_clerk", orgId: city.id });
    expect((await api().get(`/v1/clients/${created.id}`)).body.lastUsedAt).not.toBeNull();
  });

  it("rotates a secret: the old one stops working", async () => {
    const city = await makeJurisdiction(api());
    const created = clientWithSecretSchema.parse(
      (await api().post("/v1/clients", { name: "r", role: "reporter", jurisdictionId: city.id })).body,
    );
    const rotated = clientWithSecretSchema.parse((await api().post(`/v1/clients/${created.id}/secret`, undefined)).body);
    expect(rotated.clientSecret).not.toBe(created.clientSecret);
    expect((await tokenWith(created.id, created.clientSecret)).status).toBe(401);
    expect((await tokenWith(created.id, rotated.clientSecret)).status).toBe(200);
  });

  it("checks the org binding against the role", async () => {
    const city = await makeJurisdiction(api());
    const school = await makeSchool(api(), city.id);
    const bad = [
      [{ role: "school_sync", jurisdictionId: city.id }, "/schoolId"],
      [{ role: "teacher" }, "/teacherId"],
      [{ role: "hr_clerk", jurisdictionId: city.id, schoolId: school.id }, "/jurisdictionId"],
      [{ role: "hr_clerk" }, "/jurisdictionId"],
      [{ role: "bureau_admin", schoolId: school.id }, "/schoolId"],
    ] as const;
    for (const [body, pointer] of bad) {
      const res = await api().post("/v1/clients", { name: "x", ...body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(
        res.body.errors.map((e: { pointer: string }) => e.pointer),
        JSON.stringify(body),
      ).toContain(pointer);
    }
    const teacher = await makeTeacher(api(), { schoolId: school.id });
    expect((await api().post("/v1/clients", { name: "x", role: "teacher", teacherId: teacher.id })).status).toBe(201);
    expect((await api().post("/v1/clients", { name: "x", role: "school_sync", schoolId: school.id })).status).toBe(201);
  });

  it("lets a county admin manage clients in its subtree only, and never create a root admin", async () => {
    const city = await makeJurisdiction(api());
    const county = await makeJurisdiction(api(), { level: "county", parentId: city.id });
    const other = await makeJurisdiction(api(), { level: "county", parentId: city.id });
    const admin = client(ctx, await ctx.tokenFor("bureau_admin", { jurisdictionId: county.id }));
    expect((await admin.post("/v1/clients", { name: "x", role: "bureau_admin" })).status).toBe(422);
    expect((await admin.post("/v1/clients", { name: "x", role: "reporter", jurisdictionId: other.id })).status).toBe(422);
    const mine = await admin.post("/v1/clients", { name: "mine", role: "reporter", jurisdictionId: county.id });
    expect(mine.status).toBe(201);
    const theirs = await api().post("/v1/clients", { name: "theirs", role: "reporter", jurisdictionId: other.id });
    const listed = clientPageSchema.parse((await admin.get("/v1/clients?limit=200")).body).items.map((c) => c.id);
    expect(listed).toContain(mine.body.id);
    expect(listed).not.toContain(theirs.body.id);
    expect((await admin.patch(`/v1/clients/${theirs.body.id}`, { disabled: true })).status).toBe(404);
    const clerk = client(ctx, await ctx.tokenFor("hr_clerk", { jurisdictionId: county.id }));
    expect((await clerk.get("/v1/clients")).status).toBe(403);
  });
});

describe("external identity provider", () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  it("accepts tokens from a configured issuer via its JWKS, with role and org from mapped claims", async () => {
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "idp-1", alg: "ES256" };
    server = createServer((_, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    const auth = testAuthService({
      EXTERNAL_JWT_ISSUER: "https://idp.example.test",
      EXTERNAL_JWT_AUDIENCE: "shizi",
      EXTERNAL_JWKS_URL: `http://127.0.0.1:${port}/jwks`,
      EXTERNAL_CLAIM_ROLE: "x_role",
      EXTERNAL_CLAIM_ORG: "x_org",
    });
    const app = createApp({ getDb: () => ctx.db, dbKind: ctx.kind, logger: { log() {} }, maxBodyBytes: 1 << 20, auth });
    const city = await makeJurisdiction(api());
    const sign = (claims: Record<string, unknown>, aud = "shizi") =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "ES256", kid: "idp-1" })
        .setIssuer("https://idp.example.test")
        .setAudience(aud)
        .setSubject("alice")
        .setIssuedAt()
        .setExpirationTime("5m")
        .sign(privateKey);
    const me = async (token: string) => app.request("/v1/me", { headers: { authorization: `Bearer ${token}` } });
    const ok = await me(await sign({ x_role: "hr_clerk", x_org: city.id }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ clientId: "external:alice", role: "hr_clerk", orgType: "jurisdiction", orgId: city.id });
    expect((await me(await sign({ x_role: "hr_clerk", x_org: city.id }, "other"))).status).toBe(401);
    expect((await me(await sign({ x_role: "superuser", x_org: city.id }))).status).toBe(401);
    expect((await me(await sign({ x_role: "hr_clerk" }))).status).toBe(401);
  });
});
