/**
 * 64-bit FNV-1a over UTF-8, computed with two 32-bit halves because domain
 * code avoids node:crypto and BigInt is ~20x slower here. UTF-8 bytes are
 * produced inline (as TextEncoder would, lone surrogates as U+FFFD) so no
 * byte array is allocated.
 */
import { normalizeText } from './normalize-text.js';

const PRIME_LOW = 0x1b3; // FNV-64 prime = 2^40 + 0x1b3
const TWO_32 = 0x100000000;

export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  // (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64, split into 32-bit halves; the
  // carry product stays below 2^41, so Number arithmetic is exact.
  const step = (byte: number): void => {
    lo = (lo ^ byte) >>> 0;
    const carry = Math.floor((lo * PRIME_LOW) / TWO_32);
    hi = (Math.imul(hi, PRIME_LOW) + carry + (lo << 8)) >>> 0;
    lo = Math.imul(lo, PRIME_LOW) >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      step(cp);
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (cp <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      } else {
        cp = 0xfffd;
      }
    }
    if (cp < 0x800) {
      step(0xc0 | (cp >> 6));
    } else if (cp < 0x10000) {
      step(0xe0 | (cp >> 12));
      step(0x80 | ((cp >> 6) & 0x3f));
    } else {
      step(0xf0 | (cp >> 18));
      step(0x80 | ((cp >> 12) & 0x3f));
      step(0x80 | ((cp >> 6) & 0x3f));
    }
    step(0x80 | (cp & 0x3f));
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** 32-bit FNV-1a over UTF-16 code units: cheap shingle ids for MinHash. */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hash of the normalised body: equal for texts that differ only trivially. */
export function exactHash(body: string): string {
  return fnv1a64(normalizeText(body));
}
