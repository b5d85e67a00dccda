import { describe, expect, it } from "vitest";
import { ensureBootstrapClient } from "../../src/auth/client-records.ts";
import { verifySecret } from "../../src/auth/secrets.ts";
import { clients } from "../../src/db/schema/index.ts";
import { eq } from "drizzle-orm";
import { useTestApp } from "../support/app.ts";

const ctx = useTestApp();

async function tokenStatus(id: string, secret: string) {
  const res = await ctx.app.request("/v1/oauth/token", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "client_credentials", client_id: id, client_secret: secret }).toString(),
  });
  return res.status;
}

describe("bootstrap administrator", () => {
  it("creates the configured root admin, and resets its secret when the configuration changes", async () => {
    const id = crypto.randomUUID();
    const first = await ensureBootstrapClient(ctx.db, ctx.auth, { id, secret: "first-secret-0123456789" });
    expect(first?.created).toBe(true);
    expect(first?.client).toMatchObject({ id, role: "bureau_admin", jurisdictionId: null });
    expect(await tokenStatus(id, "first-secret-0123456789")).toBe(200);
    const again = await ensureBootstrapClient(ctx.db, ctx.auth, { id, secret: "first-secret-0123456789" });
    expect(again?.created).toBe(false);
    await ensureBootstrapClient(ctx.db, ctx.auth, { id, secret: "second-secret-0123456789" });
    expect(await tokenStatus(id, "first-secret-0123456789")).toBe(401);
    expect(await tokenStatus(id, "second-secret-0123456789")).toBe(200);
    const [row] = await ctx.db.select().from(clients).where(eq(clients.id, id));
    expect(row!.secretHash).not.toContain("second-secret");
    expect(await verifySecret("second-secret-0123456789", row!.secretHash)).toBe(true);
  });

  it("creates nothing when clients already exist and no fixed credentials are configured", async () => {
    expect(await ensureBootstrapClient(ctx.db, ctx.auth)).toBeUndefined();
  });
});
