import { z } from "@hono/zod-openapi";

/** The one place configuration is read and validated. Nothing else touches process.env. */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: optionalString.refine(
    (v) => v === undefined || /^postgres(ql)?:\/\//.test(v),
    "must be a postgres:// or postgresql:// connection URL",
  ),
  PGLITE_DIR: optionalString,
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Load the deterministic demo dataset when the embedded database starts empty. */
  DEMO_DATA: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** Largest accepted request body, in bytes. */
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),

  // ---- Tokens (OAuth 2.0 client credentials, ES256 JWTs) ----
  JWT_ISSUER: z.string().min(1).default("urn:shizi"),
  JWT_AUDIENCE: z.string().min(1).default("urn:shizi:api"),
  TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  /**
   * Private signing keys as a JSON array of EC P-256 JWKs, each with a `kid`. The first signs; the rest
   * stay valid for verification, so keys rotate without downtime. Unset: a key is generated and kept
   * in the database (the embedded default).
   */
  JWT_PRIVATE_JWKS: optionalString,
  /** PBKDF2-SHA256 iterations for client secrets (stored with each hash, so it can be raised later). */
  SECRET_HASH_ITERATIONS: z.coerce.number().int().min(1000).default(210_000),

  // ---- Optional external identity provider ----
  EXTERNAL_JWT_ISSUER: optionalString,
  EXTERNAL_JWT_AUDIENCE: optionalString,
  EXTERNAL_JWKS_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), "must be an http(s) URL"),
  /** Claim names in external tokens that carry the Shizi role and org id. */
  EXTERNAL_CLAIM_ROLE: z.string().min(1).default("shizi_role"),
  EXTERNAL_CLAIM_ORG: z.string().min(1).default("shizi_org"),

  // ---- Getting started and abuse limits ----
  BOOTSTRAP_CLIENT_ID: optionalString.refine((v) => v === undefined || /^[0-9a-f-]{36}$/i.test(v), "must be a UUID"),
  BOOTSTRAP_CLIENT_SECRET: optionalString.refine((v) => v === undefined || v.length >= 16, "must be at least 16 characters"),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  TOKEN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parse configuration from a plain record (process.env on Node, bindings on Workers). */
export function parseEnv(source: Record<string, unknown>): Env {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    if (typeof value === "string" && value.trim() === "") continue;
    if (value !== undefined) picked[key] = value;
  }
  const result = envSchema.safeParse(picked);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
