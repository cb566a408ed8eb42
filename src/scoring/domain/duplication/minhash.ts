/**
 * MinHash signatures and LSH band keys for near-duplicate lookup.
 *
 * Shingles are 3 consecutive text units: 3 Han characters for Chinese,
 * 3 words for English (mixed text mixes both). With 128 permutations in
 * 32 bands of 4 rows, a pair with Jaccard s becomes a candidate with
 * probability 1 - (1 - s^4)^32: ≈0.98 at s = 0.6, ≈0.23 at s = 0.3.
 * Candidates are then confirmed with `estimateJaccard`.
 */
import { fnv1a32 } from './exact-hash.js';
import { normalizeText, textUnits } from './normalize-text.js';

export const MINHASH_PERMUTATIONS = 128;
export const LSH_BANDS = 32;
export const LSH_ROWS = MINHASH_PERMUTATIONS / LSH_BANDS;
const SHINGLE_SIZE = 3;

// Seeds come from a fixed LCG so signatures are stable across processes and releases.
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(MINHASH_PERMUTATIONS);
  let state = 0x9e3779b9;
  for (let i = 0; i < seeds.length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    seeds[i] = state;
  }
  return seeds;
})();

/** murmur3 finaliser: turns `shingle xor seed` into one pseudo-random permutation. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Shingle id: FNV-1a of the units joined with spaces, hashed in place rather than joined. */
export function shingleIds(text: string): Uint32Array {
  const units = textUnits(normalizeText(text));
  if (units.length === 0) return new Uint32Array(0);
  if (units.length < SHINGLE_SIZE) return Uint32Array.of(hashJoined(units, 0, units.length));
  const ids = new Set<number>();
  for (let i = 0; i + SHINGLE_SIZE <= units.length; i++) ids.add(hashJoined(units, i, i + SHINGLE_SIZE));
  return Uint32Array.from(ids);
}

/** `fnv1a32(units.slice(from, to).join(' '))`. */
function hashJoined(units: readonly string[], from: number, to: number): number {
  let h = fnv1a32(units[from]);
  for (let i = from + 1; i < to; i++) h = fnv1a32(units[i], fnv1a32(' ', h));
  return h;
}

/** 128 minimum hashes; an empty text yields all 0xffffffff (matches nothing meaningful). */
export function minhashSignature(text: string): Uint32Array {
  const shingles = shingleIds(text);
  const signature = new Uint32Array(MINHASH_PERMUTATIONS).fill(0xffffffff);
  for (let p = 0; p < MINHASH_PERMUTATIONS; p++) {
    const seed = SEEDS[p];
    let min = 0xffffffff;
    for (let s = 0; s < shingles.length; s++) {
      const h = mix32(shingles[s] ^ seed);
      if (h < min) min = h;
    }
    signature[p] = min;
  }
  return signature;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * One 32-bit hash per band: FNV-1a of the band's rows in base 36 joined with
 * '.', hashed digit by digit rather than formatted; `lshBandKeys` formats
 * them for storage.
 */
export function lshBandHashes(signature: Uint32Array, seed = 0x811c9dc5): Uint32Array {
  const hashes = new Uint32Array(LSH_BANDS);
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = seed >>> 0;
    for (let row = 0; row < LSH_ROWS; row++) {
      if (row > 0) h = fnvByte(h, DOT);
      h = fnvBase36(h, signature[band * LSH_ROWS + row]);
    }
    hashes[band] = h;
  }
  return hashes;
}

const DOT = 0x2e;
const DIGITS_36 = new Uint8Array(7); // 2^32 - 1 is 7 digits in base 36

function fnvByte(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193) >>> 0;
}

/** Continues FNV-1a over `value.toString(36)`. */
function fnvBase36(h: number, value: number): number {
  let n = value;
  let length = 0;
  do {
    const digit = n % 36;
    DIGITS_36[length++] = digit < 10 ? 0x30 + digit : 0x57 + digit; // '0'-'9', 'a'-'z'
    n = Math.floor(n / 36);
  } while (n > 0);
  for (let i = length - 1; i >= 0; i--) h = fnvByte(h, DIGITS_36[i]);
  return h;
}

/**
 * One key per band, e.g. "07:3f2a9c01d4e5b6a7": band index + 64-bit hash of
 * its rows (two seeded 32-bit halves). Stored in PostgreSQL (one row per key)
 * and looked up by equality.
 */
export function lshBandKeys(signature: Uint32Array): string[] {
  const high = lshBandHashes(signature);
  const low = lshBandHashes(signature, 0x01234567);
  return Array.from(high, (h, band) => `${band.toString().padStart(2, '0')}:${hex8(h)}${hex8(low[band])}`);
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
