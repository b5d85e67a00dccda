/**
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then randomness. Sortable by creation time, so keyset
 * pages over `id` put newly inserted rows after the ones already read. A counter keeps ids generated
 * within the same millisecond in this process strictly increasing.
 */
let lastMs = 0;
let seq = 0;

// One getRandomValues call per 4 KiB instead of one per id: each call costs microseconds of fixed
// overhead (Node runs it as a crypto job), which dominated a batch creating 60,000 ids.
const POOL = new Uint8Array(4096);
let poolAt = POOL.length;
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

export function uuidv7(now: number = Date.now()): string {
  if (poolAt + 10 > POOL.length) {
    crypto.getRandomValues(POOL);
    poolAt = 0;
  }
  const r = poolAt; // 10 random bytes: POOL[r] seeds the counter, POOL[r+1..] fill bytes 8..15
  poolAt += 10;
  if (now <= lastMs) {
    seq = (seq + 1) & 0xfff;
    if (seq === 0) lastMs += 1;
    now = lastMs;
  } else {
    lastMs = now;
    seq = POOL[r]! & 0x07; // start low so the 12-bit counter has room
  }
  const high = Math.floor(now / 0x1000000); // the top 24 of the 48 bits (no BigInt needed below 2^53)
  const low = now % 0x1000000;
  const time =
    HEX[(high >> 16) & 0xff]! +
    HEX[(high >> 8) & 0xff]! +
    HEX[high & 0xff]! +
    HEX[(low >> 16) & 0xff]! +
    HEX[(low >> 8) & 0xff]! +
    HEX[low & 0xff]!;
  const version = HEX[0x70 | ((seq >> 8) & 0x0f)]! + HEX[seq & 0xff]!;
  let tail = `${HEX[(POOL[r + 1]! & 0x3f) | 0x80]! + HEX[POOL[r + 2]!]!}-`;
  for (let i = r + 3; i < r + 9; i++) tail += HEX[POOL[i]!]!;
  return `${time.slice(0, 8)}-${time.slice(8)}-${version}-${tail}`;
}
