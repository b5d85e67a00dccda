/**
 * Client secrets: 256 random bits, shown once, stored as PBKDF2-SHA256 with a per-secret salt
 * (`pbkdf2-sha256$<iterations>$<salt>$<hash>`, base64url). WebCrypto only, so Node and Workers agree.
 */
const enc = new TextEncoder();

function b64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromB64url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export function generateSecret(): string {
  return b64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function derive(secret: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", enc.encode(secret), "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

export async function hashSecret(secret: string, iterations: number): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `pbkdf2-sha256$${iterations}$${b64url(salt)}$${b64url(await derive(secret, salt, iterations))}`;
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, iter, salt, hash] = stored.split("$");
  if (scheme !== "pbkdf2-sha256" || !iter || !salt || !hash) return false;
  const derived = await derive(secret, fromB64url(salt), Number(iter));
  return constantTimeEqual(derived, fromB64url(hash));
}

/**
 * A hash to verify against when the client id is unknown, so an unknown client and a wrong secret
 * cost the same time and give the same answer.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(iterations: number): Promise<string> {
  return (decoy ??= hashSecret(generateSecret(), iterations));
}
