import type { Database } from "../db/types.ts";
import type { Env } from "../env.ts";
import { RateLimiter } from "../lib/rate-limit.ts";
import { keyRingFromConfig, keyRingFromDatabase, type KeyRing } from "./keys.ts";
import type { TokenConfig } from "./tokens.ts";

/** Everything the auth layer needs from configuration, built once per process (or isolate). */
export interface AuthService {
  tokens: TokenConfig;
  keyRing(db: Database): Promise<KeyRing>;
  /**
   * Reload database-kept keys (at most every 10 s): another process may have created a key this one
   * has not seen. Returns false when keys come from configuration or a reload is too soon.
   */
  refreshKeys(db: Database): boolean;
  secretIterations: number;
  apiLimiter: RateLimiter;
  tokenLimiter: RateLimiter;
}

type AuthEnv = Pick<
  Env,
  | "JWT_ISSUER"
  | "JWT_AUDIENCE"
  | "TOKEN_TTL_SECONDS"
  | "JWT_PRIVATE_JWKS"
  | "SECRET_HASH_ITERATIONS"
  | "EXTERNAL_JWT_ISSUER"
  | "EXTERNAL_JWT_AUDIENCE"
  | "EXTERNAL_JWKS_URL"
  | "EXTERNAL_CLAIM_ROLE"
  | "EXTERNAL_CLAIM_ORG"
  | "RATE_LIMIT_PER_MINUTE"
  | "TOKEN_RATE_LIMIT_PER_MINUTE"
>;

export function createAuthService(env: AuthEnv): AuthService {
  let ring: Promise<KeyRing> | undefined;
  let lastRefresh = 0;
  const external =
    env.EXTERNAL_JWT_ISSUER && env.EXTERNAL_JWKS_URL
      ? {
          issuer: env.EXTERNAL_JWT_ISSUER,
          audience: env.EXTERNAL_JWT_AUDIENCE ?? env.JWT_AUDIENCE,
          jwksUrl: env.EXTERNAL_JWKS_URL,
          roleClaim: env.EXTERNAL_CLAIM_ROLE,
          orgClaim: env.EXTERNAL_CLAIM_ORG,
        }
      : undefined;
  return {
    tokens: { issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE, ttlSeconds: env.TOKEN_TTL_SECONDS, external },
    keyRing(db) {
      // Configured keys win; otherwise the database keeps one (created on first use). Retry after a failure.
      ring ??= (env.JWT_PRIVATE_JWKS ? keyRingFromConfig(env.JWT_PRIVATE_JWKS) : keyRingFromDatabase(db)).catch((err: unknown) => {
        ring = undefined;
        throw err;
      });
      return ring;
    },
    refreshKeys() {
      if (env.JWT_PRIVATE_JWKS || Date.now() - lastRefresh < 10_000) return false;
      lastRefresh = Date.now();
      ring = undefined;
      return true;
    },
    secretIterations: env.SECRET_HASH_ITERATIONS,
    apiLimiter: new RateLimiter(env.RATE_LIMIT_PER_MINUTE),
    tokenLimiter: new RateLimiter(env.TOKEN_RATE_LIMIT_PER_MINUTE),
  };
}
