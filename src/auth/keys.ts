import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { activeSigningKeys, insertSigningKey } from "../db/keys/signing-keys.ts";
import type { Database } from "../db/types.ts";
import { uuidv7 } from "../lib/ids.ts";

/** The service's own ES256 keys: the first signs, all verify; the public halves are the JWKS. */
export interface KeyRing {
  signer: { kid: string; key: CryptoKey };
  verifiers: Map<string, CryptoKey>;
  jwks: { keys: JWK[] };
}

function publicHalf(jwk: JWK): JWK {
  const { d: _d, ...pub } = jwk;
  return { ...pub, alg: "ES256", use: "sig" };
}

async function ringFrom(jwks: JWK[]): Promise<KeyRing> {
  if (jwks.length === 0) throw new Error("No signing keys");
  const verifiers = new Map<string, CryptoKey>();
  let signer: KeyRing["signer"] | undefined;
  for (const jwk of jwks) {
    if (!jwk.kid) throw new Error("Every signing key needs a kid");
    if (jwk.kty !== "EC" || jwk.crv !== "P-256" || !jwk.d) throw new Error(`Key ${jwk.kid} must be a private EC P-256 JWK`);
    const priv = (await importJWK({ ...jwk, alg: "ES256" }, "ES256")) as CryptoKey;
    const pub = (await importJWK(publicHalf(jwk), "ES256")) as CryptoKey;
    verifiers.set(jwk.kid, pub);
    signer ??= { kid: jwk.kid, key: priv };
  }
  return { signer: signer!, verifiers, jwks: { keys: jwks.map(publicHalf) } };
}

/** Keys from configuration (JWT_PRIVATE_JWKS: a JSON array, or one JWK object). */
export async function keyRingFromConfig(json: string): Promise<KeyRing> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error("JWT_PRIVATE_JWKS is not valid JSON");
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return ringFrom(list as JWK[]);
}

export async function generatePrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair("ES256", { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: uuidv7(), alg: "ES256" };
}

/**
 * Keys kept in the database (embedded default): generated on first use, so restarts keep tokens valid.
 * Newest active key signs; retired keys are kept out of the ring.
 */
export async function keyRingFromDatabase(db: Database): Promise<KeyRing> {
  let rows = await activeSigningKeys(db);
  if (rows.length === 0) {
    const jwk = await generatePrivateJwk();
    await insertSigningKey(db, jwk.kid!, jwk as Record<string, unknown>);
    rows = await activeSigningKeys(db);
  }
  rows.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.kid.localeCompare(a.kid));
  return ringFrom(rows.map((r) => r.privateJwk as JWK));
}
