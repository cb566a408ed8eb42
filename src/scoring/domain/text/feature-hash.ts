/**
 * 32-bit hashing for the hashing trick. Features never exist as strings at
 * inference time: token hashes are combined arithmetically into n-gram ids.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashString(text: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return combineHash(h, 0);
}

/** Order-sensitive combination of two 32-bit values into a 30-bit hash; cheap enough for per-character n-grams. */
export function combineHash(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x85ebca6b), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  // 30 bits keep hashes V8 small integers, so feature arrays stay unboxed.
  return (h ^ (h >>> 13)) & 0x3fffffff;
}
