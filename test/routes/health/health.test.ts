import { describe, expect, it } from "vitest";
import { readdir } from "node:fs/promises";
import { healthSchema } from "../../../src/contract/health.ts";
import { useTestApp } from "../../support/app.ts";
import { client } from "../../support/http.ts";

const ctx = useTestApp();

describe("health", () => {
  it("reports the database kind and every committed migration as applied", async () => {
    const res = await client(ctx).get("/health");
    expect(res.status).toBe(200);
    const body = healthSchema.parse(res.body);
    const committed = (await readdir(new URL("../../../drizzle", import.meta.url))).filter((f) => f.endsWith(".sql"));
    expect(body).toEqual({ status: "ok", database: ctx.kind, migrations: committed.length });
  });
});
