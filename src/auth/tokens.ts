import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { Role } from "../domain/vocab.ts";
import { uuidv7 } from "../lib/ids.ts";
import type { KeyRing } from "./keys.ts";

export interface TokenConfig {
  issuer: string;
  audience: string;
  ttlSeconds: number;
  external?: { issuer: string; audience: string; jwksUrl: string; roleClaim: string; orgClaim: string };
}

export interface TokenSubject {
  clientId: string;
  role: Role;
  orgType: "root" | "jurisdiction" | "school" | "teacher";
  orgId: string | null;
}

export async function issueToken(ring: KeyRing, cfg: TokenConfig, subject: TokenSubject, now = Date.now()) {
  const iat = Math.floor(now / 1000);
  const token = await new SignJWT({ role: subject.role, org_type: subject.orgType, org_id: subject.orgId })
    .setProtectedHeader({ alg: "ES256", kid: ring.signer.kid, typ: "JWT" })
    .setIssuer(cfg.issuer)
    .setAudience(cfg.audience)
    .setSubject(subject.clientId)
    .setJti(uuidv7(now))
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + cfg.ttlSeconds)
    .sign(ring.signer.key);
  return { token, expiresIn: cfg.ttlSeconds };
}

export type VerifiedToken =
  | { source: "client"; clientId: string; payload: JWTPayload }
  | { source: "external"; subject: string; role: unknown; orgId: unknown; payload: JWTPayload };

export class TokenError extends Error {
  constructor(
    message: string,
    readonly unknownKey = false,
  ) {
    super(message);
  }
}

const remoteSets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

function issuerOf(token: string): string | undefined {
  try {
    const payload = token.split(".")[1];
    if (!payload) return undefined;
    const json = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as { iss?: unknown };
    return typeof json.iss === "string" ? json.iss : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verify a bearer token: ES256 only (so `alg: none` and HS256-with-the-public-key fail), a known kid,
 * our issuer and audience, exp/nbf with 30 s leeway. Tokens whose issuer is the configured external
 * identity provider are verified against its JWKS instead. Every failure is a TokenError (401).
 */
export async function verifyToken(ring: KeyRing, cfg: TokenConfig, token: string): Promise<VerifiedToken> {
  try {
    const ext = cfg.external;
    if (ext && issuerOf(token) === ext.issuer) {
      let set = remoteSets.get(ext.jwksUrl);
      if (!set) remoteSets.set(ext.jwksUrl, (set = createRemoteJWKSet(new URL(ext.jwksUrl))));
      const { payload } = await jwtVerify(token, set, { issuer: ext.issuer, audience: ext.audience, clockTolerance: 30 });
      if (!payload.sub) throw new TokenError("The token has no subject");
      return { source: "external", subject: payload.sub, role: payload[ext.roleClaim], orgId: payload[ext.orgClaim], payload };
    }
    const { payload } = await jwtVerify(
      token,
      (header) => {
        const key = header.kid ? ring.verifiers.get(header.kid) : undefined;
        if (!key) throw new TokenError("The token was signed with an unknown key", true);
        return key;
      },
      {
        issuer: cfg.issuer,
        audience: cfg.audience,
        algorithms: ["ES256"],
        clockTolerance: 30,
        requiredClaims: ["exp", "iat", "sub", "jti"],
      },
    );
    return { source: "client", clientId: payload.sub!, payload };
  } catch (err) {
    if (err instanceof TokenError) throw err;
    if (err instanceof errors.JWTExpired) throw new TokenError("The token has expired");
    if (err instanceof errors.JWTClaimValidationFailed) throw new TokenError(`The token's ${err.claim} claim is not accepted`);
    throw new TokenError("The token is not valid");
  }
}
