import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv } from "../../src/env.ts";

/** Configuration is parsed in one place, with defaults, coercion and errors that name the variable. */
function configError(source: Record<string, unknown>): ConfigError {
  try {
    parseEnv(source);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error(`parseEnv accepted ${JSON.stringify(source)}`);
}

describe("parseEnv", () => {
  it("has working defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 8787,
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      DEMO_DATA: true,
      MAX_BODY_BYTES: 5 * 1024 * 1024,
      TOKEN_TTL_SECONDS: 3600,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBeUndefined();
  });

  it("coerces numbers and booleans from strings", () => {
    const env = parseEnv({ PORT: "3000", MAX_BODY_BYTES: "2048", DEMO_DATA: "0", TOKEN_TTL_SECONDS: "600", LOG_LEVEL: "debug" });
    expect(env.PORT).toBe(3000);
    expect(env.MAX_BODY_BYTES).toBe(2048);
    expect(env.DEMO_DATA).toBe(false);
    expect(env.TOKEN_TTL_SECONDS).toBe(600);
    expect(env.LOG_LEVEL).toBe("debug");
    expect(parseEnv({ DEMO_DATA: "1" }).DEMO_DATA).toBe(true);
    expect(parseEnv({ DEMO_DATA: "false" }).DEMO_DATA).toBe(false);
    expect(parseEnv({ PORT: " 3001 " }).PORT).toBe(3001);
  });

  it("treats empty and blank strings as unset", () => {
    const env = parseEnv({ PORT: "", HOST: "  ", LOG_LEVEL: "", DATABASE_URL: " ", PGLITE_DIR: "", DEMO_DATA: "" });
    expect(env).toMatchObject({ PORT: 8787, HOST: "127.0.0.1", LOG_LEVEL: "info", DEMO_DATA: true });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBeUndefined();
  });

  it("accepts postgres:// and postgresql:// URLs, trimmed", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db:5432/shizi" }).DATABASE_URL).toBe("postgres://u:p@db:5432/shizi");
    expect(parseEnv({ DATABASE_URL: " postgresql://db/shizi " }).DATABASE_URL).toBe("postgresql://db/shizi");
  });

  it("ignores unrelated variables and non-string bindings it does not know", () => {
    const env = parseEnv({ PATH: "/usr/bin", HYPERDRIVE: { connectionString: "postgres://x" }, PORT: "9000" });
    expect(env.PORT).toBe(9000);
    expect(env).not.toHaveProperty("PATH");
    expect(env).not.toHaveProperty("HYPERDRIVE");
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "0"],
    ["PORT", "65536"],
    ["PORT", "80.5"],
    ["DATABASE_URL", "mysql://root@localhost/shizi"],
    ["DATABASE_URL", "localhost:5432"],
    ["LOG_LEVEL", "verbose"],
    ["LOG_LEVEL", "INFO"],
    ["DEMO_DATA", "yes"],
    ["MAX_BODY_BYTES", "10"],
    ["EXTERNAL_JWKS_URL", "ftp://idp/jwks"],
    ["BOOTSTRAP_CLIENT_SECRET", "short"],
  ])("rejects %s=%s with a ConfigError naming the variable", (name, value) => {
    const err = configError({ [name]: value });
    expect(err.message).toMatch(new RegExp(`\\b${name}\\b`));
    expect(err.message.startsWith("Invalid configuration")).toBe(true);
  });

  it("names every invalid variable at once", () => {
    const err = configError({ PORT: "abc", LOG_LEVEL: "loud", DATABASE_URL: "mysql://x" });
    for (const name of ["PORT", "LOG_LEVEL", "DATABASE_URL"]) expect(err.message).toContain(name);
  });

  it("does not echo a secret value into the error", () => {
    const err = configError({ DATABASE_URL: "mysql://admin:s3cr3t-pw@db/shizi", BOOTSTRAP_CLIENT_SECRET: "tiny-secret" });
    expect(err.message).not.toContain("s3cr3t-pw");
    expect(err.message).not.toContain("tiny-secret");
  });
});
