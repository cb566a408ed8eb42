/**
 * 64-bit FNV-1a over UTF-8, computed with two 32-bit halves because domain
 * code avoids node:crypto and BigInt is ~20x slower here.
 */
import { normalizeText } from './normalize-text.js';

const encoder = new TextEncoder();
const PRIME_LOW = 0x1b3; // FNV-64 prime = 2^40 + 0x1b3

export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(text)) {
    lo = (lo ^ byte) >>> 0;
    // (hi·2^32 + lo) · (2^40 + 0x1b3) mod 2^64, split into 32-bit halves;
    // every intermediate stays below 2^53 so Number arithmetic is exact.
    const loProduct = lo * PRIME_LOW;
    const carry = Math.floor(loProduct / 0x100000000);
    hi = (hi * PRIME_LOW + carry + ((lo << 8) >>> 0)) % 0x100000000;
    lo = loProduct % 0x100000000;
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
