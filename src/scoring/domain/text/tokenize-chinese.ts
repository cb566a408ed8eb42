import { combineHash } from './feature-hash.js';

/** Code points of a text with whitespace removed (astral characters stay whole). */
export function chineseCodePoints(text: string): number[] {
  const cps: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i) ?? cp;
      i++;
    }
    if (cp > 0x20 && cp !== 0x3000 && cp !== 0xa0) cps.push(cp);
  }
  return cps;
}

/** Character 1..maxN-grams as strings, e.g. 不好 → [不, 好, 不好]. Readable form of the hashed features. */
export function chineseNgrams(text: string, maxN: number): string[] {
  const chars = Array.from(text).filter((ch) => ch.trim().length > 0);
  const grams: string[] = [];
  for (let n = 1; n <= maxN; n++) {
    for (let i = 0; i + n <= chars.length; i++) grams.push(chars.slice(i, i + n).join(''));
  }
  return grams;
}

/**
 * Pushes the hashes of the character 1..maxN-grams, without building strings.
 * Negations such as 不好 / 没有 / 不是很 become their own bigram and trigram features.
 */
export function pushChineseNgramHashes(cps: readonly number[], maxN: number, seed: number, out: number[]): void {
  for (let i = 0; i < cps.length; i++) {
    let h = seed;
    const end = Math.min(cps.length, i + maxN);
    for (let j = i; j < end; j++) {
      h = combineHash(h, cps[j]);
      out.push(h);
    }
  }
}
