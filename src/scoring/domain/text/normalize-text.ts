import { recentResults } from './recent-results.js';
import { convertToSimplified, traditionalToSimplified } from './simplified-chinese.js';

const NON_ASCII = /[\u0080-\uffff]/;

/** Compatibility forms (full-width letters, ligatures) folded, then lower-cased. ASCII skips NFKC. */
export const normalizeText: (text: string) => string = recentResults((text) => (NON_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase());

/** Per BMP code point: 0 unknown, 1 unchanged by conversion, 2 traditional. */
const charKind = new Uint8Array(0x10000);

/**
 * Traditional → simplified Chinese. Converting costs ~0.1 µs/char, so a cheap
 * per-character check (memoised) skips the converter for text that is already
 * simplified, which is the common case. (The sentiment model was trained with
 * this rule; `simplifyHanText` is the exact-opencc variant used for hashing.)
 */
export function toSimplifiedChinese(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x3400) continue;
    let kind = charKind[cp];
    if (kind === 0) {
      kind = traditionalToSimplified(text[i]) === text[i] ? 1 : 2;
      charKind[cp] = kind;
    }
    if (kind === 2) return convertToSimplified(text);
  }
  return text;
}
